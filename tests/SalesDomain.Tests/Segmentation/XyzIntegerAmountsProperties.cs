using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Segmentation;

/// <summary>XYZ of integer amounts (the fast path) equals XYZ of the same amounts in decimal, thresholds included.</summary>
public class XyzIntegerAmountsProperties
{
    [Property(MaxTest = 500)]
    public bool Classify_IntegerAmounts_EqualsDecimalAmounts(long[] amounts, byte spread, bool huge)
    {
        // Small spreads around a level reach X and Y; huge values take the decimal fallback.
        var level = huge ? 1L << 50 : 10_000L;
        var series = amounts.Select(a => level + (a % (spread + 1))).ToArray();
        return XyzAnalysis.Classify(series) == XyzAnalysis.Classify(series.Select(a => (decimal)a).ToArray());
    }

    [Theory]
    [InlineData(new long[] { 11, 9 }, XyzClass.X)]                // CV = 0.1 exactly: X (≤)
    [InlineData(new long[] { 1_100_000_001, 899_999_999 }, XyzClass.Y)] // just above 0.1
    [InlineData(new long[] { 125, 75 }, XyzClass.Y)]              // CV = 0.25 exactly: Y (≤)
    [InlineData(new long[] { 126, 74 }, XyzClass.Z)]
    [InlineData(new long[] { 0, 0, 0 }, XyzClass.Z)]              // mean 0
    [InlineData(new long[] { 5, -5, 2 }, XyzClass.Z)]             // returns outweigh
    [InlineData(new long[0], XyzClass.Z)]
    public void Classify_IntegerAmounts_AtTheThresholds(long[] amounts, XyzClass expected)
    {
        Assert.Equal(expected, XyzAnalysis.Classify(amounts));
        Assert.Equal(expected, XyzAnalysis.Classify(amounts.Select(a => a / 100m).ToArray()));
    }
}
