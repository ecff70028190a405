using SalesDomain.Calendar;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Segmentation;

/// <summary>Hand-computed XYZ examples (DOMAIN.md §2; docs/segmentation.md).</summary>
public class XyzAnalysisTests
{
    private static readonly AnalysisWindow Q1 = new AnalysisWindow(new SalesMonth(2025, 1), new SalesMonth(2025, 3));

    [Theory]
    [InlineData(new[] { 100.0, 100.0, 100.0 }, XyzClass.X)] // CV 0
    [InlineData(new[] { 9.0, 11.0 }, XyzClass.X)]            // CV exactly 0.10: X is inclusive
    [InlineData(new[] { 8.0, 12.0 }, XyzClass.Y)]            // CV 0.20
    [InlineData(new[] { 7.5, 12.5 }, XyzClass.Y)]            // CV exactly 0.25: Y is inclusive
    [InlineData(new[] { 7.0, 13.0 }, XyzClass.Z)]            // CV 0.30
    [InlineData(new[] { 0.0, 10.0 }, XyzClass.Z)]            // CV 1
    [InlineData(new[] { 0.0, 0.0 }, XyzClass.Z)]             // mean 0
    [InlineData(new[] { 10.0, -20.0 }, XyzClass.Z)]          // mean < 0
    [InlineData(new double[0], XyzClass.Z)]                  // no periods
    public void Classify_Series_HandComputed(double[] amounts, XyzClass expected)
        => Assert.Equal(expected, XyzAnalysis.Classify(amounts.Select(a => (decimal)a).ToArray()));

    [Fact]
    public void CoefficientOfVariation_IsPopulationStdOverMean()
    {
        // mean 20, population variance ((10)² + 0 + (10)²)/3 = 66.67, σ = 8.165, CV = 0.40825
        var cv = XyzAnalysis.CoefficientOfVariation([10m, 20m, 30m]);
        Assert.Equal(Math.Sqrt(200.0 / 3) / 20, cv!.Value, 12);
        Assert.Null(XyzAnalysis.CoefficientOfVariation([0m, 0m]));
    }

    [Fact]
    public void Classify_HugeAmounts_FallBackWithoutOverflow()
        => Assert.Equal(XyzClass.X, XyzAnalysis.Classify([1e20m, 1e20m, 1e20m]));

    [Fact]
    public void Classify_Base_MonthsWithoutSalesCountAsZero()
    {
        // window Jan..Mar 2025 from the earliest sale; "gap" buys 100 in Jan and Mar, nothing in Feb ⇒ [100, 0, 100]
        var clientBase = new ClientBase(
            [new Client("steady"), new Client("gap")],
            [],
            [
                new Sale("steady", new(2025, 1, 5), 100m), new Sale("steady", new(2025, 2, 5), 100m),
                new Sale("steady", new(2025, 3, 5), 60m), new Sale("steady", new(2025, 3, 20), 40m),
                new Sale("gap", new(2025, 1, 31), 100m), new Sale("gap", new(2025, 3, 1), 100m),
            ],
            []);

        var result = XyzAnalysis.Classify(clientBase, Q1);

        Assert.Equal(XyzClass.X, result.ClassOf("steady"));
        Assert.Equal(3, result["gap"].Periods);
        Assert.Equal(200m / 3, result["gap"].Mean);
        Assert.Equal(XyzClass.Z, result.ClassOf("gap"));
        Assert.Equal(Q1, result.Window);
    }

    [Fact]
    public void Classify_Base_FromFirstPurchase_StartsAtClientsFirstMonth()
    {
        var clientBase = new ClientBase(
            [new Client("old"), new Client("new")],
            [],
            [
                new Sale("old", new(2025, 1, 5), 100m),
                new Sale("new", new(2025, 2, 5), 100m), new Sale("new", new(2025, 3, 5), 100m),
            ],
            []);

        var full = XyzAnalysis.Classify(clientBase, Q1);
        var own = XyzAnalysis.Classify(clientBase, Q1, new XyzOptions { Window = XyzWindow.FromFirstPurchase });

        Assert.Equal(XyzClass.Z, full.ClassOf("new"));  // [0, 100, 100]
        Assert.Equal(XyzClass.X, own.ClassOf("new"));   // [100, 100]
        Assert.Equal(2, own["new"].Periods);
    }

    [Fact]
    public void Classify_Base_CountsOnlyTheWindowsMonths_MonthsWithoutSalesAreZero()
    {
        var clientBase = ClientBase.FromSales(
        [
            new Sale("a", new(2025, 1, 5), 100m), new Sale("a", new(2025, 2, 5), 100m),
            new Sale("a", new(2025, 6, 5), 9999m),
        ]);

        var result = XyzAnalysis.Classify(clientBase, Q1);

        Assert.Equal(3, result["a"].Periods); // Jan, Feb, Mar (Mar = 0)
        Assert.Equal(200m / 3, result["a"].Mean);
    }

    [Fact]
    public void Classify_Quarterly_SumsQuarters()
    {
        var clientBase = ClientBase.FromSales(
        [
            new Sale("a", new(2025, 1, 5), 50m), new Sale("a", new(2025, 3, 5), 50m),
            new Sale("a", new(2025, 5, 5), 100m),
        ]);

        var result = XyzAnalysis.Classify(
            clientBase, new AnalysisWindow(new SalesMonth(2025, 1), new SalesMonth(2025, 6)), new XyzOptions { Period = SalesPeriod.Quarter });

        Assert.Equal(XyzClass.X, result.ClassOf("a"));
        Assert.Equal(2, result["a"].Periods);
    }

    [Fact]
    public void Classify_EmptyBase_IsEmpty()
    {
        var result = XyzAnalysis.Classify(ClientBase.Empty, Q1);
        Assert.Empty(result.Entries);
        Assert.Equal(Q1, result.Window);
    }

    [Fact]
    public void Options_XAboveY_Throws()
        => Assert.Throws<ArgumentException>(
            () => XyzAnalysis.Classify(ClientBase.Empty, Q1, new XyzOptions { XThreshold = 0.5m, YThreshold = 0.2m }));

    [Fact]
    public void Options_NegativeThreshold_ThrowsNamingField()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new XyzOptions { YThreshold = -1m });
        Assert.Equal(nameof(XyzOptions.YThreshold), e.ParamName);
        Assert.Contains("-1", e.Message);
    }
}
