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
        command.SetAction((result, cancellationToken) => CliErrors.GuardedAsync(() => Run(
            result.GetRequiredValue(transactions), result.GetValue(asOf), result.GetValue(by), result.GetValue(json), result.GetValue(clients),
            result.GetValue(charts), d => window.RuleOf(result, d), files.Wanted(result) ? tables => files.Write(result, tables) : null,
            import.Transactions(result)), cancellationToken));
        return command;
    }

    private static int Run(
        FileInfo file, DateOnly? asOf, AbcMeasure by, bool json, bool clients, DirectoryInfo? charts, Func<DateOnly, AnalysisWindowRule> windowRule,
        Action<IReadOnlyList<Output.ReportTable>>? writeFiles, TransactionCsvOptions importOptions)
    {
        // The counts alone, by revenue: the file is summed per client and month on every core and segmented by the
        // columnar kernel, with the same classes, figures and rejected rows (docs/performance.md); files that path
        // cannot read with certainty take the general one below.
        if (by == AbcMeasure.Revenue && !clients && charts is null && writeFiles is null
            && FastImport(file, importOptions) is { } fast)
        {
            ImportOptions.Report(file, fast.Rejected, fast.Accepted, fast.RowsRead, fast.Summary);
            var fastReport = FastReport(fast, asOf, windowRule);
            return CommandOutput.Write(fastReport, SegmentJsonContext.Default.SegmentReport, json, r => Render(r, fast.Summary));
        }

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

    /// <summary>The file summed per client and month, or null when the general importer must read it.</summary>
    internal static MonthlyRevenueImport? FastImport(FileInfo file, TransactionCsvOptions importOptions)
        => MonthlyRevenueCsvImporter.TryImportFile(file.FullName, importOptions);

    /// <summary>
    /// The report of <c>segment</c> by revenue from per-month sums, through the columnar kernel: the same counts,
    /// values and shares as the record-level analyzer gives on the same rows (each value with the decimals its sum of
    /// amounts has).
    /// </summary>
    internal static SegmentReport FastReport(MonthlyRevenueImport import, DateOnly? asOf, Func<DateOnly, AnalysisWindowRule> windowRule)
    {
        var date = asOf ?? import.Latest ?? throw new InvalidOperationException("No as-of date and no accepted row.");
        var options = SegmentationOptions.Default with { Window = windowRule(date) };
        var earliest = import.Earliest is { } e && e <= date ? e : (DateOnly?)null;
        var window = options.Window.Resolve(date, earliest, options.Xyz.Period);
        var matrix = import.TryWindow(window, out var scales)
            ?? throw new CsvImportException($"The analysis window {window.From}..{window.To} has more than {Segmentation.Columnar.RevenueMatrix.MaxPeriods} months or a month's total beyond the columns' range.");
        var result = Segmentation.Columnar.ColumnarSegmentation.Segment(matrix, options.Abc, options.Xyz);
        return SegmentReport.From(import, result, scales, window, asOf);
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

    /// <summary>
    /// The report from the columnar kernel's classes: every figure as the record-level report gives it, a sum of
    /// client values carrying the most decimals among them (as a sum of decimals does).
    /// </summary>
    public static SegmentReport From(
        MonthlyRevenueImport import, Segmentation.Columnar.ColumnarSegmentationResult result, byte[] scales, AnalysisWindow window, DateOnly? asOf)
    {
        var counts = new int[9];
        var cents = new Int128[9];
        var cellScales = new byte[9];
        Int128 positive = 0;
        byte positiveScale = 0;
        var cells = result.Cells;
        var totals = result.TotalCents;
        for (var i = 0; i < cells.Length; i++)
        {
            int cell = cells[i];
            counts[cell]++;
            cents[cell] += totals[i];
            cellScales[cell] = Math.Max(cellScales[cell], scales[i]);
            if (totals[i] > 0)
            {
                positive += totals[i];
                positiveScale = Math.Max(positiveScale, scales[i]);
            }
        }

        var total = ScaledCents.ToDecimal(positive, positiveScale);
        decimal Share(decimal v) => total > 0m ? Math.Round(v / total, 6) : 0m;
        decimal CellValue(int cell) => ScaledCents.ToDecimal(cents[cell], cellScales[cell]);
        decimal ClassValue(AbcClass c)
        {
            var row = (int)c * 3;
            return ScaledCents.ToDecimal(cents[row] + cents[row + 1] + cents[row + 2], Math.Max(cellScales[row], Math.Max(cellScales[row + 1], cellScales[row + 2])));
        }

        var names = Enum.GetValues<AbcClass>().SelectMany(a => Enum.GetValues<XyzClass>().Select(x => $"{a}{x}")).ToArray();
        return new SegmentReport(
            import.ClientIds.Length,
            "revenue",
            asOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Enum.GetValues<AbcClass>().ToDictionary(c => c.ToString(), c => counts[(int)c * 3] + counts[((int)c * 3) + 1] + counts[((int)c * 3) + 2]),
            Enum.GetValues<XyzClass>().ToDictionary(c => c.ToString(), c => counts[(int)c] + counts[3 + (int)c] + counts[6 + (int)c]),
            Enumerable.Range(0, 9).ToDictionary(i => names[i], i => counts[i]),
            Enum.GetValues<AbcClass>().ToDictionary(c => c.ToString(), ClassValue),
            Enum.GetValues<AbcClass>().ToDictionary(c => c.ToString(), c => Share(ClassValue(c))),
            Enumerable.Range(0, 9).ToDictionary(i => names[i], i => Share(CellValue(i))),
            import.Rejected.Length,
            [.. import.Rejected.Select(r => new RejectedRowReport(r.LineNumber, r.Reason))],
            WindowReport.Of(window));
    }
}

/// <summary>Sums of cents with the decimals their sum of <see cref="decimal"/> amounts would have.</summary>
internal static class ScaledCents
{
    /// <summary>The amount of <paramref name="cents"/> written with <paramref name="scale"/> decimals (0..2).</summary>
    public static decimal ToDecimal(Int128 cents, byte scale)
    {
        var whole = (decimal)(cents / (scale == 2 ? 1 : scale == 1 ? 10 : 100));
        var bits = decimal.GetBits(whole);
        return new decimal(bits[0], bits[1], bits[2], whole < 0m, scale);
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
