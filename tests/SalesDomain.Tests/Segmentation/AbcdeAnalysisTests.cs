using SalesDomain.Calendar;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Segmentation;

/// <summary>ABCDE inside each channel (DOMAIN.md §2, seed 002; docs/segmentation.md).</summary>
public class AbcdeAnalysisTests
{
    [Trait("Category", "Slow")]
    [Fact]
    public void Classify_HandComputedChannel()
    {
        // Channel "retail", 5 non-negative clients: profits 10..50, potentials as given.
        // Nearest rank: median rank ⌈0.5·5⌉ = 3, top rank ⌈0.8·5⌉ = 4.
        // profits sorted 10,20,30,40,50 ⇒ high ≥ 30, top ≥ 40; potentials sorted 100,200,300,400,500 ⇒ high ≥ 300, top ≥ 400.
        var result = AbcdeAnalysis.Classify(
        [
            new("a", "retail", 50m, 500m), // top & top ⇒ A
            new("b", "retail", 40m, 100m), // top profit, low potential ⇒ B
            new("c", "retail", 10m, 400m), // low profit, high potential ⇒ C
            new("d", "retail", 20m, 200m), // low & low ⇒ D
            new("e", "retail", 30m, 300m), // high & high ⇒ B
            new("loss", "retail", -1m, 9999m), // negative ⇒ E
        ]);

        Assert.Equal(
            [AbcdeClass.A, AbcdeClass.B, AbcdeClass.C, AbcdeClass.D, AbcdeClass.B, AbcdeClass.E],
            result.Select(e => e.Class));
    }

    [Fact]
    public void Classify_RanksOnlyWithinTheChannel()
    {
        var result = AbcdeAnalysis.Classify(
        [
            new("big", "chain", 1_000_000m, 1_000_000m),
            new("small", "shop", 10m, 10m),
        ], new AbcdeOptions { MinChannelClients = 1 });

        Assert.All(result, e => Assert.Equal(AbcdeClass.A, e.Class)); // each is the top of its own channel
    }

    [Fact]
    public void Classify_ClientBase_EstimatesPotentialFromBestMonth()
    {
        var clientBase = new ClientBase(
            [new Client("a") { Channel = "shop" }, new Client("b") { Channel = "shop", Potential = 5m }],
            [],
            [
                new Sale("a", new(2025, 1, 3), 100m, profit: 1m), new Sale("a", new(2025, 1, 20), 50m, profit: 1m),
                new Sale("a", new(2025, 2, 3), 10m, profit: 1m),
                new Sale("b", new(2025, 1, 3), 10m, profit: 50m),
            ],
            []);

        var result = AbcdeAnalysis.Classify(clientBase, new AnalysisWindow(new SalesMonth(2025, 1), new SalesMonth(2025, 12))).ToDictionary(e => e.ClientId);

        Assert.Equal(12 * 150m, result["a"].Potential); // best month Jan = 150
        Assert.Equal(5m, result["b"].Potential);        // supplied
        Assert.Equal(3m, result["a"].Profit);
    }

    [Fact]
    public void Classify_NegativePotential_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => AbcdeAnalysis.Classify([new("a", "x", 1m, -1m)]));
        Assert.Equal("Potential", e.ParamName);
    }

    [Fact]
    public void Options_HighAboveTop_Throws()
        => Assert.Throws<ArgumentException>(
            () => AbcdeAnalysis.Classify([], new AbcdeOptions { HighQuantile = 0.9, TopQuantile = 0.5 }));

    [Fact]
    public void Classify_ChannelOfZeros_IsAllD_NotA()
    {
        var result = AbcdeAnalysis.Classify(Enumerable.Range(0, 6).Select(i => new AbcdeInput($"c{i}", "shop", 0m, 0m)));

        Assert.All(result, e => Assert.Equal(AbcdeClass.D, e.Class)); // zero is never "high"
    }

    [Fact]
    public void Classify_LoneClient_IsNotRanked_ButALossIsStillE()
    {
        var result = AbcdeAnalysis.Classify([new("lone", "shop", 1m, 0m), new("loss", "web", -5m, 100m)]);

        Assert.Null(result[0].Class);                 // no peers to rank against (fewer than 5 in the channel)
        Assert.Equal(AbcdeClass.E, result[1].Class);  // negative profit needs no peers
    }

    [Fact]
    public void Classify_EqualPositiveValues_ShareOneClass()
    {
        var result = AbcdeAnalysis.Classify(Enumerable.Range(0, 5).Select(i => new AbcdeInput($"c{i}", "shop", 10m, 100m)));

        Assert.All(result, e => Assert.Equal(AbcdeClass.A, e.Class));
    }

    [Fact]
    public void Classify_ClientBase_WithoutProfitData_IsRejectedNamingTheSale()
    {
        var clientBase = ClientBase.FromSales([new Sale("a", new(2025, 1, 3), 100m), new Sale("b", new(2025, 1, 4), 50m, profit: 5m)]);

        var e = Assert.Throws<ArgumentException>(
            () => AbcdeAnalysis.Classify(clientBase, new AnalysisWindow(new SalesMonth(2025, 1), new SalesMonth(2025, 12))));

        Assert.Contains("'a'", e.Message);
        Assert.Contains("has none (unknown profit is not 0)", e.Message);
    }
}
