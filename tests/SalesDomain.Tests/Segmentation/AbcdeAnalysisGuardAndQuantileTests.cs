using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Segmentation;

/// <summary>
/// ABCDE input checks and the nearest-rank thresholds taken from ascending values (docs/segmentation.md): of five
/// clients, "high" is the 3rd smallest value and "top" the 4th.
/// </summary>
public class AbcdeAnalysisGuardAndQuantileTests
{
    [Fact]
    public void Classify_NullInputs_ThrowsNamingThem()
        => Assert.Equal("inputs", Assert.Throws<ArgumentNullException>(() => AbcdeAnalysis.Classify((IEnumerable<AbcdeInput>)null!)).ParamName);

    [Fact]
    public void Classify_NullBase_ThrowsNamingIt()
        => Assert.Equal(
            "clientBase",
            Assert.Throws<ArgumentNullException>(() => AbcdeAnalysis.Classify((ClientBase)null!, new(new(2025, 1), new(2025, 12)))).ParamName);

    [Fact]
    public void Classify_EmptyClientId_Throws()
        => Assert.Equal("ClientId", Assert.Throws<ArgumentException>(() => AbcdeAnalysis.Classify([new("", "shop", 1m, 1m)])).ParamName);

    [Fact]
    public void Classify_NullChannel_Throws()
        => Assert.Equal("Channel", Assert.Throws<ArgumentNullException>(() => AbcdeAnalysis.Classify([new("a", null!, 1m, 1m)])).ParamName);

    [Fact]
    public void Classify_RepeatedClientId_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => AbcdeAnalysis.Classify([new("a", "shop", 1m, 1m), new("a", "web", 2m, 2m)]));

        Assert.Equal("inputs", e.ParamName);
        Assert.Contains("'a'", e.Message);
    }

    [Fact]
    public void TopProfit_IsTheFourthSmallestOfFive()
    {
        // Potentials all equal, so all are top; profits 10..50 ⇒ top ≥ 40, high ≥ 30.
        var result = AbcdeAnalysis.Classify(
            [.. new[] { 10m, 20m, 30m, 40m, 50m }.Select(p => new AbcdeInput($"p{p}", "shop", p, 100m))]);

        Assert.Equal([AbcdeClass.C, AbcdeClass.C, AbcdeClass.B, AbcdeClass.A, AbcdeClass.A], result.Select(e => e.Class));
    }

    [Fact]
    public void TopPotential_IsTheFourthSmallestOfFive()
    {
        // Profits all equal, so all are top; potentials 100..500 ⇒ top ≥ 400.
        var result = AbcdeAnalysis.Classify(
            [.. new[] { 100m, 200m, 300m, 400m, 500m }.Select(p => new AbcdeInput($"p{p}", "shop", 10m, p))]);

        Assert.Equal([AbcdeClass.B, AbcdeClass.B, AbcdeClass.B, AbcdeClass.A, AbcdeClass.A], result.Select(e => e.Class));
    }
}
