using SalesDomain.Simulation.Results;

namespace SalesDomain.Simulation.Tests.Results;

/// <summary>Student's t quantile and the normal distribution function of the simulator's statistics (docs/simulator.md).</summary>
public class SampleStatisticsTests
{
    [Theory]
    [InlineData(1, 12.706204736)]
    [InlineData(4, 2.776445105)]
    [InlineData(30, 2.042272456)]
    [InlineData(31, 2.039513446)]
    [InlineData(60, 2.000297822)]
    [InlineData(120, 1.979930405)]
    [InlineData(1000, 1.962339081)]
    public void StudentT975_MatchesTheTables(int df, double expected)
        => Assert.Equal(expected, SampleStatistics.StudentT975(df), 5);

    [Fact]
    public void StudentT975_RejectsZeroDegreesOfFreedom()
        => Assert.Equal("degreesOfFreedom", Assert.Throws<ArgumentOutOfRangeException>(() => SampleStatistics.StudentT975(0)).ParamName);

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.959963984540054, 0.975)]
    [InlineData(-1.0, 0.15865525393145707)]
    [InlineData(3.0, 0.9986501019683699)]
    [InlineData(-40.0, 0.0)]
    [InlineData(40.0, 1.0)]
    public void NormalCdf_MatchesTheTables(double x, double expected) => Assert.Equal(expected, SampleStatistics.NormalCdf(x), 6);
}
