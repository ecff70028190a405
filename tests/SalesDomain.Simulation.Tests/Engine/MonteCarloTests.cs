using SalesDomain.Simulation;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;
using static SalesDomain.Simulation.Tests.SimulationFixtures;

namespace SalesDomain.Simulation.Tests.Engine;

/// <summary>Determinism and conservation of the Monte Carlo runner (docs/simulator.md; DOMAIN.md §3–§8).</summary>
public class MonteCarloTests
{
    private static void AssertIdentical(SimulationResult a, SimulationResult b)
    {
        Assert.Equal(a.Runs, b.Runs);
        for (var r = 0; r < a.Runs; r++)
        {
            Assert.Equal(a.Outcomes[r].Ledger, b.Outcomes[r].Ledger);
            foreach (var metric in Enum.GetValues<Metric>())
            {
                Assert.True(a.Outcomes[r].SeriesOf(metric).SequenceEqual(b.Outcomes[r].SeriesOf(metric)), $"{metric} differs in replication {r}");
            }
        }

        foreach (var metric in Enum.GetValues<Metric>())
        {
            Assert.Equal(a.Final(metric), b.Final(metric));
        }
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Run_SameSeed_GivesTheSameResult()
        => AssertIdentical(Run(Small(BuiltInScenarios.SplitClawback)), Run(Small(BuiltInScenarios.SplitClawback)));

    [Trait("Category", "Slow")]
    [Fact]
    public void Run_OneOrFourWorkers_GivesBitForBitTheSameResult()
        => AssertIdentical(Run(Small(BuiltInScenarios.Split), runs: 8, workers: 1), Run(Small(BuiltInScenarios.Split), runs: 8, workers: 4));

    [Trait("Category", "Slow")]
    [Fact]
    public void Run_OtherSeed_GivesAnotherResult()
    {
        var a = Run(Small(BuiltInScenarios.Generalists), seed: 1);
        var b = Run(Small(BuiltInScenarios.Generalists), seed: 2);
        Assert.NotEqual(a.Final(Metric.Revenue), b.Final(Metric.Revenue));
    }

    [Fact]
    public void Replications_DrawIndependentStreams()
    {
        var result = Run(Small(BuiltInScenarios.Split), runs: 3);
        Assert.NotEqual(result.Outcomes[0].Ledger.PurchaseTotal, result.Outcomes[1].Ledger.PurchaseTotal);
        Assert.Equal(result.Outcomes[1].Ledger, Run(Small(BuiltInScenarios.Split), runs: 2).Outcomes[1].Ledger);
    }

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData("generalists")]
    [InlineData("split")]
    [InlineData("split-clawback")]
    [InlineData("saas")]
    public void BuiltIns_KeepTheBooksBalanced(string name)
    {
        var result = Run(Small(BuiltInScenarios.Named(name)));
        foreach (var outcome in result.Outcomes)
        {
            Assert.Empty(Violations(outcome));
            Assert.True(outcome.Ledger.Purchases > 0);
        }
    }

    [Fact]
    public void Split_HuntersWin_FarmersKeepNorms()
    {
        var ledger = Run(Small(BuiltInScenarios.Split)).Outcomes[0].Ledger;
        Assert.True(ledger.AcquiredByHunters > 0);
        Assert.Equal(0, ledger.AcquiredByGeneralists);
        Assert.True(ledger.NormContacts > 0);
    }

    [Fact]
    public void Run_RecomputesSegmentationMonthly()
    {
        var outcome = Run(Small(BuiltInScenarios.Split)).Outcomes[0];
        var a = outcome.SeriesOf(Metric.AClients);
        var active = outcome.SeriesOf(Metric.ActiveClients);
        for (var m = 0; m < a.Length; m++)
        {
            Assert.InRange(a[m], 1m, active[m]);
        }
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Comparison_PairsReplications_OnCommonRandomNumbers()
    {
        var split = Small(BuiltInScenarios.Split);
        var comparison = ScenarioComparison.Run([split, split with { Name = "same" }], new SimulationOptions { Runs = 4, Seed = 3 });
        var same = comparison.TotalPaired(1, Metric.Revenue);
        Assert.Equal((0m, 0m, 0m, 0m), (same.Band.Mean, same.Band.P05, same.Band.P95, same.Band.StandardError!.Value));
        Assert.Equal((0.0, 0.0), (same.PPositive, same.ShareOfRunsPositive));
        Assert.Throws<ArgumentException>(() => ScenarioComparison.Run([split]));
    }

    [Fact]
    public void Comparison_ChangeOfChurn_DoesNotShiftTheHuntersDraws()
    {
        // Acquisition draws from its own stream: hunters' hours do not depend on the base, so a higher churn leaves
        // every replication's monthly acquisitions unchanged (common random numbers per process).
        var split = Small(BuiltInScenarios.Split);
        var churny = split with { Name = "churny", Clients = split.Clients with { BaseMonthlyChurn = 0.05 } };
        var comparison = ScenarioComparison.Run([split, churny], new SimulationOptions { Runs = 3, Seed = 3 });
        for (var r = 0; r < 3; r++)
        {
            Assert.True(comparison.Results[0].Outcomes[r].SeriesOf(Metric.Acquired).SequenceEqual(comparison.Results[1].Outcomes[r].SeriesOf(Metric.Acquired)));
            Assert.NotEqual(comparison.Results[0].Outcomes[r].Ledger.ChurnedByHazard, comparison.Results[1].Outcomes[r].Ledger.ChurnedByHazard);
        }
    }

    [Fact]
    public void Options_RejectBadValues()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimulationOptions { Runs = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimulationOptions { Months = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimulationOptions { Workers = -2 });
    }
}
