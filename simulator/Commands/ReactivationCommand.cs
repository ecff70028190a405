using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using SalesDomain.Csv;
using SalesDomain.Model;
using SalesDomain.Reactivation;
using SalesDomain.Simulator.Localization;
using Spectre.Console;

namespace SalesDomain.Simulator.Commands;

/// <summary><c>reactivation</c>: the ranked reactivation list of a transactions file (docs/reactivation.md).</summary>
internal static class ReactivationCommand
{
    /// <summary>Rows the table shows when <c>--top</c> is not given (JSON lists every client).</summary>
    private const int DefaultTableRows = 20;

    public static Command Create()
    {
        var transactions = CommonOptions.Transactions();
        var asOf = CommonOptions.AsOf(required: true);
        var top = new Option<string?>("--top") { Description = "List only the first N clients of the ranking (N > 0)." };
        var json = CommonOptions.Json();
        var import = ImportOptions.ForTransactions();
        var files = new Output.FileOptions();
        var command = new Command("reactivation", "Ranked reactivation list: k × own-interval rule, BG/NBD P(alive), value at risk.")
        {
            transactions, asOf, top, json,
        };
        import.AddTo(command);
        files.AddTo(command);
        command.Validators.Add(result => CommonOptions.CheckWhole(result, top, 1, int.MaxValue, "clients"));
        command.SetAction((result, cancellationToken) => CliErrors.GuardedAsync(() => Run(
            result.GetRequiredValue(transactions), result.GetValue(asOf)!.Value,
            result.GetValue(top) is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : null, result.GetValue(json), import.Transactions(result),
            tables => files.Write(result, tables)), cancellationToken));
        return command;
    }

    private static int Run(
        FileInfo file, DateOnly asOf, int? top, bool json, TransactionCsvOptions importOptions, Action<IReadOnlyList<Output.ReportTable>> writeFiles)
    {
        var import = TransactionCsvImporter.ImportFile(file.FullName, importOptions);
        ImportOptions.Report(file, import);

        var list = ReactivationList.Build(ClientBase.FromSales(import.Accepted), asOf);
        foreach (var warning in list.Warnings)
        {
            Console.Error.WriteLine($"warning: {warning}");
        }

        var report = ReactivationReport.From(list, top, import.Rejected.Length);
        writeFiles([Table(report, list)]);
        if (json)
        {
            Console.Out.WriteLine(CommandOutput.Json(report, ReactivationJsonContext.Default.ReactivationReport));
        }
        else
        {
            Render(list, top ?? DefaultTableRows, ImportOptions.Summary(import));
        }

        return 0;
    }

    /// <summary>The ranked list for the CSV and spreadsheet files: the JSON items, one row each, in rank order.</summary>
    internal static Output.ReportTable Table(ReactivationReport report, ReactivationList list) => new(
        Words.T("Reactivation"),
        "reactivation",
        [
            Output.Column.Of("clientId", "client", Output.CellKind.Text), Output.Column.Of("abc", "ABC", Output.CellKind.Text),
            Output.Column.Of("overdue", "overdue", Output.CellKind.Text), Output.Column.Of("daysSinceLast", "days since last", Output.CellKind.Integer),
            Output.Column.Of("meanIntervalDays", "usual interval, days", Output.CellKind.Number), Output.Column.Of("purchaseDays", "purchase days", Output.CellKind.Integer),
            Output.Column.Of("pAlive", "P(alive)", Output.CellKind.Percent), Output.Column.Of("expectedPurchases", "expected purchases", Output.CellKind.Number),
            Output.Column.Of("valueAtRisk", "value at risk", Output.CellKind.Money), Output.Column.Of("reason", "reason", Output.CellKind.Text),
        ],
        [
            .. report.Items.Select((i, n) => new object?[]
            {
                i.ClientId, i.Abc, Words.YesNo(i.Overdue), i.DaysSinceLast, i.MeanIntervalDays is { } d ? Math.Round(d, 1) : null, i.PurchaseDays,
                i.PAlive, i.ExpectedPurchases is { } e ? Math.Round(e, 3) : null, i.ValueAtRisk, list.Items[n].ReasonIn(CultureInfo.CurrentCulture),
            }),
        ]);

