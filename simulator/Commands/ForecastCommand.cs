using System.CommandLine;
using System.Globalization;
using System.Text.Json.Serialization;
using SalesDomain.Csv;
using SalesDomain.Forecast;
using Spectre.Console;

namespace SalesDomain.Simulator.Commands;

/// <summary><c>forecast</c>: weighted forecast, category rollups and fairy-tale deals of a deals file (docs/forecast.md).</summary>
internal static class ForecastCommand
{
    public static Command Create()
    {
        var deals = CommonOptions.InputFile(
            "--deals", "Deals CSV: deal_id, client_id, manager_id, amount, stage, expected_close[, status, loss_reason, next_step, stage_since, close_date].");
        var asOf = CommonOptions.AsOf(required: true);
        var json = CommonOptions.Json();
        var import = ImportOptions.ForDialect();
        var command = new Command("forecast", "Weighted forecast per manager and month, category rollups, stuck and vague deals.") { deals, asOf, json };
        import.AddTo(command);
        command.SetAction(result => CliErrors.Guarded(() => Run(
            result.GetRequiredValue(deals), result.GetValue(asOf)!.Value, result.GetValue(json), import.Dialect(result))));
        return command;
    }

    private static int Run(FileInfo file, DateOnly asOf, bool json, ImportDialect dialect)
    {
        var import = DealCsvImporter.ImportFile(file.FullName, new DealCsvOptions { Dialect = dialect });
        ImportOptions.Report(file, import);
        var report = ForecastReport.From(import, asOf, DealPolicy.Default);
        return CommandOutput.Write(report, ForecastJsonContext.Default.ForecastReport, json, r => Render(r, import.Summary));
    }

    private static void Render(ForecastReport report, string summary)
    {
        var console = AnsiConsole.Console;
        console.MarkupLine(
            $"Forecast as of [bold]{report.AsOf}[/]: weighted [bold]{report.WeightedTotal:N2}[/] of {report.TotalAmount:N2} in {report.Deals} deals; {Markup.Escape(summary)}");
        var months = report.ByMonth.Keys.ToList();
        var byManager = new Table().Title("Weighted forecast per manager and month").AddColumns(["manager", .. months, "total"]);
        foreach (var (manager, total) in report.ByManager)
        {
            byManager.AddRow(
            [
                Markup.Escape(manager),
                .. months.Select(m => report.ByManagerMonth[manager].GetValueOrDefault(m).ToString("N2", CultureInfo.InvariantCulture)),
                total.ToString("N2", CultureInfo.InvariantCulture),
            ]);
        }

        var categories = new Table().Title("Category rollups").AddColumns("category", "deals", "amount", "weighted");
        foreach (var (name, c) in report.Categories)
        {
            categories.AddRow(name, c.Deals.ToString(CultureInfo.InvariantCulture), c.Amount.ToString("N2", CultureInfo.InvariantCulture), c.Weighted.ToString("N2", CultureInfo.InvariantCulture));
        }

        var flagged = new Table().Title("Fairy tales: stuck, vague or overdue deals").AddColumns("deal", "manager", "reasons", "days in stage", "next step");
        foreach (var f in report.Flagged)
        {
            flagged.AddRow(
                Markup.Escape(f.DealId), Markup.Escape(f.ManagerId), string.Join(", ", f.Reasons),
                f.DaysInStage?.ToString(CultureInfo.InvariantCulture) ?? "-", Markup.Escape(f.NextStep ?? "-"));
        }

        var calibration = new Table().Title("Calibration: observed win rate per stage").AddColumns("stage", "policy", "reached", "won", "observed");
        foreach (var c in report.Calibration)
        {
            calibration.AddRow(
                Markup.Escape(c.Stage), c.PolicyProbability.ToString("P0", CultureInfo.InvariantCulture), c.Reached.ToString(CultureInfo.InvariantCulture),
                c.Won.ToString(CultureInfo.InvariantCulture), c.ObservedWinRate?.ToString("P0", CultureInfo.InvariantCulture) ?? "-");
        }

        var losses = new Table().Title("Loss reasons").AddColumns("reason", "deals", "amount");
        foreach (var l in report.LossReasons)
        {
            losses.AddRow(Markup.Escape(l.Reason), l.Deals.ToString(CultureInfo.InvariantCulture), l.Amount.ToString("N2", CultureInfo.InvariantCulture));
        }

        console.Write(byManager);
        console.Write(categories);
        console.Write(flagged);
        console.Write(new Columns(calibration, losses));
    }
}

