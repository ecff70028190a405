using SalesDomain.Model;
using SalesDomain.Simulation.Bonus;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulation.Engine;

/// <summary>
/// One replication of a scenario: its own population and random streams derived from (seed, replication index), the
/// weekly processes and the month-end books (docs/simulator.md in the repository). State lives in <see cref="ClientTable"/> and
/// <see cref="ManagerTable"/>; nothing is allocated per week.
/// </summary>
internal sealed partial class Replication
{
    // Random streams, one per process (docs/simulator.md, "Common random numbers"). Acquisition and behaviour are
    // sequential streams of the replication; churn, early refusals and purchases are keyed by (client, week).
    private const int PopulationStream = 0;
    private const int AcquisitionStream = 1;
    private const int ChurnStream = 2;
    private const int PurchaseStream = 3;
    private const int BehaviourStream = 4;
    private const int RefusalStream = 5;
    private const int OrganisationStream = 6;

    // Client origins (ClientTable.Origin): the acquisition channels of the business figures.
    private const byte HuntedOrigin = 1;
    private const byte WonBackOrigin = 2;

    private readonly SimulationPlan _plan;
    private readonly Scenario _s;
    private readonly ClientTable _c;
    private readonly ManagerTable _m;
    private readonly BonusBooks _books;
    private readonly decimal[][] _series;
    private readonly long _seed;
    private readonly int _replication;
    private readonly ulong[] _churnKeys;
    private readonly ulong[] _purchaseKeys;
    private RandomStream _acquisition;
    private RandomStream _behaviour;
    private RandomStream _organisation;
    private int _month, _week;

    // Month counters, reset at each month end.
    private Int128 _monthRevenue;
    private int _monthAcquired, _monthReactivated, _monthChurned;
    private long _monthNormContacts;

    // Whole-run counters (the ledger).
    private int _byHunters, _byGeneralists, _withoutMarket, _reactivated, _churnedByHazard, _refusals, _handOverLosses;
    private long _purchases, _normContacts, _reactivationContacts;
    private int _oneOffs, _thresholdPadded, _downgrades, _managersLeft, _lostWithManager;
    private int _headClosings, _headDeals, _headExtraDeals;
    private double _wonPotential;
    private readonly double _sizeReference;

    private Replication(SimulationPlan plan, long seed, int replication, Workspace workspace)
    {
        _plan = plan;
        _s = plan.Scenario;
        _c = workspace.Clients;
        _m = new ManagerTable(_s.SalesForce);
        var channels = _s.Population.Channels.Names;
        _books = new BonusBooks(_m.Count, plan.Months, i => channels[_c.Channel[i]]);
        _series = [.. Enum.GetValues<Metric>().Select(_ => new decimal[plan.Months])];
        _contactOrder = workspace.ContactOrder;
        _reactivationList = workspace.ReactivationList;
        _sortKeys = workspace.SortKeys;
        _abcValues = workspace.AbcValues;
        _window = new long[plan.HistoryMonths];
        _revenueByOrigin = new Int128[3 * plan.Months];
        _managerFigures = new double[_m.Count * ManagerFigureCount];
        _hoursAtMonthStart = new double[_m.Count * ManagerTable.Activities];
        var populationRng = new RandomStream(seed, replication, PopulationStream);
        PopulationGenerator.Fill(plan, _c, _m, ref populationRng);
        _seed = seed;
        _replication = replication;

        // The week-free part of each client's churn and purchase streams, drawn from every week (client-weeks).
        _churnKeys = workspace.ChurnKeys;
        _purchaseKeys = workspace.PurchaseKeys;
        for (var i = 0; i < plan.Population; i++)
        {
            _churnKeys[i] = RandomStream.ClientKey(seed, replication, ChurnStream, i);
            _purchaseKeys[i] = RandomStream.ClientKey(seed, replication, PurchaseStream, i);
        }
        _sizeReference = SizeReference(_c, _s.Behaviour.ProspectSizeElasticity, (double)_s.Population.MedianMonthlyPotential);
        _acquisition = new RandomStream(seed, replication, AcquisitionStream);
        _behaviour = new RandomStream(seed, replication, BehaviourStream);
        _organisation = new RandomStream(seed, replication, OrganisationStream);
    }

