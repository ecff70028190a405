using System.Text.Json.Serialization;
using SalesDomain.Simulation;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulator.Commands;

/// <summary>
/// A band in JSON output: mean, 5th and 95th percentile over replications, the standard error of the mean and its 95 %
/// confidence interval [lo, hi] (both null with one run).
/// </summary>
internal sealed record BandReport(decimal Mean, decimal P05, decimal P95, decimal? Se, decimal[]? Ci95)
{
    public static BandReport From(Band band) => new(band.Mean, band.P05, band.P95, band.StandardError, Interval(band));

    /// <summary>The 95 % confidence interval as [lo, hi], or null when it is unknown (one run).</summary>
    public static decimal[]? Interval(Band band) => band is { Ci95Low: { } lo, Ci95High: { } hi } ? [lo, hi] : null;
}

/// <summary>
/// A paired difference in JSON output: the band of the per-replication differences, <c>pPositive</c> = Φ(mean ÷ se)
/// (the probability that the expected difference is above zero, normal approximation) and <c>shareOfRunsPositive</c>
/// (the share of replications whose own difference is above zero).
/// </summary>
internal sealed record DifferenceReport(decimal Mean, decimal P05, decimal P95, decimal? Se, decimal[]? Ci95, double PPositive, double ShareOfRunsPositive)
{
    public static DifferenceReport From(PairedDifference d)
        => new(d.Band.Mean, d.Band.P05, d.Band.P95, d.Band.StandardError, BandReport.Interval(d.Band), d.PPositive, d.ShareOfRunsPositive);
}

/// <summary>
/// The upfront bonus on closed windows (first month + renewal months ended within the horizon): bonus kept ÷ the
/// clients' revenue over their windows (seed 002: at most 40 %, about 25 % on average), bonus kept ÷ their first-month
/// revenue, the share of windows clawed back; the largest share in any replication and the scheme's bound
/// max rate ÷ (1 + renewal months × renewal tolerance) (2 ÷ 5 = 40 % in the seed's case). Without clawback there is no
/// window: <see cref="Clawback"/> is false and the window share, its largest value and the bound are null (the bonus is
/// simply the rate times the first month). <see cref="OpenExposure"/> is the bonus paid on windows still open at the
/// horizon, which could still be clawed back after it.
/// </summary>
internal sealed record UpfrontReport(
    BandReport? PayoutShareOfWindowRevenue,
    BandReport PayoutShareOfFirstMonthRevenue,
    BandReport ClawbackShare,
    decimal? LargestShare,
    decimal? Bound,
    bool Clawback,
    BandReport OpenExposure,
    BandReport OpenWindows)
{
    public static UpfrontReport? From(SimulationResult result, Scenario scenario)
    {
        if (result.Outcomes.All(o => o.Ledger.UpfrontKept + o.Ledger.UpfrontClawedBack == 0))
        {
            return null;
        }

        static decimal Ratio(decimal a, decimal b) => b == 0m ? 0m : Math.Round(a / b, 6);
        var b = scenario.Bonus;
        var rate = b.QuartileRates.Count == 4 ? b.QuartileRates.Max() : b.UpfrontRatePerDollar;
        var bound = Math.Round(rate / (1m + (b.ClawbackMonths * b.RenewalTolerance)), 6);
        var clawback = b.ClawbackMonths > 0;
        return new UpfrontReport(
            clawback ? BandReport.From(result.Of(o => Ratio(o.Ledger.UpfrontRetained, o.Ledger.UpfrontWindowRevenue))) : null,
            BandReport.From(result.Of(o => Ratio(o.Ledger.UpfrontRetained, o.Ledger.UpfrontFirstMonthRevenue))),
            BandReport.From(result.Of(o => Ratio(o.Ledger.UpfrontClawedBack, o.Ledger.UpfrontKept + o.Ledger.UpfrontClawedBack))),
            clawback ? result.Outcomes.Max(o => Ratio(o.Ledger.UpfrontRetained, o.Ledger.UpfrontWindowRevenue)) : null,
            clawback ? bound : null,
            clawback,
            BandReport.From(result.Of(o => o.Ledger.UpfrontOpenExposure)),
            BandReport.From(result.Of(o => o.Ledger.UpfrontOpenWindows)));
    }
}

