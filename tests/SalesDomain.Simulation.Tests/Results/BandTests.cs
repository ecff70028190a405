using SalesDomain.Simulation.Results;

namespace SalesDomain.Simulation.Tests.Results;

/// <summary>Mean and 5–95 % bands over replications (docs/simulator.md).</summary>
public class BandTests
{
    [Fact]
    public void Of_InterpolatesPercentiles()
    {
        var values = Enumerable.Range(0, 101).Select(i => (decimal)i).Reverse().ToArray();
        var band = Band.Of(values);
        Assert.Equal((50m, 5m, 95m, 101), (band.Mean, band.P05, band.P95, band.Count));
    }

    [Fact]
    public void Of_OneValue_IsThatValue_WithoutAStandardError()
    {
        var band = Band.Of([3.5m]);
        Assert.Equal((3.5m, 3.5m, 3.5m), (band.Mean, band.P05, band.P95));
        Assert.Null(band.StandardError);
        Assert.Null(band.Ci95Low);
        Assert.Null(band.Ci95HalfWidth);
    }

    [Fact]
    public void Of_TwoValues_InterpolatesBetweenThem()
    {
        var band = Band.Of([10m, 0m]);
        Assert.Equal((5m, 0.5m, 9.5m), (band.Mean, band.P05, band.P95));
    }

    [Fact]
    public void Of_FiveValues_HasTheHandComputedStandardErrorAndStudentInterval()
    {
        // 1 … 5: mean 3, s² = 10 / 4 = 2.5, SE = √(2.5 / 5) = 0.7071068, t(0.975, 4) = 2.776445105,
        // half width 1.963243: CI [1.036757, 4.963243].
        var band = Band.Of([5m, 1m, 4m, 2m, 3m]);
        Assert.Equal(3m, band.Mean);
        Assert.Equal(0.707107m, band.StandardError);
        Assert.Equal(1.036757m, band.Ci95Low);
        Assert.Equal(4.963243m, band.Ci95High);
    }

    [Fact]
    public void Of_EqualValues_HasAZeroStandardError()
    {
        var band = Band.Of([2m, 2m, 2m]);
        Assert.Equal((0m, 2m, 2m), (band.StandardError!.Value, band.Ci95Low!.Value, band.Ci95High!.Value));
    }

    [Fact]
    public void Of_Empty_Throws() => Assert.Throws<ArgumentException>(() => Band.Of([]));
}
