using SalesDomain.Calendar;
using System.CommandLine;
using System.Globalization;
using System.Text.Json.Serialization;
using SalesDomain.Csv;
using SalesDomain.Forecast;
using SalesDomain.Model;
using SalesDomain.Segmentation;
using SalesDomain.Localization;
using SalesDomain.Simulator.Localization;
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
        command.SetAction((result, cancellationToken) => CliErrors.GuardedAsync(() => Run(
            result.GetRequiredValue(deals), result.GetValue(asOf)!.Value, result.GetValue(clients), result.GetValue(transactions), result.GetValue(json),
            import.Dialect(result), tables => files.Write(result, tables)), cancellationToken));
        return command;
    }

    private static int Run(
        FileInfo file, DateOnly asOf, FileInfo? clientsFile, FileInfo? transactionsFile, bool json, ImportDialect dialect,
        Action<IReadOnlyList<Output.ReportTable>> writeFiles)
    {
        var import = DealCsvImporter.ImportFile(file.FullName, new DealCsvOptions { Dialect = dialect });
        ImportOptions.Report(file, import);
        var categories = Categories(asOf, clientsFile, transactionsFile);
        var options = ForecastOptions.Default with { ClientCategories = categories.ByClient };
        var report = ForecastReport.From(import, SalesForecast.Build(import.Accepted, asOf, options), options, categories.Source);
        writeFiles(Tables(report));
        return CommandOutput.Write(report, ForecastJsonContext.Default.ForecastReport, json, r => Render(r, ImportOptions.Summary(import)));
    }

    /// <summary>The files' tables: the weighted forecast per manager and month, the categories and the flagged deals.</summary>
    internal static IReadOnlyList<Output.ReportTable> Tables(ForecastReport report)
    {
        static Output.ReportColumn Text(string key, string header) => Output.Column.Of(key, header, Output.CellKind.Text);
        static Output.ReportColumn Money(string key, string header) => Output.Column.Of(key, header, Output.CellKind.Money);
        return
        [
            new(Words.T("Managers by month"), "managers", [Text("managerId", "manager"), Output.Column.Of("month", "month", Output.CellKind.Month), Money("weighted", "weighted")],
                [.. report.ByManagerMonth.SelectMany(m => m.Value.Select(p => new object?[] { m.Key, SalesMonth.Parse(p.Key), p.Value }))]),
            new(Words.T("Categories"), "categories",
                [Text("category", "category"), Output.Column.Of("deals", "deals", Output.CellKind.Integer), Money("amount", "amount"), Money("weighted", "weighted")],
                [.. report.Categories.Select(c => new object?[] { ForecastReport.ShowCategory(c.Key), c.Value.Deals, c.Value.Amount, c.Value.Weighted })]),
            new(Words.T("Flagged deals"), "flagged",
                [Text("dealId", "deal"), Text("managerId", "manager"), Text("reasons", "reasons"), Output.Column.Of("daysInStage", "days in stage", Output.CellKind.Integer),
                 Text("nextStep", "next step")],
                [.. report.Flagged.Select(f => new object?[] { f.DealId, f.ManagerId, ForecastReport.ShowReasons(f.Reasons), f.DaysInStage, f.NextStep })]),
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
        console.MarkupLine(Words.F(
            "Forecast as of [bold]{0}[/]: weighted [bold]{1:N2}[/] of {2:N2} in {3:N0} deals; {4}",
            Dates.Show(report.AsOf), report.WeightedTotal, report.TotalAmount, report.Deals, Markup.Escape(summary)));
        console.MarkupLine(report.ClientCategories.Source == "none"
            ? Words.T("No client categories (--clients or --transactions): every client counts as a forecast target.")
            : Words.F(
                "Client categories from {0}: {1:N0} clients; {2:N0} deals of non-target clients go to the assistant (weighted {3:N2}).",
                report.ClientCategories.Source, report.ClientCategories.Clients, report.Assistant.Count, report.AssistantWeightedTotal));
        var months = report.ByMonth.Keys.ToList();
        var byManager = new Table().Title(Words.T("Weighted forecast per manager and month")).AddColumns([Words.T("manager"), .. months, Words.T("total")]);
        foreach (var (manager, total) in report.ByManager)
        {
            byManager.AddRow(
            [
                Markup.Escape(manager),
                .. months.Select(m => report.ByManagerMonth[manager].GetValueOrDefault(m).ToString("N2", CultureInfo.CurrentCulture)),
                total.ToString("N2", CultureInfo.CurrentCulture),
            ]);
        }

        var categories = new Table().Title(Words.T("Category rollups")).AddColumns([.. new[] { "category", "deals", "amount", "weighted" }.Select(Words.T)]);
        foreach (var (name, c) in report.Categories)
        {
            categories.AddRow(ForecastReport.ShowCategory(name), c.Deals.ToString(CultureInfo.CurrentCulture), c.Amount.ToString("N2", CultureInfo.CurrentCulture), c.Weighted.ToString("N2", CultureInfo.CurrentCulture));
        }

        var flagged = new Table().Title(Words.T("Fairy tales: stuck, vague or overdue deals"))
            .AddColumns([.. new[] { "deal", "manager", "reasons", "days in stage", "next step" }.Select(Words.T)]);
        foreach (var f in report.Flagged)
        {
            flagged.AddRow(
                Markup.Escape(f.DealId), Markup.Escape(f.ManagerId), ForecastReport.ShowReasons(f.Reasons),
                f.DaysInStage?.ToString(CultureInfo.CurrentCulture) ?? "-", Markup.Escape(f.NextStep ?? "-"));
        }

        var calibration = new Table().Title(Words.T("Calibration: observed win rate per stage"))
            .AddColumns([.. new[] { "stage", "policy", "reached", "won", "observed" }.Select(Words.T)]);
        foreach (var c in report.Calibration)
        {
            calibration.AddRow(
                Markup.Escape(c.Stage), c.PolicyProbability.ToString("P0", CultureInfo.CurrentCulture), c.Reached.ToString(CultureInfo.CurrentCulture),
                c.Won.ToString(CultureInfo.CurrentCulture), c.ObservedWinRate?.ToString("P0", CultureInfo.CurrentCulture) ?? "-");
        }

        var losses = new Table().Title(Words.T("Loss reasons")).AddColumns([.. new[] { "reason", "deals", "amount" }.Select(Words.T)]);
        foreach (var l in report.LossReasons)
        {
            losses.AddRow(Markup.Escape(DisplayNames.OfLossReason(l.Reason, CultureInfo.CurrentUICulture)), l.Deals.ToString(CultureInfo.CurrentCulture), l.Amount.ToString("N2", CultureInfo.CurrentCulture));
        }

        var assistant = new Table().Title(Words.T("Assistant's list: deals of non-target clients"))
            .AddColumns([.. new[] { "deal", "client", "category", "manager", "amount", "weighted" }.Select(Words.T)]);
        foreach (var a in report.Assistant)
        {
            assistant.AddRow(
                Markup.Escape(a.DealId), Markup.Escape(a.ClientId), Markup.Escape(ForecastReport.ShowLadder(a.Category) ?? "-"), Markup.Escape(a.ManagerId),
                a.Amount.ToString("N2", CultureInfo.CurrentCulture), a.Weighted.ToString("N2", CultureInfo.CurrentCulture));
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
    /// <summary>The report of <paramref name="forecast"/>, the forecast of <paramref name="import"/>'s deals under <paramref name="options"/>.</summary>
    public static ForecastReport From(ImportResult<Deal> import, ForecastResult forecast, ForecastOptions options, string categorySource)
    {
        var policy = options.Policy;
        var asOf = forecast.AsOf;
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

    /// <summary>A forecast category's JSON name in the current language.</summary>
    public static string ShowCategory(string name) =>
        Enum.GetValues<ForecastCategory>().Where(c => CategoryName(c) == name).Select(c => DisplayNames.Of(c, CultureInfo.CurrentUICulture)).FirstOrDefault() ?? name;

    /// <summary>A ladder category's JSON name in the current language.</summary>
    public static string? ShowLadder(string? name) =>
        name is null ? null
        : Enum.GetValues<PerspectiveCategory>().Where(c => CategoryName(c) == name).Select(c => DisplayNames.Of(c, CultureInfo.CurrentUICulture)).FirstOrDefault() ?? name;

    /// <summary>Fairy-tale reasons (JSON names) in the current language.</summary>
    public static string ShowReasons(IReadOnlyList<string> reasons) => string.Join(", ", reasons.Select(r => r switch
    {
        "stuck" => DisplayNames.Of(FairyTaleReason.Stuck, CultureInfo.CurrentUICulture),
        "vague-next-step" => DisplayNames.Of(FairyTaleReason.VagueNextStep, CultureInfo.CurrentUICulture),
        "overdue-date" => DisplayNames.Of(FairyTaleReason.OverdueDate, CultureInfo.CurrentUICulture),
        _ => r,
    }));

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
