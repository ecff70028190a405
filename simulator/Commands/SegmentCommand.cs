using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using SalesDomain.Csv;
using SalesDomain.Model;
using SalesDomain.Segmentation;
using Spectre.Console;

namespace SalesDomain.Simulator.Commands;

/// <summary><c>segment</c>: ABC, XYZ and ABC×XYZ of a transactions file (docs/segmentation.md).</summary>
internal static class SegmentCommand
{
    public static Command Create()
    {
        var transactions = CommonOptions.InputFile("--transactions", "Transactions file (CSV or .xlsx; 1C and Excel exports as they are): client, date, amount[, profit, quantity, manager] (docs/import.md).");
        var asOf = CommonOptions.AsOf(required: false);
        var by = new Option<AbcMeasure>("--by")
        {
            Description = "Rank ABC by revenue or profit.",
            DefaultValueFactory = _ => AbcMeasure.Revenue,
        };
        var json = CommonOptions.Json();
        var import = ImportOptions.ForTransactions();
        var command = new Command("segment", "ABC, XYZ and ABC×XYZ counts with revenue shares.") { transactions, asOf, by, json };
        import.AddTo(command);
        command.SetAction(result => CliErrors.Guarded(() => Run(
            result.GetRequiredValue(transactions), result.GetValue(asOf), result.GetValue(by), result.GetValue(json), import.Transactions(result))));
        return command;
    }

    private static int Run(FileInfo file, DateOnly? asOf, AbcMeasure by, bool json, TransactionCsvOptions importOptions)
    {
        var import = TransactionCsvImporter.ImportFile(file.FullName, importOptions);
        ImportOptions.Report(file, import);
        if (by == AbcMeasure.Profit)
        {
            ImportOptions.RequireColumn(file, import, "profit", "--by profit");
        }

        var clientBase = ClientBase.FromSales(import.Accepted);
        var analyzer = new SegmentationAnalyzer(SegmentationOptions.Default with { Measure = by });
        var result = analyzer.Analyze(clientBase, asOf);
        var report = SegmentReport.From(clientBase, result, by, asOf, import);
        return CommandOutput.Write(report, SegmentJsonContext.Default.SegmentReport, json, r => Render(r, import.Summary));
    }

    private static void Render(SegmentReport report, string summary)
    {
        var console = AnsiConsole.Console;
        console.MarkupLine($"[bold]{report.Clients}[/] clients, ABC by {report.By}, as of {report.AsOf ?? "latest sale"}; {Markup.Escape(summary)}");
        var abc = new Table().Title("ABC").AddColumns("class", "clients", $"{report.By}", "share");
        foreach (var c in Enum.GetNames<AbcClass>())
        {
            abc.AddRow(c, report.Abc[c].ToString("N0"), report.AbcValue[c].ToString("N2"), report.AbcShare[c].ToString("P1"));
        }

        var xyz = new Table().Title("XYZ").AddColumns("class", "clients");
        foreach (var c in Enum.GetNames<XyzClass>())
        {
            xyz.AddRow(c, report.Xyz[c].ToString("N0"));
        }

        var matrix = new Table().Title($"ABC×XYZ: clients ({report.By} share)").AddColumns(" ", "X", "Y", "Z");
        foreach (var a in Enum.GetNames<AbcClass>())
        {
            matrix.AddRow(
                [a, .. Enum.GetNames<XyzClass>().Select(x => $"{report.Matrix[a + x]:N0} ({report.MatrixShare[a + x]:P1})")]);
        }

        console.Write(new Columns(abc, xyz));
        console.Write(matrix);
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
    IReadOnlyList<RejectedRowReport> Rejected)
{
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
            [.. import.Rejected.Select(r => new RejectedRowReport(r.LineNumber, r.Reason))]);
    }
}

/// <summary>A rejected input row in JSON output.</summary>
internal sealed record RejectedRowReport(long Line, string Reason);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(SegmentReport))]
internal sealed partial class SegmentJsonContext : JsonSerializerContext;
