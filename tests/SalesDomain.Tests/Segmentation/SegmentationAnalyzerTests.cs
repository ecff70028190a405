using SalesDomain.Calendar;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Segmentation;

/// <summary>The analyser's as-of date, its checks of the options and of the base.</summary>
public class SegmentationAnalyzerTests
{
    [Fact]
    public void WithoutAnAsOfDate_TheLatestSaleIsTheAsOfDate_WhereverItIsInTheBase()
    {
        var sales = new[]
        {
            new Sale("a", new DateOnly(2025, 2, 10), 100m),
            new Sale("b", new DateOnly(2025, 5, 20), 50m), // the latest, neither first nor last
            new Sale("a", new DateOnly(2025, 1, 5), 100m),
            new Sale("c", new DateOnly(2025, 3, 1), 10m),
        };

        var result = new SegmentationAnalyzer().Analyze(ClientBase.FromSales(sales));

        Assert.Equal(new DateOnly(2025, 5, 20), result.AsOf);
        Assert.Equal(new AnalysisWindow(new SalesMonth(2024, 5), new SalesMonth(2025, 4)), result.Window);
        Assert.Equal(AbcClass.A, result.Abc.ClassOf("a"));
    }

    [Fact]
    public void ANullBase_IsRejectedByName()
        => Assert.Equal("clientBase", Assert.Throws<ArgumentNullException>(() => new SegmentationAnalyzer().Analyze(null!)).ParamName);

    public static TheoryData<SegmentationOptions, string, string> ThresholdsOutOfOrder => new()
    {
        { SegmentationOptions.Default with { Abc = new AbcOptions { AThreshold = 0.9m, BThreshold = 0.8m } }, "AThreshold", "AThreshold (0.9) must not exceed BThreshold (0.8)." },
        { SegmentationOptions.Default with { Xyz = new XyzOptions { XThreshold = 0.3m, YThreshold = 0.2m } }, "XThreshold", "XThreshold (0.3) must not exceed YThreshold (0.2)." },
    };

    [Theory]
    [MemberData(nameof(ThresholdsOutOfOrder))]
    public void ThresholdsOutOfOrder_AreRejectedWhenTheAnalyserIsMade(SegmentationOptions options, string parameter, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new SegmentationAnalyzer(options));
        Assert.Equal(parameter, error.ParamName);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EqualThresholds_AreInOrder()
    {
        var options = SegmentationOptions.Default with
        {
            Abc = new AbcOptions { AThreshold = 0.9m, BThreshold = 0.9m },
            Xyz = new XyzOptions { XThreshold = 0.2m, YThreshold = 0.2m },
        };
        Assert.Same(options, new SegmentationAnalyzer(options).Options);
    }
}
