using BenchmarkDotNet.Attributes;
using SalesDomain.Calendar;
using SalesDomain.Csv;
using SalesDomain.Simulator.Commands;

namespace SalesDomain.Benchmarks;

/// <summary>
/// <c>segment --transactions FILE --json</c> end to end on a CRM export (docs/performance.md, "Export to segments"):
/// read, parse, sum per client and month, classify, write the JSON report; against DuckDB (<c>read_csv</c> + one SQL
/// query with the same rules, <see cref="DuckDbEndToEnd"/>) and one raw read of the file as the baseline. The file is
/// generated once in setup (<see cref="TransactionExport"/>: 330,000 clients × 24 months, about 10.4M rows in date
/// order, in /tmp), plain and as a 1C export; it stays in the page cache, so reading it costs memory bandwidth only.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class EndToEndSegmentationBenchmark
{
    private string _plain = string.Empty;
    private string _oneC = string.Empty;

    /// <summary>Number of clients (24 months each).</summary>
    [Params(330_000)]
    public int Clients { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _plain = TransactionExport.Create(Clients, 24, seed: 42, oneC: false);
        _oneC = TransactionExport.Create(Clients, 24, seed: 42, oneC: true);
    }

    [Benchmark(Baseline = true)]
    public long RawRead() => RawFileRead.Lines(_plain);

    [Benchmark]
    public int SalesDomainSegment() => Segment(_plain);

    [Benchmark]
    public int SalesDomainSegmentOneC() => Segment(_oneC);

    [Benchmark]
    public int DuckDbSql() => DuckDbEndToEnd.Run(_plain)[0];

    /// <summary>What <c>segment --json</c> does with the file; returns the length of the JSON.</summary>
    internal static int Segment(string path)
    {
        var import = MonthlyRevenueCsvImporter.TryImportFile(path)
            ?? throw new InvalidOperationException($"{path} was left to the general importer.");
        var report = SegmentCommand.FastReport(import, asOf: null, _ => AnalysisWindowRule.Default);
        return CommandOutput.Json(report, SegmentJsonContext.Default.SegmentReport).Length;
    }
}
