using SalesDomain.Simulator.Commands;

namespace SalesDomain.Simulator.Tests.Commands;

/// <summary>The words on the simulator's charts.</summary>
public class SimulationFilesTests
{
    [Theory]
    [InlineData("$.salesForce[0].count", "sales force #1 › count")]
    [InlineData("$.bonus.upfrontRatePerDollar", "bonus › upfront rate per dollar")]
    [InlineData("$.months", "months")]
    public void AxisName_TurnsAParameterPathIntoWords(string path, string name)
        => Assert.Equal(name, SimulationFiles.AxisName(path));
}
