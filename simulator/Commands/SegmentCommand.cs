using SalesDomain.Calendar;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using SalesDomain.Csv;
using SalesDomain.Model;
using SalesDomain.Segmentation;
using SalesDomain.Simulator.Localization;
using Spectre.Console;

namespace SalesDomain.Simulator.Commands;

/// <summary><c>segment</c>: ABC, XYZ and ABC×XYZ of a transactions file (docs/segmentation.md).</summary>
internal static class SegmentCommand
{
    public static Command Create()
    {
        var transactions = CommonOptions.Transactions();
        var asOf = CommonOptions.AsOf(required: false);
        var by = new Option<AbcMeasure>("--by")
        {
            Description = "Rank ABC by revenue or profit.",
            DefaultValueFactory = _ => AbcMeasure.Revenue,
        };
        var json = CommonOptions.Json();
        var clients = new Option<bool>("--clients")
        {
            Description = "List every client: value, share, ABC, CV, XYZ, cell, ladder category, ABCDE and base status (JSON: items).",
        };
        var charts = new Option<DirectoryInfo?>("--charts") { Description = "Write the Pareto curve (pareto.png) and the ABC×XYZ heat map (abc-xyz.png) to this folder." };
        var window = new WindowOptions();
        var files = new Output.FileOptions();
        var import = ImportOptions.ForTransactions();
        var command = new Command("segment", "ABC, XYZ and ABC×XYZ counts with revenue shares over an analysis window.") { transactions, asOf, by, json, clients, charts };
        window.AddTo(command);
        files.AddTo(command);
        import.AddTo(command);
        command.SetAction(result => CliErrors.Guarded(() => Run(
            result.GetRequiredValue(transactions), result.GetValue(asOf), result.GetValue(by), result.GetValue(json), result.GetValue(clients),
            result.GetValue(charts), d => window.RuleOf(result, d), files.Wanted(result) ? tables => files.Write(result, tables) : null,
            import.Transactions(result))));
        return command;
    }

    private static int Run(
        FileInfo file, DateOnly? asOf, AbcMeasure by, bool json, bool clients, DirectoryInfo? charts, Func<DateOnly, AnalysisWindowRule> windowRule,
        Action<IReadOnlyList<Output.ReportTable>>? writeFiles, TransactionCsvOptions importOptions)
    {
        // Ranking by profit needs every row's profit: a row without one is rejected and reported, never taken as 0.
        var import = TransactionCsvImporter.ImportFile(file.FullName, importOptions with { RequireProfit = by == AbcMeasure.Profit });
        ImportOptions.Report(file, import);
        if (by == AbcMeasure.Profit)
        {
            ImportOptions.RequireColumn(file, import, "profit", "--by profit");
        }

        var clientBase = ClientBase.FromSales(import.Accepted);
        var date = asOf ?? (import.Accepted.IsEmpty ? null : import.Accepted.Max(s => s.Date));
        var options = SegmentationOptions.Default with { Measure = by };
        if (date is { } d)
        {
            options = options with { Window = windowRule(d) };
        }

        var result = new SegmentationAnalyzer(options).Analyze(clientBase, date);
        if (charts is not null)
        {
            WriteCharts(charts, result, by);
        }

        var items = clients || writeFiles is not null ? SegmentItems.Build(clientBase, result) : null;
        var report = SegmentReport.From(clientBase, result, by, asOf, import) with { Items = clients ? items : null };
        writeFiles?.Invoke(SegmentTables.Of(report, items!));
        return CommandOutput.Write(report, SegmentJsonContext.Default.SegmentReport, json, r => Render(r, ImportOptions.Summary(import)));
    }

    private static void WriteCharts(DirectoryInfo dir, SegmentationResult result, AbcMeasure by)
    {
        dir.Create();
        var culture = CultureInfo.CurrentCulture;
        var window = result.Window is { } w ? $" {w.From}..{w.To}" : string.Empty;
        var measure = Words.T(by.ToString().ToLowerInvariant());
        Charts.SegmentationCharts.Pareto(result.Abc, Charts.ChartText.Pareto(measure, window, culture))
            .SavePng(Path.Combine(dir.FullName, "pareto.png"), 900, 600);
        Charts.SegmentationCharts.HeatMap(result.Matrix, Charts.ChartText.HeatMap(measure, window, culture))
            .SavePng(Path.Combine(dir.FullName, "abc-xyz.png"), 800, 650);
    }

