using SalesDomain.Simulation;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;
using static SalesDomain.Simulation.Tests.SimulationFixtures;

namespace SalesDomain.Simulation.Tests.Engine;

/// <summary>Runs until a precision (<c>--runs auto</c>; docs/simulator.md): batches, the cap, determinism.</summary>
public class RunToPrecisionTests
{
    private static Scenario Tiny(Scenario s) => Small(s) with { Months = 3 };

    private static SimulationOptions Options(int workers) => new() { Seed = 5, Workers = workers };

    [Fact]
    public void RunToPrecision_LooseTarget_StopsAfterTheFirstBatch()
    {
        var target = new PrecisionTarget { RelativeHalfWidth = 10m, BatchRuns = 3, MaxRuns = 12 };
        var result = MonteCarlo.RunToPrecision(Tiny(BuiltInScenarios.Split), Options(1), target);
        Assert.Equal(3, result.Runs);
    }

    [Fact]
    public void RunToPrecision_UnreachableTarget_StopsAtTheCap()
    {
        var target = new PrecisionTarget { RelativeHalfWidth = 1e-12m, BatchRuns = 4, MaxRuns = 10 };
        var result = MonteCarlo.RunToPrecision(Tiny(BuiltInScenarios.Split), Options(1), target);
        Assert.Equal(10, result.Runs);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void RunToPrecision_IsDeterministic_AcrossWorkers_AndReplaysTheFixedRuns()
    {
        var target = new PrecisionTarget { RelativeHalfWidth = 0.002m, BatchRuns = 2, MaxRuns = 8 };
        var one = MonteCarlo.RunToPrecision(Tiny(BuiltInScenarios.SplitClawback), Options(1), target);
        var two = MonteCarlo.RunToPrecision(Tiny(BuiltInScenarios.SplitClawback), Options(2), target);
        var fixedRuns = MonteCarlo.Run(Tiny(BuiltInScenarios.SplitClawback), Options(2) with { Runs = one.Runs });
        Assert.Equal(one.Runs, two.Runs);
        for (var r = 0; r < one.Runs; r++)
        {
            Assert.Equal(one.Outcomes[r].Ledger, two.Outcomes[r].Ledger);
            Assert.Equal(one.Outcomes[r].Ledger, fixedRuns.Outcomes[r].Ledger);
        }

        var headline = Band.Of([.. one.Outcomes.Select(target.Headline)]);
        Assert.True(one.Runs == target.MaxRuns || target.IsMet(headline, headline.Mean));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Comparison_RunToPrecision_RunsTheSameReplicationsForEveryScenario_AndStops()
    {
        var target = new PrecisionTarget { RelativeHalfWidth = 0.05m, BatchRuns = 2, MaxRuns = 6 };
        Scenario[] scenarios = [Tiny(BuiltInScenarios.Split), Tiny(BuiltInScenarios.SplitClawback)];
        var one = ScenarioComparison.RunToPrecision(scenarios, Options(1), target);
        var two = ScenarioComparison.RunToPrecision(scenarios, Options(2), target);
        Assert.Equal(one.Results[0].Runs, one.Results[1].Runs);
        Assert.InRange(one.Results[0].Runs, 2, 6);
        Assert.Equal(one.Results[1].Runs, two.Results[1].Runs);
        Assert.Equal(one.TotalPaired(1, Metric.Profit), two.TotalPaired(1, Metric.Profit));
        var baseline = one.Results[0].Total(Metric.Profit);
        Assert.True(one.Results[0].Runs == 6 || target.IsMet(one.TotalDifference(1, Metric.Profit), baseline.Mean));
    }

    [Fact]
    public void Target_RejectsBadValues()
    {
        Assert.Equal("RelativeHalfWidth", Assert.Throws<ArgumentOutOfRangeException>(() => new PrecisionTarget { RelativeHalfWidth = 0m }).ParamName);
        Assert.Equal("BatchRuns", Assert.Throws<ArgumentOutOfRangeException>(() => new PrecisionTarget { BatchRuns = 1 }).ParamName);
        Assert.Equal("MaxRuns", Assert.Throws<ArgumentOutOfRangeException>(() => new PrecisionTarget { MaxRuns = 1 }).ParamName);
    }
}