    /// <summary>
    /// Runs one replication to the end of the plan's horizon, in <paramref name="workspace"/> (made for the same plan;
    /// the result does not depend on what it ran before) or in a new one.
    /// </summary>
    public static ReplicationOutcome Run(SimulationPlan plan, long seed, int replication, Workspace? workspace = null)
    {
        workspace ??= Workspace.For(plan);
        workspace.Prepare(plan);
        var r = new Replication(plan, seed, replication, workspace);
        r.Segment(month: -1);
        r.PlanEffort();
        for (var month = 0; month < plan.Months; month++)
        {
            var first = plan.MonthStartWeek[month];
            var weeks = plan.MonthStartWeek[month + 1] - first;
            for (var k = 0; k < weeks; k++)
            {
                r.Week(first + k, month, k, weeks);
            }

            r.EndMonth(month);
        }

        var payouts = r.SettlePayouts();
        return new ReplicationOutcome(replication, r._series, r.Ledger(payouts));
    }

    private void Week(int week, int month, int weekOfMonth, int weeksInMonth)
    {
        _month = month;
        _week = week;
        _m.StartWeek(week);
        WorkContactNorms(week, weekOfMonth, weeksInMonth);
        WorkReactivationList(week, month);
        Hunt(week, month);
        ClientsAct(week, month);
    }


    private void Record(Metric metric, int month, decimal value) => _series[(int)metric][month] = value;

    private ReplicationLedger Ledger(PayoutFigures payouts)
    {
        var lost = 0;
        var buyers = 0;
        Int128 lifetime = 0;
        for (var i = 0; i < _c.Count; i++)
        {
            lost += _c.Status[i] == ClientStatus.Lost ? 1 : 0;
            buyers += _c.LifetimeRevenue[i] > 0 ? 1 : 0;
            lifetime += _c.LifetimeRevenue[i];
        }

        return new ReplicationLedger
        {
            Population = _c.Count,
            InitialActive = _s.Population.InitialActive,
            InitialPotential = _s.Population.MarketCapacity,
            AcquiredByHunters = _byHunters,
            AcquiredByGeneralists = _byGeneralists,
            DealsWithoutMarket = _withoutMarket,
            Reactivated = _reactivated,
            ChurnedByHazard = _churnedByHazard,
            EarlyRefusals = _refusals,
            HandOverLosses = _handOverLosses,
            FinalActive = _c.ActiveCount,
            FinalPotential = _c.PotentialCount,
            FinalLost = lost,
            Purchases = _purchases,
            Buyers = buyers,
            PurchaseTotal = Cents.ToAmount(lifetime),
            NormContacts = _normContacts,
            ReactivationContacts = _reactivationContacts,
            UpfrontRetained = payouts.UpfrontRetained,
            UpfrontWindowRevenue = payouts.UpfrontWindowRevenue,
            UpfrontFirstMonthRevenue = payouts.UpfrontFirstMonthRevenue,
            UpfrontKept = payouts.UpfrontKept,
            UpfrontClawedBack = payouts.UpfrontClawedBackCount,
            UpfrontOpenExposure = payouts.UpfrontOpenExposure,
            UpfrontOpenWindows = payouts.UpfrontOpenWindows,
            ClientWeeks = (long)_c.Count * _plan.Weeks,
            ManagersLeft = _managersLeft,
            HuntingCost = Math.Round(_activityCost[ManagerTable.Hunting], 2),
            FarmingCost = Math.Round(_activityCost[ManagerTable.Farming], 2),
            ReactivationCost = Math.Round(_activityCost[ManagerTable.Reactivation], 2),
            CommissionPaid = Math.Round(_commissionBase * _s.Bonus.CommissionRate, 2),
            RevenueFromHunted = new(_revenueByOrigin.Skip(HuntedOrigin * _plan.Months).Take(_plan.Months).Select(Cents.ToAmount)),
            RevenueFromWonBack = new(_revenueByOrigin.Skip(WonBackOrigin * _plan.Months).Take(_plan.Months).Select(Cents.ToAmount)),
            HuntedClientMonths = _clientMonths[HuntedOrigin],
            WonBackClientMonths = _clientMonths[WonBackOrigin],
            Managers = new(ManagerLedgers()),
            LostWithManager = _lostWithManager,
            OneOffActivations = _oneOffs,
            ThresholdPadded = _thresholdPadded,
            Downgrades = _downgrades,
            HeadClosings = _headClosings,
            HeadDeals = _headDeals,
            HeadExtraDeals = _headExtraDeals,
            MeanPotentialWon = _byHunters + _byGeneralists == 0 ? 0m : Math.Round((decimal)(_wonPotential / (_byHunters + _byGeneralists)), 2),
            Selectivity = PlanAverage(_selectivitySum),
            FrontLoad = PlanAverage(_frontLoadSum),
            HuntingHours = Hours(ManagerTable.Hunting),
            FarmingHours = Hours(ManagerTable.Farming),
            ReactivationHours = Hours(ManagerTable.Reactivation),
            AvailableHours = Math.Round((decimal)_m.Spec.Sum(s => s.CapacityHours) * _plan.Weeks, 2),
        };
    }

