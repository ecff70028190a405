using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SalesDomain.Csv;
using SalesDomain.Model;
using SalesDomain.Reactivation;

namespace SalesDomain.Benchmarks;

/// <summary>
/// The ranked reactivation list with its BG/NBD fit (docs/reactivation.md): on CDNOW (69,659 rows, 23,502 clients
/// with a purchase day as of 1998-06-30), the quasi-Newton fit against Nelder–Mead (the search used before, kept as
/// an option) as the baseline, the list and the fit alone; and the list on a generated base of 1,000,000 clients.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ReactivationBenchmark
{
    private static readonly DateOnly CdnowAsOf = new(1998, 6, 30);
    private static readonly DateOnly MillionAsOf = new(2024, 12, 31);
    private static readonly ReactivationOptions NelderMead = ReactivationOptions.Default with
    {
        Fit = BgNbdFitOptions.Default with { Method = BgNbdFitMethod.NelderMead },
    };

    private ClientBase _cdnow = null!;
    private RfmSummary[] _cdnowSummaries = null!;
    private ClientBase _million = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cdnow = ClientBase.FromSales(TransactionCsvImporter.ImportFile(RepositoryFile("tests/data/cdnow/CDNOW_master.csv")).Accepted);
        _cdnowSummaries = [.. PurchaseHistory.Of(_cdnow, CdnowAsOf).Select(h => h.ToRfm(CdnowAsOf, 7d))];
        _million = MillionClients(1_000_000, seed: 17);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("CDNOW list")]
    public ReactivationList CdnowListNelderMead() => ReactivationList.Build(_cdnow, CdnowAsOf, NelderMead);

    [Benchmark]
    [BenchmarkCategory("CDNOW list")]
    public ReactivationList CdnowList() => ReactivationList.Build(_cdnow, CdnowAsOf);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("CDNOW fit")]
    public BgNbdFit CdnowFitNelderMead() => BgNbdFitter.Fit(_cdnowSummaries, NelderMead.Fit);

    [Benchmark]
    [BenchmarkCategory("CDNOW fit")]
    public BgNbdFit CdnowFit() => BgNbdFitter.Fit(_cdnowSummaries);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("1M clients list")]
    public ReactivationList MillionClientList() => ReactivationList.Build(_million, MillionAsOf);

    /// <summary>
    /// Clients who start in 2023, buy at a rate log-uniform in 0.05..3 a week and stop after a purchase with a
    /// probability uniform in 0.05..0.6, over 2023–2024, with lognormal amounts.
    /// </summary>
    internal static ClientBase MillionClients(int clients, int seed)
    {
        var random = new Random(seed);
        var start = new DateOnly(2023, 1, 1);
        var sales = new List<Sale>(clients * 4);
        for (var c = 0; c < clients; c++)
        {
            var id = $"c{c}";
            var weeklyRate = Math.Pow(10, -1.3 + (random.NextDouble() * 1.78));
            var stop = 0.05 + (random.NextDouble() * 0.55);
            for (var day = (double)random.Next(365); day < 731d; day += 1d + (-Math.Log(1d - random.NextDouble()) * 7d / weeklyRate))
            {
                sales.Add(new Sale(id, start.AddDays((int)day), SyntheticBase.Amount(random)));
                if (random.NextDouble() < stop)
                {
                    break;
                }
            }
        }

        return ClientBase.FromSales(sales);
    }

    internal static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SalesDomain.sln")))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }

        throw new DirectoryNotFoundException($"SalesDomain.sln was not found above {AppContext.BaseDirectory}.");
    }
}
