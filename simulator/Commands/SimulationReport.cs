using System.Text.Json.Serialization;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulator.Commands;

/// <summary>A band in JSON output: mean, 5th and 95th percentile over replications.</summary>
internal sealed record BandReport(decimal Mean, decimal P05, decimal P95)
{
    public static BandReport From(Band band) => new(band.Mean, band.P05, band.P95);
}

/// <summary>
/// The upfront bonus on closed windows (first month + renewal months ended within the horizon): bonus kept ÷ the
/// clients' revenue over their windows (seed 002: at most 40 %, about 25 % on average), bonus kept ÷ their first-month
/// revenue, the share of windows clawed back; the largest share in any replication and the scheme's bound
/// max rate ÷ (1 + renewal months × renewal tolerance) (2 ÷ 5 = 40 % in the seed's case).
/// </summary>
internal sealed record UpfrontReport(
    BandReport PayoutShareOfWindowRevenue,
    BandReport PayoutShareOfFirstMonthRevenue,
    BandReport ClawbackShare,
    decimal LargestShare,
    decimal Bound)
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
        return new UpfrontReport(
            BandReport.From(result.Of(o => Ratio(o.Ledger.UpfrontRetained, o.Ledger.UpfrontWindowRevenue))),
            BandReport.From(result.Of(o => Ratio(o.Ledger.UpfrontRetained, o.Ledger.UpfrontFirstMonthRevenue))),
            BandReport.From(result.Of(o => Ratio(o.Ledger.UpfrontClawedBack, o.Ledger.UpfrontKept + o.Ledger.UpfrontClawedBack))),
            result.Outcomes.Max(o => Ratio(o.Ledger.UpfrontRetained, o.Ledger.UpfrontWindowRevenue)),
            bound);
    }
}

/// <summary>The JSON of <c>run --json</c>: a public contract, extend rather than rename.</summary>
internal sealed record RunReport(
    string Scenario,
    long Seed,
    int Runs,
    int Months,
    Dictionary<string, BandReport> Final,
    Dictionary<string, BandReport> Total,
    UpfrontReport? Upfront)
{
    public static RunReport From(SimulationResult r, Scenario scenario) => new(
        r.Scenario,
        r.Seed,
        r.Runs,
        r.Months,
        Enum.GetValues<Metric>().ToDictionary(SimulationCli.Key, m => BandReport.From(r.Final(m))),
        Enum.GetValues<Metric>().Where(m => !SimulationCli.IsStock(m)).ToDictionary(SimulationCli.Key, m => BandReport.From(r.Total(m))),
        UpfrontReport.From(r, scenario));
}

/// <summary>One month of a metric in the monthly series file.</summary>
internal sealed record MonthBand(int Month, decimal Mean, decimal P05, decimal P95);

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
            m => Enumerable.Range(0, r.Months).Select(month => r.BandOf(m, month)).Select((b, i) => new MonthBand(i + 1, b.Mean, b.P05, b.P95)).ToArray()));
}

/// <summary>One alternative of <c>compare --json</c>: its bands and its paired differences to the baseline.</summary>
internal sealed record AlternativeReport(RunReport Result, Dictionary<string, BandReport>? FinalDifference, Dictionary<string, BandReport>? TotalDifference);

/// <summary>The JSON of <c>compare --json</c>.</summary>
internal sealed record CompareReport(string Baseline, long Seed, int Runs, int Months, IReadOnlyList<AlternativeReport> Scenarios);

/// <summary>One cell of <c>sweep</c>.</summary>
internal sealed record SweepCell(decimal X, decimal? Y, BandReport Value);

/// <summary>The JSON of <c>sweep --json</c>.</summary>
internal sealed record SweepReport(string Scenario, string Metric, string At, string XPath, string? YPath, long Seed, int Runs, int Months, IReadOnlyList<SweepCell> Cells);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(RunReport))]
[JsonSerializable(typeof(MonthlyReport))]
[JsonSerializable(typeof(CompareReport))]
[JsonSerializable(typeof(SweepReport))]
internal sealed partial class SimulationJsonContext : JsonSerializerContext;
