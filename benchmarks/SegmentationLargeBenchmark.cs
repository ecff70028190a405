using BenchmarkDotNet.Attributes;
using SalesDomain.Segmentation.Columnar;

namespace SalesDomain.Benchmarks;

/// <summary>
/// ABC + XYZ + the ABC×XYZ matrix of clients × 24 months against one parallel memory scan of the same buffer (the
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
    private DuckDbSegmentation? _duckDb;

    /// <summary>Number of clients.</summary>
    [Params(1_000_000, 10_000_000)]
    public int Clients { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _cents = RevenueData.Create(Clients, Months, seed: 42);
        _matrix = new RevenueMatrix(_cents, Clients, Months);
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
    public int NaiveLinq() => NaiveLinqSegmentation.Run(_cents, Clients, Months)[0];

    [Benchmark]
    public int DuckDbSql() => _duckDb!.Run()[0];
}
