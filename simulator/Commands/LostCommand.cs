using System.CommandLine;
using System.Globalization;
using System.Text.Json.Serialization;
using SalesDomain.Csv;
using SalesDomain.Model;
using SalesDomain.Reactivation;
using SalesDomain.Simulator.Localization;
using Spectre.Console;

namespace SalesDomain.Simulator.Commands;

/// <summary><c>lost</c>: the lost clients (seed 002), ranked by revenue, profit or potential, each with a return plan (docs/reactivation.md).</summary>
internal static class LostCommand
{
    private const int DefaultTableRows = 20;

    public static Command Create()
    {
        var transactions = CommonOptions.Transactions();
        var asOf = CommonOptions.AsOf(required: true);
        var by = new Option<string>("--by") { Description = "Rank by revenue, profit or potential.", DefaultValueFactory = _ => "revenue" };
        by.AcceptOnlyFromAmong("revenue", "profit", "potential");
        var top = new Option<string?>("--top") { Description = "List only the first N lost clients (N > 0; the table shows 20 by default, JSON all)." };
        var json = CommonOptions.Json();
        var import = ImportOptions.ForTransactions();
        var files = new Output.FileOptions();
        var command = new Command("lost", "Lost clients (a contract or purchases, nothing bought in the activity window), ranked, with a return plan.")
        {
            transactions, asOf, by, top, json,
        };
        import.AddTo(command);
        files.AddTo(command);
        command.Validators.Add(result => CommonOptions.CheckWhole(result, top, 1, int.MaxValue, "clients"));
        command.SetAction((result, cancellationToken) => CliErrors.GuardedAsync(() => Run(
            result.GetRequiredValue(transactions), result.GetValue(asOf)!.Value, result.GetValue(by)!,
            result.GetValue(top) is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : null, result.GetValue(json),
            import.Transactions(result), tables => files.Write(result, tables)), cancellationToken));
        return command;
    }

    private static int Run(
        FileInfo file, DateOnly asOf, string by, int? top, bool json, TransactionCsvOptions importOptions, Action<IReadOnlyList<Output.ReportTable>> writeFiles)
    {
        var ranking = by switch { "profit" => LostClientRanking.Profit, "potential" => LostClientRanking.Potential, _ => LostClientRanking.Revenue };
        var import = TransactionCsvImporter.ImportFile(file.FullName, importOptions with { RequireProfit = ranking == LostClientRanking.Profit });
        ImportOptions.Report(file, import);
        if (ranking == LostClientRanking.Profit)
        {
            ImportOptions.RequireColumn(file, import, "profit", "--by profit");
        }

        var list = LostClients.Build(ClientBase.FromSales(import.Accepted), asOf, new LostClientOptions { RankBy = ranking });
        var report = LostReport.From(list, by, top, import.Rejected.Length);
        writeFiles([Table(report)]);
        return CommandOutput.Write(report, LostJsonContext.Default.LostReport, json, r => Render(r, top ?? DefaultTableRows, ImportOptions.Summary(import)));
    }

    internal static Output.ReportTable Table(LostReport report) => new(
        Words.T("Lost clients"),
        "lost",
        [
            Output.Column.Of("clientId", "client", Output.CellKind.Text), Output.Column.Of("managerId", "manager", Output.CellKind.Text),
            Output.Column.Of("lastPurchase", "last purchase", Output.CellKind.Date), Output.Column.Of("revenue", "revenue", Output.CellKind.Money),
            Output.Column.Of("profit", "profit", Output.CellKind.Money), Output.Column.Of("potential", "potential", Output.CellKind.Money),
            Output.Column.Of("contacts", "contacts", Output.CellKind.Integer), Output.Column.Of("dueDate", "return step due", Output.CellKind.Date),
            Output.Column.Of("action", "return step", Output.CellKind.Text),
        ],
        [
            .. report.Items.Select(i => new object?[]
            {
                i.ClientId, i.ManagerId, i.LastPurchase is { } d ? DateOnly.Parse(d, CultureInfo.InvariantCulture) : null, i.Revenue, i.Profit,
                i.Potential, i.Contacts, DateOnly.Parse(i.ReturnPlan.DueDate, CultureInfo.InvariantCulture), i.ReturnPlan.Action,
            }),
        ]);

    private static void Render(LostReport report, int rows, string summary)
    {
        var console = AnsiConsole.Console;
        console.MarkupLine(Words.F(
            "[bold]{0:N0}[/] lost clients as of {1}, ranked by {2}; {3}", report.Lost, Dates.Show(report.AsOf), Words.T(report.By), Markup.Escape(summary)));
        var table = new Table().AddColumns(["#", .. new[] { "client", "manager", "last purchase", "revenue", "profit", "return step (due)" }.Select(Words.T)]);
        var rank = 0;
        foreach (var i in report.Items.Take(rows))
        {
            table.AddRow(
                (++rank).ToString("N0", CultureInfo.CurrentCulture), Markup.Escape(i.ClientId), Markup.Escape(i.ManagerId ?? Words.T("— (assign one)")),
                Dates.Show(i.LastPurchase), i.Revenue.ToString("N2", CultureInfo.CurrentCulture), i.Profit.ToString("N2", CultureInfo.CurrentCulture),
                Markup.Escape($"{i.ReturnPlan.Action} ({Dates.Show(i.ReturnPlan.DueDate)})"));
        }

        console.Write(table);
    }
}

/// <summary>The JSON shape of <c>lost --json</c>: a public contract, extend rather than rename.</summary>
internal sealed record LostReport(string AsOf, string By, int Lost, IReadOnlyList<LostItemReport> Items, int RejectedRows)
{
    public static LostReport From(LostClientList list, string by, int? top, int rejectedRows) => new(
        list.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        by,
        list.Clients.Length,
        [
            .. list.Clients.Take(top ?? int.MaxValue).Select(c => new LostItemReport(
                c.ClientId, c.ManagerId, c.LastPurchase?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Revenue, c.Profit, c.Potential,
                c.ContactHistory.Length,
                new ReturnPlanReport(c.ReturnPlan.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.ReturnPlan.Action))),
        ],
        rejectedRows);
}

/// <summary>One lost client in JSON output.</summary>
internal sealed record LostItemReport(
    string ClientId, string? ManagerId, string? LastPurchase, decimal Revenue, decimal Profit, decimal? Potential, int Contacts, ReturnPlanReport ReturnPlan);

/// <summary>A return-plan step in JSON output.</summary>
internal sealed record ReturnPlanReport(string DueDate, string Action);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(LostReport))]
internal sealed partial class LostJsonContext : JsonSerializerContext;
