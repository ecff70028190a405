using SalesDomain.Simulation.Results;

namespace SalesDomain.Simulation.Tests.Results;

/// <summary>P(Δ &gt; 0) of paired differences (docs/simulator.md, "Statistics").</summary>
public class PairedDifferenceTests
{
    [Fact]
    public void Of_HandComputedSample_IsPhiOfMeanOverSe()
    {
        // Δ = −1, 0, 2: mean 1/3, s² = 7/3, SE = √(7/9) = 0.881917, Φ(0.333333 / 0.881917) = Φ(0.377964) = 0.647272.
        var d = PairedDifference.Of([-1m, 0m, 2m]);
        Assert.Equal(0.333333m, d.Band.Mean);
        Assert.Equal(0.881917m, d.Band.StandardError);
        Assert.Equal(0.647272, d.PPositive, 5);
        Assert.Equal(1.0 / 3, d.ShareOfRunsPositive, 12);
    }

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(0, 0.0)]
    [InlineData(-1, 0.0)]
    public void Of_WithoutSpread_IsCertainBySign(int value, double expected)
    {
        Assert.Equal(expected, PairedDifference.Of([value, value, value]).PPositive);
        Assert.Equal(expected, PairedDifference.Of([value]).PPositive);
    }
}
