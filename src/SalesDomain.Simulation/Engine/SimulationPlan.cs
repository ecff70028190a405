using System.Collections.Immutable;
using SalesDomain.Contacts;
using SalesDomain.Motivation;
using SalesDomain.Segmentation;
using SalesDomain.Simulation.Bonus;
using SalesDomain.Model;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulation.Engine;

/// <summary>
/// Everything a replication derives from the scenario before it starts (calendar, client ids, weights): built once per
/// run and shared read-only by all replications.
/// </summary>
internal sealed class SimulationPlan
{
    /// <summary>Average weeks in a month on the 4-4-5 calendar (13 weeks a quarter).</summary>
    public const double WeeksPerMonth = 13.0 / 3.0;

    /// <summary>
    /// Cap of one client's monthly potential (10¹²): lognormal draws and compound growth over long horizons stay finite,
    /// and every monthly sale stays within <see cref="Money.MaxAmount"/>. Reached only by extreme draws.
    /// </summary>
    public const double MaxMonthlyPotential = 1e12;

    /// <summary>Cap of one purchase (10¹²), for the same reason.</summary>
    public const double MaxPurchase = 1e12;

    /// <summary>An early refusal falls in week 4 … 4 + <see cref="RefusalWeeks"/> − 1 after the first deal, uniformly.</summary>
    public const int FirstRefusalWeek = 4;

    /// <summary>Number of weeks an early refusal is spread over.</summary>
    public const int RefusalWeeks = 17;

    public SimulationPlan(Scenario scenario, int months)
    {
        Scenario = ScenarioJson.Copy(ScenarioValidator.EnsureValid(scenario));
        Months = Guard.Positive(months);
        MonthStartWeek = new int[months + 1];
        for (var m = 0; m < months; m++)
        {
            MonthStartWeek[m + 1] = MonthStartWeek[m] + (m % 3 == 2 ? 5 : 4);
        }

        Weeks = MonthStartWeek[months];
        var seasons = scenario.Clients.Seasonality;
        Season = [.. Enumerable.Range(0, months).Select(m => seasons.Count == 12 ? seasons[m % 12] : 1d)];
        MonthOfWeek = new int[Weeks];
        for (var m = 0; m < months; m++)
        {
            MonthOfWeek.AsSpan(MonthStartWeek[m], MonthStartWeek[m + 1] - MonthStartWeek[m]).Fill(m);
        }
        var p = scenario.Population;
        Population = p.MarketCapacity + p.InitialActive;
        ChannelWeights = Cumulative(p.Channels);
        RegionWeights = Cumulative(p.Regions);
        IndustryWeights = Cumulative(p.Industries);
        BaseWeeklyChurn = 1 - Math.Pow(1 - scenario.Clients.BaseMonthlyChurn, 1 / WeeksPerMonth);
        var f = scenario.Farming;
        var norms = new ContactNorms
        {
            PerClass = ImmutableDictionary.CreateRange(
                [KeyValuePair.Create(AbcClass.A, f.NormA), KeyValuePair.Create(AbcClass.B, f.NormB), KeyValuePair.Create(AbcClass.C, f.NormC)]),
        };
        NormByCell = [.. from abc in Enum.GetValues<AbcClass>() from xyz in Enum.GetValues<XyzClass>()
                         select norms.RequiredPerMonth(new ClientSegment(abc, xyz))];
        HistoryMonths = Math.Max(scenario.Farming.AbcWindowMonths, scenario.Farming.XyzWindowMonths);
        var b = scenario.Bonus;
        Schemes = PayoutEvaluation.Schemes(b, p.Channels.Names);
        ActivationAmounts = b.ActivationBonusByChannel.Count > 0
            ? [.. b.ActivationBonusByChannel.Select(a => (double)a)]
            : [.. p.Channels.Names.Select(_ => (double)b.ActivationBonus)];
        ActivationOn = ActivationAmounts.Any(a => a > 0);
        var cumulative = Cumulative(p.Channels);
        MeanActivationAmount = ActivationAmounts.Select((a, k) => a * (cumulative[k] - (k == 0 ? 0 : cumulative[k - 1]))).Sum() / cumulative[^1];
        UpfrontOn = b.UpfrontRatePerDollar > 0 || b.QuartileRates.Count == 4;
        ClawbackOn = UpfrontOn && b.ClawbackMonths > 0;
        QuartilesOn = UpfrontOn && b.QuartileRates.Count == 4;
        TracksActivations = UpfrontOn || ActivationOn;
        WindowMonths = UpfrontOn ? b.ClawbackMonths : 0;
        MeanUpfrontRate = QuartilesOn ? (double)b.QuartileRates.Average() : (double)b.UpfrontRatePerDollar;
        QuartileSpread = QuartilesOn ? (double)(b.QuartileRates.Max() - b.QuartileRates.Min()) : 0;
        RefusalsInWindow = ClawbackOn ? Math.Clamp(((b.ClawbackMonths * WeeksPerMonth) - FirstRefusalWeek) / RefusalWeeks, 0, 1) : 0;
        var factors = p.ChannelPotentialFactors;
        var channelWeights = p.Channels.Weights.Count == p.Channels.Names.Count ? p.Channels.Weights : [.. p.Channels.Names.Select(_ => 1.0)];
        var meanFactor = factors.Count == 0 ? 1 : channelWeights.Zip(factors, (w, f) => w * f).Sum() / channelWeights.Sum();
        ExpectedNewSpend = (double)p.MedianMonthlyPotential * meanFactor * Math.Exp(p.PotentialLogSigma * p.PotentialLogSigma / 2)
            * scenario.Clients.InitialWalletShare;
        HasFarmers = scenario.SalesForce.Any(g => g.Role == ManagerRole.Farmer && g.Count > 0);
    }