/// <summary>The JSON shape of <c>forecast --json</c>: a public contract, extend rather than rename.</summary>
internal sealed record ForecastReport(
    string AsOf,
    decimal WeightedTotal,
    decimal TotalAmount,
    int Deals,
    Dictionary<string, decimal> ByManager,
    Dictionary<string, Dictionary<string, decimal>> ByManagerMonth,
    Dictionary<string, decimal> ByMonth,
    Dictionary<string, CategoryReport> Categories,
    IReadOnlyList<FlaggedDealReport> Flagged,
    IReadOnlyList<LossReasonReport> LossReasons,
    IReadOnlyList<CalibrationReport> Calibration,
    int RejectedRows,
    IReadOnlyList<RejectedRowReport> Rejected)
{
    public static ForecastReport From(ImportResult<Deal> import, DateOnly asOf, DealPolicy policy)
    {
        var forecast = SalesForecast.Build(import.Accepted, asOf, ForecastOptions.Default with { Policy = policy });
        static string Month(DateOnly m) => m.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return new ForecastReport(
            asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            forecast.WeightedTotal,
            forecast.Total.Totals.Amount,
            forecast.Total.Totals.Deals,
            forecast.ByManager.ToDictionary(g => g.Key, g => g.Totals.Weighted),
            forecast.ByManager.ToDictionary(g => g.Key, g => g.ByMonth.ToDictionary(p => Month(p.Key), p => p.Value.Weighted)),
            forecast.Total.ByMonth.ToDictionary(p => Month(p.Key), p => p.Value.Weighted),
            forecast.Total.ByCategory.ToDictionary(p => CategoryName(p.Key), p => new CategoryReport(p.Value.Deals, p.Value.Amount, p.Value.Weighted)),
            [.. FairyTaleDetector.Detect(import.Accepted, asOf, policy).Select(FlaggedDealReport.From)],
            [.. LossReasonSummary.Build(import.Accepted, policy).ByReason.Select(l => new LossReasonReport(l.Reason, l.Deals, l.Amount))],
            [.. CalibrationTable.Build(import.Accepted, policy).Select(c => new CalibrationReport(c.Stage.Name, c.PolicyProbability, c.Reached, c.Won, c.ObservedWinRate))],
            import.Rejected.Length,
            [.. import.Rejected.Select(r => new RejectedRowReport(r.LineNumber, r.Reason))]);
    }

    /// <summary>The JSON name of a category: pipeline, best-case, commit, closed.</summary>
    public static string CategoryName(ForecastCategory category) => category switch
    {
        ForecastCategory.BestCase => "best-case",
        _ => category.ToString().ToLowerInvariant(),
    };
}

/// <summary>A category rollup in JSON output.</summary>
internal sealed record CategoryReport(int Deals, decimal Amount, decimal Weighted);

/// <summary>A flagged deal in JSON output; reasons are "stuck", "vague-next-step" and "overdue-date".</summary>
internal sealed record FlaggedDealReport(string DealId, string ManagerId, IReadOnlyList<string> Reasons, int? DaysInStage, string? NextStep)
{
    public static FlaggedDealReport From(FlaggedDeal flagged)
    {
        var reasons = new List<string>();
        if (flagged.Reasons.HasFlag(FairyTaleReason.Stuck))
        {
            reasons.Add("stuck");
        }

        if (flagged.Reasons.HasFlag(FairyTaleReason.VagueNextStep))
        {
            reasons.Add("vague-next-step");
        }

        if (flagged.Reasons.HasFlag(FairyTaleReason.OverdueDate))
        {
            reasons.Add("overdue-date");
        }

        return new FlaggedDealReport(flagged.Deal.Id, flagged.Deal.ManagerId, reasons, flagged.DaysInStage, flagged.Deal.NextStep);
    }
}

/// <summary>A loss reason in JSON output.</summary>
internal sealed record LossReasonReport(string Reason, int Deals, decimal Amount);

/// <summary>A calibration row in JSON output.</summary>
internal sealed record CalibrationReport(string Stage, decimal PolicyProbability, int Reached, int Won, decimal? ObservedWinRate);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ForecastReport))]
internal sealed partial class ForecastJsonContext : JsonSerializerContext;
