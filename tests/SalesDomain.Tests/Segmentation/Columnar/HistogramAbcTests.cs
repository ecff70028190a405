using SalesDomain.Segmentation;
using SalesDomain.Segmentation.Columnar;

namespace SalesDomain.Tests.Segmentation.Columnar;

/// <summary>The histogram ABC classes of <see cref="HistogramAbc"/> at the exact threshold shares.</summary>
public class HistogramAbcTests
{
    [Fact]
    public void ShareBeforeExactlyOnABound_IsTheLowerClass()
    {
        // Totals 50, 30, 20 of 100 with bounds 50 % and 80 %: 30 starts at exactly 50 (B), 20 at exactly 80 (C).
        var options = new AbcOptions { AThreshold = 0.5m, BThreshold = 0.8m };
        var classes = HistogramAbc.Classes([20, 50, 30], 100m, options);
        Assert.Equal([AbcClass.C, AbcClass.A, AbcClass.B], classes);
    }

    [Fact]
    public void ShareBeforeJustBelowABound_IsTheUpperClass()
    {
        // Totals 49, 31, 20 of 100: 31 starts at 49 (< 50, A), 20 at 80 (C).
        var options = new AbcOptions { AThreshold = 0.5m, BThreshold = 0.8m };
        var classes = HistogramAbc.Classes([49, 31, 20, 0, -5], 100m, options);
        Assert.Equal([AbcClass.A, AbcClass.A, AbcClass.C, AbcClass.C, AbcClass.C], classes);
    }
}
