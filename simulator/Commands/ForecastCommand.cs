using SalesDomain.Calendar;
using System.CommandLine;
using System.Globalization;
using System.Text.Json.Serialization;
using SalesDomain.Csv;
using SalesDomain.Forecast;
using SalesDomain.Model;
using SalesDomain.Segmentation;
using Spectre.Console;

namespace SalesDomain.Simulator.Commands;

/// <summary><c>forecast</c>: weighted forecast, category rollups and fairy-tale deals of a deals file (docs/forecast.md).</summary>
internal static class ForecastCommand
{
    public static Command Create()
    {
        var deals = CommonOptions.InputFile(
            "--deals", "Deals CSV: deal_id, client_id, manager_id, amount, stage, expected_close[, status, loss_reason, next_step, stage_since, close_date, stays_with_manager].");
        var asOf = CommonOptions.AsOf(required: true);
        var clients = new Option<FileInfo>("--clients")
        {
            Description = "Client categories CSV: client_id, category (Periodic, One-off… or периодический, разовый…); overrides --transactions.",
        };
        var transactions = new Option<FileInfo>("--transactions")
        {
            Description = "Transactions CSV (as for segment): the perspectiveness ladder computes each client's category as of --as-of.",
        };
        var json = CommonOptions.Json();
        var import = ImportOptions.ForDialect();
        var command = new Command("forecast", "Weighted forecast per manager and month, category rollups, stuck and vague deals.")
        {
            deals, asOf, clients, transactions, json,
        };
        import.AddTo(command);
        var files = new Output.FileOptions();
        files.AddTo(command);
        command.SetAction(result => CliErrors.Guarded(() => Run(
            result.GetRequiredValue(deals), result.GetValue(asOf)!.Value, result.GetValue(clients), result.GetValue(transactions), result.GetValue(json),
            import.Dialect(result), tables => files.Write(result, tables))));
        return command;
    }

    private static int Run(
        FileInfo file, DateOnly asOf, FileInfo? clientsFile, FileInfo? transactionsFile, bool json, ImportDialect dialect,
        Action<IReadOnlyList<Output.ReportTable>> writeFiles)
    {
        var import = DealCsvImporter.ImportFile(file.FullName, new DealCsvOptions { Dialect = dialect });
        ImportOptions.Report(file, import);
        var categories = Categories(asOf, clientsFile, transactionsFile);
        var report = ForecastReport.From(import, asOf, ForecastOptions.Default with { ClientCategories = categories.ByClient }, categories.Source);
        writeFiles(Tables(report));
        return CommandOutput.Write(report, ForecastJsonContext.Default.ForecastReport, json, r => Render(r, import.Summary));
    }

    /// <summary>The files' tables: the weighted forecast per manager and month, the categories and the flagged deals.</summary>
    private static IReadOnlyList<Output.ReportTable> Tables(ForecastReport report)
    {
        static Output.ReportColumn Text(string key) => new(key, key, Output.CellKind.Text);
        static Output.ReportColumn Money(string key) => new(key, key, Output.CellKind.Money);
        return
        [
            new("Managers by month", "managers", [Text("managerId"), Text("month"), Money("weighted")],
                [.. report.ByManagerMonth.SelectMany(m => m.Value.Select(p => new object?[] { m.Key, p.Key, p.Value }))]),
            new("Categories", "categories", [Text("category"), new("deals", "deals", Output.CellKind.Integer), Money("amount"), Money("weighted")],
                [.. report.Categories.Select(c => new object?[] { c.Key, c.Value.Deals, c.Value.Amount, c.Value.Weighted })]),
            new("Flagged deals", "flagged", [Text("dealId"), Text("managerId"), Text("reasons"), new("daysInStage", "daysInStage", Output.CellKind.Integer), Text("nextStep")],
                [.. report.Flagged.Select(f => new object?[] { f.DealId, f.ManagerId, string.Join(", ", f.Reasons), f.DaysInStage, f.NextStep })]),
        ];
    }

