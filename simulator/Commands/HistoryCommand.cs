using System.CommandLine;
using System.Globalization;
using System.Text.Json.Serialization;
using SalesDomain.Calendar;
using SalesDomain.Csv;
using SalesDomain.Model;
using SalesDomain.Segmentation;
using SalesDomain.Simulator.Localization;
using Spectre.Console;

namespace SalesDomain.Simulator.Commands;

/// <summary><c>history</c>: ABC and XYZ class migration between as-of months (docs/segmentation.md, class history).</summary>
internal static class HistoryCommand
{
    public static Command Create()
    {
        var transactions = CommonOptions.Transactions();
        var from = new Option<string?>("--from") { Description = "First as-of month, yyyy-MM (segmented as of its last day).", Required = true };
        var to = new Option<string?>("--to") { Description = "Last as-of month, yyyy-MM.", Required = true };
        var step = new Option<string>("--step") { Description = "Months between as-of points: month or quarter.", DefaultValueFactory = _ => "month" };
        step.AcceptOnlyFromAmong("month", "quarter");
        var months = new Option<string?>("--months") { Description = "Months in each point's analysis window (default 12), 1..1200." };
        var json = CommonOptions.Json();
        var chart = new Option<FileInfo?>("--chart") { Description = "Write the clients in A, B and C at each as-of month as a PNG bar chart." };
        var command = new Command("history", "Class history: ABC and XYZ migration matrices, entered and left clients, per-client changes.")
        {
            transactions, from, to, step, months, json, chart,
        };
        var files = new Output.FileOptions();
        files.AddTo(command);
        var import = ImportOptions.ForTransactions();
        import.AddTo(command);
        command.Validators.Add(result =>
        {
            var (f, t) = (CommonOptions.CheckMonth(result, from), CommonOptions.CheckMonth(result, to));
            CommonOptions.CheckWhole(result, months, 1, 1200, "months");
            if (f is { } first && t is { } last && last <= first)
            {
                result.AddError($"--to {last} must be after --from {first}.");
            }
        });
        command.SetAction((result, cancellationToken) => CliErrors.GuardedAsync(() => Run(
            result.GetRequiredValue(transactions),
            SalesMonth.Parse(result.GetRequiredValue(from)!),
            SalesMonth.Parse(result.GetRequiredValue(to)!),
            result.GetValue(step) == "quarter" ? 3 : 1,
            result.GetValue(months) is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 12,
            result.GetValue(json),
            result.GetValue(chart),
            tables => files.Write(result, tables),
            import.Transactions(result)), cancellationToken));
        return command;
    }

    private static int Run(
        FileInfo file, SalesMonth from, SalesMonth to, int step, int months, bool json, FileInfo? chart, Action<IReadOnlyList<Output.ReportTable>> writeFiles,
        TransactionCsvOptions importOptions)
    {
        var import = TransactionCsvImporter.ImportFile(file.FullName, importOptions);
        ImportOptions.Report(file, import);
        var options = SegmentationOptions.Default with { Window = AnalysisWindowRule.LastCompleteMonths(months) };
        var steps = ClassMigration.Build(ClientBase.FromSales(import.Accepted), from, to, step, options);
        if (chart is not null && !steps.IsEmpty)
        {
            var points = Points(steps);
            chart.Directory?.Create();
            Charts.SegmentationCharts.History(points, Charts.ChartText.History(months, CultureInfo.CurrentCulture))
                .SavePng(chart.FullName, 900, 500);
        }

        var report = new HistoryReport([.. steps.Select(HistoryStep.Of)]);
        writeFiles(Tables(report));
        return CommandOutput.Write(report, HistoryJsonContext.Default.HistoryReport, json, r => Render(r, months, ImportOptions.Summary(import)));
    }

    /// <summary>Clients in A, B and C at every as-of month of the steps (the chart's bars); none without steps.</summary>
    internal static IReadOnlyList<(string Month, int A, int B, int C)> Points(IReadOnlyList<ClassMigrationStep> steps) => steps.Count == 0
        ? []
        : [.. steps.Select(s => (s.From.ToString(), s.AbcBefore[0], s.AbcBefore[1], s.AbcBefore[2])),
           (steps[^1].To.ToString(), steps[^1].AbcAfter[0], steps[^1].AbcAfter[1], steps[^1].AbcAfter[2])];

