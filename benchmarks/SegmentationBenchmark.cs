using BenchmarkDotNet.Attributes;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Benchmarks;

/// <summary>
/// ABC + XYZ of a record-level base (1M clients × 24 months) against a naive LINQ implementation of the
/// same rules, in one run. Data: deterministic, lognormal monthly amounts, 40 % of clients intermittent.
/// </summary>
[MemoryDiagnoser]
public class SegmentationBenchmark
{
    private ClientBase _base = ClientBase.Empty;
    private readonly SegmentationAnalyzer _analyzer = new();

    /// <summary>Number of clients; each has up to 24 monthly sales.</summary>
    [Params(1_000_000)]
    public int Clients { get; set; }

    [GlobalSetup]
    public void Setup() => _base = SyntheticBase.Create(Clients, months: 24, seed: 42);

    [Benchmark(Baseline = true)]
    public int NaiveLinq() => NaiveSegmentation.Run(_base);

    [Benchmark]
    public int SalesDomainAnalyzer()
    {
        var result = _analyzer.Analyze(_base);
        return result.Matrix[AbcClass.A, XyzClass.X].Clients;
    }
}