    private decimal PlanAverage(double sum)
        => _m.Acquirers.Length == 0 || _plans == 0 ? 0m : Math.Round((decimal)(sum / (_plans * _m.Acquirers.Length)), 6);

    private decimal Hours(int activity)
    {
        var sum = 0.0;
        for (var m = 0; m < _m.Count; m++)
        {
            sum += _m.HoursUsed[(m * ManagerTable.Activities) + activity];
        }

        return Math.Round((decimal)sum, 2);
    }

    /// <summary>Makes client <paramref name="i"/> active (won or won back) under manager <paramref name="owner"/>.</summary>
    private void Activate(int i, int owner, int week)
    {
        _c.Status[i] = ClientStatus.Active;
        _c.AddActive(i);
        _c.Owner[i] = owner;
        if (owner >= 0)
        {
            _m.Clients[owner]++;
        }

        _c.LastContactWeek[i] = week;
        _c.RecentContacts[i] += 1;
        _c.LastPurchaseWeek[i] = week;
    }

    /// <summary>Moves an active client to the lost clients (it stays in view with its owner).</summary>
    private void Lose(int i)
    {
        if (_c.BonusMonth[i] >= 0)
        {
            _books.Refusals.Add((i, _month));
        }

        _c.Status[i] = ClientStatus.Lost;
        _c.LostWeek[i] = _week;
        _c.RemoveActive(i);
        _c.RefusalWeek[i] = -1;
        _c.DowngradeWeek[i] = -1;
        _c.HandOverWeek[i] = -1;
        if (_c.Owner[i] >= 0)
        {
            _m.Clients[_c.Owner[i]]--;
        }

        _monthChurned++;
    }

    /// <summary>Books a purchase: the client's month and lifetime, its owner's month, the month total.</summary>
    private void Purchase(int i, long amount, int week)
    {
        _c.RevenueThisMonth[i] += amount;
        _c.LifetimeRevenue[i] += amount;
        _c.LastPurchaseWeek[i] = week;
        if (_c.Owner[i] >= 0)
        {
            _m.OwnedRevenue[_c.Owner[i]] += amount;
        }

        _monthRevenue += amount;
        _revenueByOrigin[(_c.Origin[i] * _plan.Months) + _month] += amount;
        _purchases++;
    }

    /// <summary>The client's current monthly spend: potential × wallet share × (1 + upsell lift × development).</summary>
    private double MonthlySpend(int i)
        => _c.Potential[i] * _c.WalletShare[i] * (1 + (_s.Clients.UpsellLift * _c.Development[i]));

    /// <summary>Log-normal noise with mean 1 and the client's σ, drawn from the client's purchase stream of the week.</summary>
    private static double Noise(double sigma, ref RandomStream purchases)
        => sigma == 0 ? 1 : Math.Exp((sigma * purchases.Normal()) - (sigma * sigma / 2));

    /// <summary>The stream of one process for client <paramref name="i"/> in <paramref name="week"/>.</summary>
    private RandomStream Keyed(int stream, int i, int week) => stream switch
    {
        ChurnStream => new(_churnKeys[i], week),
        PurchaseStream => new(_purchaseKeys[i], week),
        _ => new(_seed, _replication, stream, i, week),
    };

    /// <summary>Noise of a first order (won or won back) from the client's purchase stream of the week.</summary>
    private double FirstOrderNoise(int i, int week)
    {
        var purchases = Keyed(PurchaseStream, i, week);
        return Noise(_c.NoiseSigma[i], ref purchases);
    }

    private bool IsKeeper(int manager) => manager >= 0 && _m.Keeps(manager);
}
