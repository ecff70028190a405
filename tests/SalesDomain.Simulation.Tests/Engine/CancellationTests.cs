using System.Diagnostics;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulation.Tests.Engine;

/// <summary>A long simulation stops soon after its token is cancelled, between replications.</summary>
public class CancellationTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public void Run_OfManyReplications_StopsSoonAfterTheTokenIsCancelled()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(
            () => MonteCarlo.Run(BuiltInScenarios.SplitClawback, new SimulationOptions { Runs = 100_000 }, cancellationToken: cancel.Token));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"stopped after {clock.Elapsed}");
    }

    [Fact]
    public void Compare_WithACancelledToken_RunsNothing()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(
            () => ScenarioComparison.Run([BuiltInScenarios.Split, BuiltInScenarios.SplitClawback], new SimulationOptions { Runs = 1_000 }, cancellationToken: cancel.Token));
    }
}