    /// <summary>The files' tables: one row per step, the two migration matrices row by row, and every change.</summary>
    internal static IReadOnlyList<Output.ReportTable> Tables(HistoryReport report)
    {
        static Output.ReportColumn Text(string key, string header) => Output.Column.Of(key, header, Output.CellKind.Text);
        static Output.ReportColumn Count(string key, string header) => Output.Column.Of(key, header, Output.CellKind.Integer);
        Output.ReportTable Matrix(string name, Func<HistoryStep, Dictionary<string, Dictionary<string, int>>> of, string[] classes) => new(
            Words.F("{0} migration", name),
            name.ToLowerInvariant(),
            [Text("from", "from"), Text("to", "to"), Text("class", "class"), .. classes.Select(c => Count(c, c))],
            [.. report.Steps.SelectMany(s => classes.Select(c => (object?[])[s.From, s.To, c, .. classes.Select(d => (object?)of(s)[c][d])]))]);
        return
        [
            new(Words.T("Steps"), "steps", [Text("from", "from"), Text("to", "to"), Count("entered", "entered"), Count("left", "left"), Count("changed", "changed class")],
                [.. report.Steps.Select(s => new object?[] { s.From, s.To, s.Entered, s.Left, s.Changes.Count })]),
            Matrix("ABC", s => s.Abc, ["A", "B", "C"]),
            Matrix("XYZ", s => s.Xyz, ["X", "Y", "Z"]),
            new(Words.T("Changes"), "changes",
                [Text("from", "from"), Text("to", "to"), Text("clientId", "client"), Text("abcFrom", "ABC before"), Text("abcTo", "ABC after"),
                 Text("xyzFrom", "XYZ before"), Text("xyzTo", "XYZ after")],
                [.. report.Steps.SelectMany(s => s.Changes.Select(c => new object?[] { s.From, s.To, c.ClientId, c.Abc[0], c.Abc[1], c.Xyz[0], c.Xyz[1] }))]),
        ];
    }

    private static void Render(HistoryReport report, int months, string summary)
    {
        var console = AnsiConsole.Console;
        console.MarkupLine(Words.F("Class history over {0}-month windows; {1}", months, Markup.Escape(summary)));
        foreach (var s in report.Steps)
        {
            console.MarkupLine(Words.F("[bold]{0} → {1}[/]: {2:N0} entered, {3:N0} left, {4:N0} changed class", s.From, s.To, s.Entered, s.Left, s.Changes.Count));
            var tables = new[] { ("ABC", s.Abc), ("XYZ", s.Xyz) }.Select(pair =>
            {
                var classes = pair.Item2.Keys.ToArray();
                var table = new Table().Title(Words.F("{0}: rows {1}, columns {2}", pair.Item1, s.From, s.To)).AddColumn(" ");
                foreach (var c in classes)
                {
                    table.AddColumn(c);
                }

                foreach (var row in classes)
                {
                    table.AddRow([row, .. classes.Select(col => pair.Item2[row][col].ToString("N0", CultureInfo.CurrentCulture))]);
                }

                return table;
            });
            console.Write(new Columns(tables) { Expand = false });
        }
    }
}

/// <summary>The JSON shape of <c>history --json</c>: a public contract, extend rather than rename.</summary>
internal sealed record HistoryReport(IReadOnlyList<HistoryStep> Steps);

/// <summary>One step between two as-of months.</summary>
internal sealed record HistoryStep(
    string From,
    string To,
    Dictionary<string, Dictionary<string, int>> Abc,
    Dictionary<string, Dictionary<string, int>> Xyz,
    int Entered,
    int Left,
    IReadOnlyList<HistoryChange> Changes)
{
    public static HistoryStep Of(ClassMigrationStep step) => new(
        step.From.ToString(),
        step.To.ToString(),
        Enum.GetValues<AbcClass>().ToDictionary(a => a.ToString(), a => Enum.GetValues<AbcClass>().ToDictionary(b => b.ToString(), b => step.Abc(a, b))),
        Enum.GetValues<XyzClass>().ToDictionary(a => a.ToString(), a => Enum.GetValues<XyzClass>().ToDictionary(b => b.ToString(), b => step.Xyz(a, b))),
        step.Entered,
        step.Left,
        [.. step.Changes.Select(c => new HistoryChange(c.ClientId, [c.AbcFrom.ToString(), c.AbcTo.ToString()], [c.XyzFrom.ToString(), c.XyzTo.ToString()]))]);
}

/// <summary>A client whose class changed: <c>"abc": ["A", "B"]</c>, <c>"xyz": ["X", "Z"]</c> (before, after).</summary>
internal sealed record HistoryChange(string ClientId, IReadOnlyList<string> Abc, IReadOnlyList<string> Xyz);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(HistoryReport))]
internal sealed partial class HistoryJsonContext : JsonSerializerContext;