    private static void Render(SegmentReport report, string summary)
    {
        var console = AnsiConsole.Console;
        var by = Words.T(report.By);
        var window = report.Window is { } w ? Words.F("{0}..{1} ({2} months)", w.From, w.To, w.Months) : Words.T("no sales");
        console.MarkupLine(Words.F(
            "[bold]{0:N0}[/] clients, ABC by {1}, as of {2}, window {3}; {4}",
            report.Clients, by, report.AsOf is { } day ? Dates.Show(day) : Words.T("latest sale"), window, Markup.Escape(summary)));
        var abc = new Table().Title("ABC").AddColumns(Words.T("class"), Words.T("clients"), by, Words.T("share"));
        foreach (var c in Enum.GetNames<AbcClass>())
        {
            abc.AddRow(c, report.Abc[c].ToString("N0"), report.AbcValue[c].ToString("N2"), report.AbcShare[c].ToString("P1"));
        }

        var xyz = new Table().Title("XYZ").AddColumns(Words.T("class"), Words.T("clients"));
        foreach (var c in Enum.GetNames<XyzClass>())
        {
            xyz.AddRow(c, report.Xyz[c].ToString("N0"));
        }

        var matrix = new Table().Title(Words.F("ABC×XYZ: clients ({0} share)", by)).AddColumns(" ", "X", "Y", "Z");
        foreach (var a in Enum.GetNames<AbcClass>())
        {
            matrix.AddRow(
                [a, .. Enum.GetNames<XyzClass>().Select(x => $"{report.Matrix[a + x]:N0} ({report.MatrixShare[a + x]:P1})")]);
        }

        console.Write(new Columns(abc, xyz) { Expand = false });
        console.Write(matrix);
        if (report.Items is { } items)
        {
            var list = new Table().Title(Words.F("Clients ({0})", by))
                .AddColumns(["#", .. new[] { "client", "manager" }.Select(Words.T), by, Words.T("share"), Words.T("before"), "ABC", "CV", "XYZ", Words.T("ladder"), "ABCDE", Words.T("status")]);
            var rank = 0;
            foreach (var i in items)
            {
                list.AddRow(
                    (++rank).ToString("N0"), Markup.Escape(i.ClientId), Markup.Escape(i.ManagerId ?? "—"),
                    i.Value.ToString("N2"), i.Share.ToString("P2"), i.CumulativeShareBefore.ToString("P1"),
                    i.Abc, i.Cv?.ToString("0.000") ?? "—", i.Xyz, Markup.Escape(Names.Of<PerspectiveCategory>(i.Ladder) ?? "—"), i.Abcde ?? "—",
                    Markup.Escape(Names.Of<BaseStatus>(i.Status)!));
            }

            console.Write(list);
        }
    }
}

/// <summary>The JSON shape of <c>segment --json</c>: a public contract, extend rather than rename.</summary>
internal sealed record SegmentReport(
    int Clients,
    string By,
    string? AsOf,
    Dictionary<string, int> Abc,
    Dictionary<string, int> Xyz,
    Dictionary<string, int> Matrix,
    Dictionary<string, decimal> AbcValue,
    Dictionary<string, decimal> AbcShare,
    Dictionary<string, decimal> MatrixShare,
    int RejectedRows,
    IReadOnlyList<RejectedRowReport> Rejected,
    WindowReport? Window)
{
    /// <summary>Every client in ABC rank order, when <c>--clients</c> is given; left out of the JSON otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SegmentItem>? Items { get; init; }

    public static SegmentReport From(
        ClientBase clientBase, SegmentationResult result, AbcMeasure by, DateOnly? asOf, ImportResult<Sale> import)
    {
        var total = result.Abc.PositiveTotal;
        decimal Share(decimal v) => total > 0m ? Math.Round(v / total, 6) : 0m;
        return new SegmentReport(
            clientBase.Clients.Length,
            by.ToString().ToLowerInvariant(),
            asOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Enum.GetValues<AbcClass>().ToDictionary(c => c.ToString(), result.Abc.Count),
            Enum.GetValues<XyzClass>().ToDictionary(c => c.ToString(), result.Xyz.Count),
            result.Matrix.Cells.ToDictionary(c => c.Name, c => c.Clients),
            Enum.GetValues<AbcClass>().ToDictionary(c => c.ToString(), result.Abc.Total),
            Enum.GetValues<AbcClass>().ToDictionary(c => c.ToString(), c => Share(result.Abc.Total(c))),
            result.Matrix.Cells.ToDictionary(c => c.Name, c => Share(c.Value)),
            import.Rejected.Length,
            [.. import.Rejected.Select(r => new RejectedRowReport(r.LineNumber, r.Reason))],
            result.Window is { } w ? WindowReport.Of(w) : null);
    }
}

/// <summary>The analysis window in JSON output: <c>{"from": "yyyy-MM", "to": "yyyy-MM", "months": n}</c>.</summary>
internal sealed record WindowReport(string From, string To, int Months)
{
    public static WindowReport Of(AnalysisWindow window) => new(window.From.ToString(), window.To.ToString(), window.Months);
}

/// <summary>A rejected input row in JSON output.</summary>
internal sealed record RejectedRowReport(long Line, string Reason);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(SegmentReport))]
internal sealed partial class SegmentJsonContext : JsonSerializerContext;