/// <summary>
/// The JSON of <c>run --json</c>: a public contract, extend rather than rename. <c>total.payoutRatio</c> is the bonus
/// payout over the horizon ÷ the revenue over the horizon; <c>notApplicable</c> names the metrics whose value means
/// nothing in this scenario (e.g. <c>normCompliance</c> when every contact norm is zero); <c>business</c>,
/// <c>causes</c> and <c>managers</c> are the business figures, the ledger of causes and the figures per group.
/// </summary>
internal sealed record RunReport(
    string Scenario,
    long Seed,
    int Runs,
    int Months,
    Dictionary<string, BandReport> Final,
    Dictionary<string, BandReport> Total,
    UpfrontReport? Upfront,
    IReadOnlyList<string> NotApplicable,
    BusinessReport Business,
    CausesReport Causes,
    IReadOnlyList<GroupReport> Managers)
{
    public static RunReport From(SimulationResult r, Scenario scenario, double discountRate = 0)
    {
        var total = Enum.GetValues<Metric>().Where(m => !SimulationCli.IsStock(m)).ToDictionary(SimulationCli.Key, m => BandReport.From(r.Total(m)));
        total[SimulationCli.Key(Metric.PayoutRatio)] = BandReport.From(r.Of(SimulationCli.HorizonPayoutRatio));
        return new(
            r.Scenario,
            r.Seed,
            r.Runs,
            r.Months,
            Enum.GetValues<Metric>().ToDictionary(SimulationCli.Key, m => BandReport.From(r.Final(m))),
            total,
            UpfrontReport.From(r, scenario),
            [.. SimulationCli.NotApplicable(scenario).Select(SimulationCli.Key)],
            BusinessReport.From(r, scenario.GrossMargin, discountRate),
            CausesReport.From(r, scenario.Organisation.HeadHoursPerWeek > 0),
            GroupReport.From(r));
    }
}

/// <summary>One month of a metric in the monthly series file, with the standard error and 95 % CI of the mean (null with one run).</summary>
internal sealed record MonthBand(int Month, decimal Mean, decimal P05, decimal P95, decimal? Se, decimal[]? Ci95);

/// <summary>The monthly series written by <c>run --out</c> (monthly.json).</summary>
internal sealed record MonthlyReport(string Scenario, long Seed, int Runs, int Months, Dictionary<string, MonthBand[]> Series)
{
    public static MonthlyReport From(SimulationResult r) => new(
        r.Scenario,
        r.Seed,
        r.Runs,
        r.Months,
        Enum.GetValues<Metric>().ToDictionary(
            SimulationCli.Key,
            m => Enumerable.Range(0, r.Months).Select(month => r.BandOf(m, month)).Select((b, i) => new MonthBand(i + 1, b.Mean, b.P05, b.P95, b.StandardError, BandReport.Interval(b))).ToArray()));
}

/// <summary>One alternative of <c>compare --json</c>: its bands and its paired differences to the baseline.</summary>
internal sealed record AlternativeReport(RunReport Result, Dictionary<string, DifferenceReport>? FinalDifference, Dictionary<string, DifferenceReport>? TotalDifference);

/// <summary>The JSON of <c>compare --json</c>.</summary>
internal sealed record CompareReport(string Baseline, long Seed, int Runs, int Months, IReadOnlyList<AlternativeReport> Scenarios)
{
    public static CompareReport From(ScenarioComparison comparison, IReadOnlyList<Scenario> scenarios, double discountRate = 0)
    {
        var results = comparison.Results;
        var alternatives = results.Select((r, k) => new AlternativeReport(
            RunReport.From(r, scenarios[k], discountRate),
            k == 0 ? null : Enum.GetValues<Metric>().ToDictionary(SimulationCli.Key, m => DifferenceReport.From(comparison.FinalPaired(k, m))),
            k == 0 ? null : Enum.GetValues<Metric>().Where(m => !SimulationCli.IsStock(m))
                .ToDictionary(SimulationCli.Key, m => DifferenceReport.From(comparison.TotalPaired(k, m))))).ToList();
        return new CompareReport(results[0].Scenario, results[0].Seed, results[0].Runs, results[0].Months, alternatives);
    }
}

/// <summary>One cell of <c>sweep</c>: the grid point, the band of the metric and the replications it comes from.</summary>
internal sealed record SweepCell(decimal X, decimal? Y, BandReport Value, int Runs);

/// <summary>The JSON of <c>sweep --json</c>.</summary>
internal sealed record SweepReport(string Scenario, string Metric, string At, string XPath, string? YPath, long Seed, int Runs, int Months, IReadOnlyList<SweepCell> Cells);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(RunReport))]
[JsonSerializable(typeof(MonthlyReport))]
[JsonSerializable(typeof(CompareReport))]
[JsonSerializable(typeof(SweepReport))]
internal sealed partial class SimulationJsonContext : JsonSerializerContext;
