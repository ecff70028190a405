using SalesDomain.Simulation.Results;

namespace SalesDomain.Tests.Simulation;

/// <summary>Mean and 5–95 % bands over replications (docs/simulator.md).</summary>
public class BandTests
{
    [Fact]
    public void Of_InterpolatesPercentiles()
    {
        var values = Enumerable.Range(0, 101).Select(i => (decimal)i).Reverse().ToArray();
        Assert.Equal(new Band(50m, 5m, 95m), Band.Of(values));
    }

    [Fact]
    public void Of_OneValue_IsThatValue() => Assert.Equal(new Band(3.5m, 3.5m, 3.5m), Band.Of([3.5m]));

    [Fact]
    public void Of_TwoValues_InterpolatesBetweenThem() => Assert.Equal(new Band(5m, 0.5m, 9.5m), Band.Of([10m, 0m]));

    [Fact]
    public void Of_Empty_Throws() => Assert.Throws<ArgumentException>(() => Band.Of([]));
}