    /// <summary>
    /// Client categories: the ladder's categories from the transactions as of the as-of date (clients that have not
    /// bought get none), then the categories file on top (a listed client takes the file's category).
    /// </summary>
    private static (Dictionary<string, PerspectiveCategory> ByClient, string Source) Categories(
        DateOnly asOf, FileInfo? clientsFile, FileInfo? transactionsFile)
    {
        var byClient = new Dictionary<string, PerspectiveCategory>(StringComparer.Ordinal);
        var sources = new List<string>();
        if (transactionsFile is not null)
        {
            var sales = TransactionCsvImporter.ImportFile(transactionsFile.FullName);
            ImportOptions.Report(transactionsFile, sales);
            foreach (var (client, category) in PerspectiveLadder.Classify(ClientBase.FromSales(sales.Accepted), asOf))
            {
                if (category is { } c)
                {
                    byClient[client] = c;
                }
            }

            sources.Add("transactions");
        }

        if (clientsFile is not null)
        {
            var rows = ClientCategoryCsvImporter.ImportFile(clientsFile.FullName);
            ImportOptions.Report(clientsFile, rows);
            foreach (var row in rows.Accepted)
            {
                byClient[row.ClientId] = row.Category;
            }

            sources.Add("clients");
        }

        return (byClient, sources.Count == 0 ? "none" : string.Join('+', sources));
    }

    private static void Render(ForecastReport report, string summary)
    {
        var console = AnsiConsole.Console;
        console.MarkupLine(
            $"Forecast as of [bold]{report.AsOf}[/]: weighted [bold]{report.WeightedTotal:N2}[/] of {report.TotalAmount:N2} in {report.Deals} deals; {Markup.Escape(summary)}");
        console.MarkupLine(report.ClientCategories.Source == "none"
            ? "No client categories (--clients or --transactions): every client counts as a forecast target."
            : $"Client categories from {report.ClientCategories.Source}: {report.ClientCategories.Clients} clients; "
              + $"{report.Assistant.Count} deals of non-target clients go to the assistant (weighted {report.AssistantWeightedTotal:N2}).");
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

        var assistant = new Table().Title("Assistant's list: deals of non-target clients").AddColumns("deal", "client", "category", "manager", "amount", "weighted");
        foreach (var a in report.Assistant)
        {
            assistant.AddRow(
                Markup.Escape(a.DealId), Markup.Escape(a.ClientId), a.Category ?? "-", Markup.Escape(a.ManagerId),
                a.Amount.ToString("N2", CultureInfo.InvariantCulture), a.Weighted.ToString("N2", CultureInfo.InvariantCulture));
        }

        console.Write(byManager);
        console.Write(categories);
        if (report.Assistant.Count > 0)
        {
            console.Write(assistant);
        }

        console.Write(flagged);
        console.Write(new Columns(calibration, losses) { Expand = false });
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
    IReadOnlyList<RejectedRowReport> Rejected,
    ClientCategoriesReport ClientCategories,
    decimal AssistantWeightedTotal,
    IReadOnlyList<AssistantDealReport> Assistant)
{
    public static ForecastReport From(ImportResult<Deal> import, DateOnly asOf, ForecastOptions options, string categorySource)
    {
        var policy = options.Policy;
        var forecast = SalesForecast.Build(import.Accepted, asOf, options);
        static string Month(SalesMonth m) => m.ToString();
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
            [.. import.Rejected.Select(r => new RejectedRowReport(r.LineNumber, r.Reason))],
            new ClientCategoriesReport(categorySource, options.ClientCategories.Count),
            forecast.AssistantList.Sum(l => l.Weighted),
            [.. forecast.AssistantList.Select(l => new AssistantDealReport(
                l.Deal.Id, l.Deal.ClientId, l.Deal.ManagerId,
                options.ClientCategories.TryGetValue(l.Deal.ClientId, out var c) ? CategoryName(c) : null,
                Month(l.Month), l.Deal.Amount, l.Weighted))]);
    }

    /// <summary>The JSON name of a perspectiveness category: reanimated, new, one-off, periodic, prospective, permanent, partner, vip.</summary>
    public static string CategoryName(PerspectiveCategory category) => category switch
    {
        PerspectiveCategory.OneOff => "one-off",
        _ => category.ToString().ToLowerInvariant(),
    };

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

/// <summary>Where the client categories came from ("none", "transactions", "clients", "transactions+clients") and how many clients have one.</summary>
internal sealed record ClientCategoriesReport(string Source, int Clients);

/// <summary>A deal of a non-target client, on the assistant's list, in JSON output.</summary>
internal sealed record AssistantDealReport(
    string DealId, string ClientId, string ManagerId, string? Category, string Month, decimal Amount, decimal Weighted);

/// <summary>A loss reason in JSON output.</summary>
internal sealed record LossReasonReport(string Reason, int Deals, decimal Amount);

/// <summary>A calibration row in JSON output.</summary>
internal sealed record CalibrationReport(string Stage, decimal PolicyProbability, int Reached, int Won, decimal? ObservedWinRate);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ForecastReport))]
internal sealed partial class ForecastJsonContext : JsonSerializerContext;