    /// <summary>The BG/NBD model in words: its parameters, a degenerate fit or no model.</summary>
    internal static string ModelText(ReactivationList list) => (list.Model, list.Fit) switch
    {
        ({ } m, _) => string.Create(CultureInfo.CurrentCulture, $"BG/NBD (weeks) r={m.R:0.###} α={m.Alpha:0.###} a={m.A:0.###} b={m.B:0.###}"),
        (null, { Degenerate: true }) => Words.T("BG/NBD fit degenerate, P(alive) left empty (see the warning)"),
        _ => Words.T("no BG/NBD model (no purchases)"),
    };

    private static void Render(ReactivationList list, int rows, string summary)
    {
        var console = AnsiConsole.Console;
        var model = ModelText(list);
        console.MarkupLine(Markup.Escape(
            Words.F("{0:N0} clients as of {1}, {2:N0} overdue (k = 1); {3}; {4}", list.Items.Length, Dates.Show(list.AsOf), list.OverdueCount, model, summary)));
        var table = new Table().AddColumns(["#", .. new[] { "client", "ABC", "P(alive)", "at risk", "overdue", "reason" }.Select(Words.T)]);
        foreach (var (item, i) in list.Items.Take(rows).Select((item, i) => (item, i)))
        {
            table.AddRow(
                (i + 1).ToString("N0", CultureInfo.CurrentCulture),
                Markup.Escape(item.ClientId),
                item.Abc.ToString(),
                item.PAlive?.ToString("0.00", CultureInfo.CurrentCulture) ?? "—",
                item.ValueAtRisk?.ToString("N2", CultureInfo.CurrentCulture) ?? "—",
                Words.YesNo(item.Overdue),
                Markup.Escape(item.ReasonIn(CultureInfo.CurrentCulture)));
        }

        console.Write(table);
    }
}

/// <summary>The JSON shape of <c>reactivation --json</c>: a public contract, extend rather than rename.</summary>
internal sealed record ReactivationReport(
    string AsOf,
    int Clients,
    int Overdue,
    double? BaseMedianIntervalDays,
    BgNbdReport? Model,
    int RejectedRows,
    IReadOnlyList<ReactivationItemReport> Items,
    BgNbdFitReport? Fit,
    IReadOnlyList<string> Warnings)
{
    public static ReactivationReport From(ReactivationList list, int? top, int rejectedRows)
    {
        var model = list.Model is { } m ? new BgNbdReport(m.R, m.Alpha, m.A, m.B, list.Fit?.LogLikelihood) : null;
        var fit = list.Fit is { } f
            ? new BgNbdFitReport(f.Model.R, f.Model.Alpha, f.Model.A, f.Model.B, f.LogLikelihood, f.Clients, f.Evaluations, f.Converged, f.Degenerate, f.DegenerateReason)
            : null;
        return new ReactivationReport(
            list.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            list.Items.Length,
            list.OverdueCount,
            list.BaseMedianIntervalDays,
            model,
            rejectedRows,
            [.. list.Items.Take(top ?? int.MaxValue).Select(i => new ReactivationItemReport(
                i.ClientId,
                i.PurchaseDays,
                i.DaysSinceLast,
                i.MeanIntervalDays is { } d ? Math.Round(d, 4) : null,
                i.PAlive is { } p ? Math.Round(p, 6) : null,
                i.Overdue,
                i.Abc.ToString(),
                i.ExpectedPurchases is { } e ? Math.Round(e, 4) : null,
                i.ValueAtRisk,
                i.Reason))],
            fit,
            list.Warnings);
    }
}

/// <summary>The fitted BG/NBD parameters (weekly time units) in JSON output.</summary>
internal sealed record BgNbdReport(double R, double Alpha, double A, double B, double? LogLikelihood);

/// <summary>
/// The fit to the base in JSON output (weekly time units): its parameters even when degenerate, whether it converged,
/// whether it is degenerate and why; null when no fit was made.
/// </summary>
internal sealed record BgNbdFitReport(
    double R, double Alpha, double A, double B, double LogLikelihood, int Clients, int Evaluations, bool Converged, bool Degenerate, string? Reason);

/// <summary>
/// One client of the ranked list in JSON output; meanIntervalDays is null for a single purchase day; pAlive,
/// expectedPurchases and valueAtRisk are null when the fit is degenerate.
/// </summary>
internal sealed record ReactivationItemReport(
    string ClientId,
    int PurchaseDays,
    int DaysSinceLast,
    double? MeanIntervalDays,
    double? PAlive,
    bool Overdue,
    string Abc,
    double? ExpectedPurchases,
    decimal? ValueAtRisk,
    string Reason);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ReactivationReport))]
internal sealed partial class ReactivationJsonContext : JsonSerializerContext;
