using System.Text.Json.Serialization;
using SalesDomain.Simulation.Results;

namespace SalesDomain.Simulator.Commands;

/// <summary>A channel's figures as bands over the replications (null where no replication has the figure).</summary>
internal sealed record ChannelReport(BandReport Clients, BandReport Cost, BandReport? Cac, BandReport? Ltv, BandReport? PaybackMonths)
{
    public static ChannelReport From(SimulationResult r, Func<BusinessFigures, ChannelFigures> channel, Func<ReplicationOutcome, BusinessFigures> figures)
        => new(
            BandReport.From(r.Of(o => channel(figures(o)).Clients)),
            BandReport.From(r.Of(o => channel(figures(o)).Cost)),
            BusinessReport.Optional(r, o => channel(figures(o)).Cac),
            BusinessReport.Optional(r, o => channel(figures(o)).Ltv),
            BusinessReport.Optional(r, o => channel(figures(o)).PaybackMonths));
}

/// <summary>
/// The business figures of <c>run --json</c> (<c>business</c>): revenue, gross margin, cost of sales, contribution, ROI
/// of the sales force, the contribution discounted at <c>discountRate</c>, and CAC, LTV and payback per acquisition
/// channel (docs/simulator.md, "Business figures").
/// </summary>
internal sealed record BusinessReport(
    double DiscountRate,
    BandReport Revenue,
    BandReport GrossMargin,
    BandReport CostOfSales,
    BandReport Contribution,
    BandReport? Roi,
    BandReport DiscountedContribution,
    ChannelReport Hunting,
    ChannelReport WonBack)
{
    public static BusinessReport From(SimulationResult r, decimal grossMargin, double discountRate)
    {
        var cache = new Dictionary<int, BusinessFigures>();
        BusinessFigures F(ReplicationOutcome o)
        {
            if (!cache.TryGetValue(o.Replication, out var f))
            {
                cache[o.Replication] = f = BusinessFigures.Of(o, grossMargin, discountRate);
            }

            return f;
        }

        return new BusinessReport(
            discountRate,
            BandReport.From(r.Of(o => F(o).Revenue)),
            BandReport.From(r.Of(o => F(o).GrossMargin)),
            BandReport.From(r.Of(o => F(o).CostOfSales)),
            BandReport.From(r.Of(o => F(o).Contribution)),
            Optional(r, o => F(o).Roi),
            BandReport.From(r.Of(o => F(o).DiscountedContribution)),
            ChannelReport.From(r, f => f.Hunting, F),
            ChannelReport.From(r, f => f.WonBack, F));
    }

    /// <summary>The band of a figure over the replications that have it; null when none has.</summary>
    public static BandReport? Optional(SimulationResult r, Func<ReplicationOutcome, decimal?> figure)
    {
        var values = r.Outcomes.Select(figure).Where(v => v is not null).Select(v => v!.Value).ToArray();
        return values.Length == 0 ? null : BandReport.From(Band.Of(values));
    }
}

/// <summary>
/// The ledger of causes (<c>causes</c>): where clients came from and went, summed over the horizon, and the gaming and
/// screening the scheme brought about. <c>headClosings</c>, <c>headDeals</c> and <c>headExtraDeals</c> (the closings
/// the head joined, the deals closed there and those its lift brought) are written only when the scenario models the
/// head's time (<c>$.organisation.headHoursPerWeek</c> &gt; 0).
/// </summary>
internal sealed record CausesReport(
    BandReport Acquired,
    BandReport RefusedEarly,
    BandReport OneOffActivations,
    BandReport Churned,
    BandReport LostAtHandOver,
    BandReport LostWithLeavingManager,
    BandReport WonBack,
    BandReport Downgrades,
    BandReport ThresholdPadded,
    BandReport ManagersLeft,
    BandReport MeanPotentialWon,
    BandReport Selectivity,
    BandReport FrontLoad,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] BandReport? HeadClosings = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] BandReport? HeadDeals = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] BandReport? HeadExtraDeals = null)
{
    public static CausesReport From(SimulationResult r, bool head = false)
    {
        BandReport B(Func<ReplicationLedger, decimal> f) => BandReport.From(r.Of(o => f(o.Ledger)));
        return new CausesReport(
            B(l => l.AcquiredByHunters + l.AcquiredByGeneralists),
            B(l => l.EarlyRefusals),
            B(l => l.OneOffActivations),
            B(l => l.ChurnedByHazard),
            B(l => l.HandOverLosses),
            B(l => l.LostWithManager),
            B(l => l.Reactivated),
            B(l => l.Downgrades),
            B(l => l.ThresholdPadded),
            B(l => l.ManagersLeft),
            B(l => l.MeanPotentialWon),
            B(l => l.Selectivity),
            B(l => l.FrontLoad),
            head ? B(l => l.HeadClosings) : null,
            head ? B(l => l.HeadDeals) : null,
            head ? B(l => l.HeadExtraDeals) : null);
    }
}

/// <summary>
/// One group of managers (<c>managers[]</c>), per manager: hours available and used by activity over the horizon,
/// clients at the end, norm compliance (null when none of its clients had a norm).
/// </summary>
internal sealed record GroupReport(
    string Group,
    string Role,
    int Managers,
    BandReport AvailableHours,
    BandReport HuntingHours,
    BandReport FarmingHours,
    BandReport ReactivationHours,
    BandReport ClientsPerManager,
    BandReport? NormCompliance)
{
    public static IReadOnlyList<GroupReport> From(SimulationResult r)
    {
        if (r.Outcomes.IsEmpty)
        {
            return [];
        }

        return [.. r.Outcomes[0].Ledger.Managers.Select(s => (s.Group, s.Role)).Distinct().Select(g =>
        {
            IEnumerable<ManagerLedger> Seats(ReplicationOutcome o) => o.Ledger.Managers.Where(s => s.Group == g.Group && s.Role == g.Role);
            BandReport PerManager(Func<ManagerLedger, decimal> f) => BandReport.From(r.Of(o => Math.Round(Seats(o).Average(f), 2)));
            return new GroupReport(
                g.Group,
                g.Role.ToString(),
                Seats(r.Outcomes[0]).Count(),
                PerManager(s => s.AvailableHours),
                PerManager(s => s.HuntingHours),
                PerManager(s => s.FarmingHours),
                PerManager(s => s.ReactivationHours),
                PerManager(s => s.FinalClients),
                BusinessReport.Optional(r, o => Seats(o).Where(s => s.NormCompliance is not null).Select(s => s.NormCompliance!.Value).DefaultIfEmpty(-1m).Average() is var c && c >= 0m ? Math.Round(c, 6) : null));
        })];
    }
}
