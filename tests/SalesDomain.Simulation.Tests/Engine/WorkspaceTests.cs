using SalesDomain.Simulation.Engine;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;
using static SalesDomain.Simulation.Tests.SimulationFixtures;

namespace SalesDomain.Simulation.Tests.Engine;

/// <summary>A worker's reused workspace gives the result of a fresh one (the parallel runner hands it on).</summary>
public class WorkspaceTests
{
    [Theory]
    [InlineData("split-clawback")]
    [InlineData("saas")]
    public void Run_InAWorkspaceUsedBefore_GivesTheFreshResult(string name)
    {
        var plan = new SimulationPlan(Small(BuiltInScenarios.Named(name)), 12);
        var fresh = Replication.Run(plan, seed: 7, replication: 3);
        var workspace = Workspace.For(plan);
        Replication.Run(plan, seed: 7, replication: 0, workspace);
        Replication.Run(plan, seed: 99, replication: 5, workspace);
        var reused = Replication.Run(plan, seed: 7, replication: 3, workspace);

        Assert.Equal(fresh.Ledger, reused.Ledger);
        foreach (var metric in Enum.GetValues<Metric>())
        {
            Assert.True(fresh.SeriesOf(metric).SequenceEqual(reused.SeriesOf(metric)), $"{metric} differs");
        }
    }

    [Fact]
    public void Run_InAWorkspaceOfAnotherSize_IsRefused()
    {
        var small = new SimulationPlan(Small(BuiltInScenarios.Split), 12);
        var other = new SimulationPlan(BuiltInScenarios.Split, 12);
        Assert.Throws<InvalidOperationException>(() => Replication.Run(other, seed: 1, replication: 0, Workspace.For(small)));
    }
}
