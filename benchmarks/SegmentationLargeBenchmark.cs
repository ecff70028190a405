using BenchmarkDotNet.Attributes;
using SalesDomain.Segmentation.Columnar;

namespace SalesDomain.Benchmarks;

/// <summary>
/// ABC + XYZ + the ABC×XYZ matrix of clients × 24 months (into a new result, and into buffers kept across analyses) against one parallel memory scan of the same buffer (the
/// physical limit of one pass), naive LINQ and DuckDB SQL, in one run (docs/performance.md). Data: deterministic,
/// see <see cref="RevenueData"/>; DuckDB's table is loaded in setup and only the query is timed.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class SegmentationLargeBenchmark
{
    private const int Months = 24;
    private long[] _cents = [];
    private RevenueMatrix _matrix = null!;
    private long[] _totals = [];
    private byte[] _cells = [];
    private DuckDbSegmentation? _duckDb;

    /// <summary>Number of clients.</summary>
    [Params(1_000_000, 10_000_000)]
    public int Clients { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _cents = RevenueData.Create(Clients, Months, seed: 42);
        _matrix = new RevenueMatrix(_cents, Clients, Months);

        // Buffers kept across analyses, written once here so that their pages are mapped before the first iteration.
        _totals = new long[Clients];
        _cells = new byte[Clients];
        Array.Fill(_totals, 1L);
        Array.Fill(_cells, (byte)1);
    }

    [GlobalSetup(Target = nameof(DuckDbSql))]
    public void SetupDuckDb()
    {
        Setup();
        _duckDb = new DuckDbSegmentation(_cents, Clients, Months);
    }

    [GlobalCleanup]
    public void Cleanup() => _duckDb?.Dispose();

    [Benchmark(Baseline = true)]
    public long MemoryScan() => MemoryScanner.Sum(_cents);

    [Benchmark]
    public int SalesDomainAbcXyz() => ColumnarSegmentation.Segment(_matrix).Matrix.Cells[0].Clients;

    [Benchmark]
    public int SalesDomainAbcXyzIntoBuffers() => ColumnarSegmentation.SegmentInto(_matrix, _totals, _cells).Cells[0].Clients;

    [Benchmark]
    public int NaiveLinq() => NaiveLinqSegmentation.Run(_cents, Clients, Months)[0];

    [Benchmark]
    public int DuckDbSql() => _duckDb!.Run()[0];
}