    public Scenario Scenario { get; }

    public int Months { get; }

    public int Weeks { get; }

    /// <summary>First week of each month; the last entry is the total number of weeks.</summary>
    public int[] MonthStartWeek { get; }

    /// <summary>The seasonal factor of each month of the horizon (1 without seasonality).</summary>
    public double[] Season { get; }

    /// <summary>The month of each week of the horizon.</summary>
    public int[] MonthOfWeek { get; }

    public int Population { get; }

    public double[] ChannelWeights { get; }

    public double[] RegionWeights { get; }

    public double[] IndustryWeights { get; }

    public double BaseWeeklyChurn { get; }

    public int HistoryMonths { get; }

    /// <summary>Contacts a month required of a client by ABC × XYZ cell (index abc × 3 + xyz), from the library's <see cref="ContactNorms"/>.</summary>
    public int[] NormByCell { get; }

    /// <summary>The bonus program as the library's motivation schemes.</summary>
    public ImmutableArray<MotivationScheme> Schemes { get; }

    public bool UpfrontOn { get; }

    /// <summary>Activation bonus per channel (the flat amount for every channel when ungraded).</summary>
    public double[] ActivationAmounts { get; }

    /// <summary>Whether any activation bonus is paid.</summary>
    public bool ActivationOn { get; }

    /// <summary>Activation bonus averaged over the channel weights.</summary>
    public double MeanActivationAmount { get; }

    /// <summary>Whether activations and their window revenue are booked (upfront or activation bonus).</summary>
    public bool TracksActivations { get; }

    /// <summary>Renewal months after the first month whose revenue is booked for the upfront bonus.</summary>
    public int WindowMonths { get; }

    public bool ClawbackOn { get; }

    public bool QuartilesOn { get; }

    /// <summary>Average upfront rate per unit of first-month revenue (the mean of the quartile rates when graded).</summary>
    public double MeanUpfrontRate { get; }

    /// <summary>Best minus worst quartile rate (0 without grading): the stake of a grade.</summary>
    public double QuartileSpread { get; }

    /// <summary>Share of early refusals that fall inside the clawback window (0 without clawback).</summary>
    public double RefusalsInWindow { get; }

    /// <summary>Expected monthly spend of a newly won client (mean potential × initial wallet share).</summary>
    public double ExpectedNewSpend { get; }

    public bool HasFarmers { get; }

    private static double[] Cumulative(CategorySpec c)
    {
        var weights = c.Weights.Count == c.Names.Count ? c.Weights : [.. c.Names.Select(_ => 1.0)];
        var sum = 0.0;
        return [.. weights.Select(w => sum += w)];
    }
}
