using SalesDomain.Motivation;
using SalesDomain.Simulation;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulation.Tests.Scenarios;

/// <summary>The simulator's input bounds (docs/simulator.md, "Bounds"): every value that passes runs without overflow.</summary>
public class SimulationBoundsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(Scenario.MaxMonths + 1)]
    [InlineData(int.MaxValue)]
    public void Options_MonthsOutside1To1200_AreRejected(int months)
        => Assert.Equal("Months", Assert.Throws<ArgumentOutOfRangeException>(() => new SimulationOptions { Months = months }).ParamName);

    [Theory]
    [InlineData(0)]
    [InlineData(SimulationOptions.MaxRuns + 1)]
    public void Options_RunsOutsideTheBound_AreRejected(int runs)
        => Assert.Equal("Runs", Assert.Throws<ArgumentOutOfRangeException>(() => new SimulationOptions { Runs = runs }).ParamName);

    [Fact]
    public void Validator_ReportsEveryMoneyBound_AtOnce()
    {
        var scenario = BuiltInScenarios.Named(BuiltInScenarios.DefaultName);
        scenario.Months = 1201;
        scenario.Population.MedianMonthlyPotential = 1e10m;
        scenario.SalesForce[0].MonthlySalary = 1e20m;
        scenario.Bonus.ActivationBonus = 1e28m;
        var errors = ScenarioValidator.Errors(scenario);
        Assert.Contains(errors, e => e.StartsWith("$.months must be <= 1200", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.population.medianMonthlyPotential must be <= 1000000000", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.salesForce[0].monthlySalary must be <= 1000000000", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.bonus.activationBonus must be <= 1000000000", StringComparison.Ordinal));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void ExtremeButValidScenario_RunsWithoutOverflow()
    {
        var scenario = BuiltInScenarios.Named(BuiltInScenarios.DefaultName);
        scenario.Population.MedianMonthlyPotential = Scenario.MaxMoney;
        scenario.Population.PotentialLogSigma = 4;
        scenario.Population.MonthlyGrowthMean = 0.2;
        scenario.Population.MarketCapacity = 300;
        scenario.Population.InitialActive = 100;
        foreach (var group in scenario.SalesForce)
        {
            group.MonthlySalary = Scenario.MaxMoney;
        }

        scenario.Bonus.ActivationBonus = Scenario.MaxMoney;
        scenario.Bonus.UpfrontRatePerDollar = 100m;
        var result = MonteCarlo.Run(scenario, new SimulationOptions { Runs = 2, Months = 240, Seed = 3 });
        Assert.Equal(240, result.Months);
    }

    [Fact]
    public void Memory_GrowsWithRunsMonthsAndClients_AndRefusesWhatDoesNotFit()
    {
        var scenario = BuiltInScenarios.Named(BuiltInScenarios.DefaultName);
        var small = SimulationMemory.Estimate([scenario], new SimulationOptions { Runs = 10, Months = 12, Workers = 1 });
        var moreRuns = SimulationMemory.Estimate([scenario], new SimulationOptions { Runs = 1000, Months = 12, Workers = 1 });
        var moreMonths = SimulationMemory.Estimate([scenario], new SimulationOptions { Runs = 10, Months = 1200, Workers = 1 });
        scenario.Population.MarketCapacity = 40_000_000;
        var moreClients = SimulationMemory.Estimate([scenario], new SimulationOptions { Runs = 10, Months = 12, Workers = 1 });
        Assert.True(small < moreRuns && small < moreMonths && small < moreClients);
        Assert.True(moreClients > 40_000_000L * SimulationMemory.BytesPerClient);
        Assert.Null(SimulationMemory.Refusal(small, 1L << 30));
        Assert.Equal(
            "the simulation needs about 2.0 GiB of memory, 1.0 GiB is available; lower --runs, --months or the population",
            SimulationMemory.Refusal(2L << 30, 1L << 30));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void SchemeJson_RangeError_NamesTheSchemeAndItsPath()
    {
        var e = Assert.Throws<System.Text.Json.JsonException>(() => SchemeJson.Parse(
            """{"schemes": [{"type": "commission", "name": "base", "rate": 0.05}, {"type": "upfront-bonus", "name": "hunters", "ratePerDollar": 5000}]}"""));
        Assert.Contains("scheme 'hunters' ($.schemes[1]): RatePerDollar must be within 0..1000, was 5000", e.Message, StringComparison.Ordinal);

        var single = Assert.Throws<System.Text.Json.JsonException>(() => SchemeJson.Parse("""{"type": "commission", "name": "solo", "rate": 2}"""));
        Assert.Contains("scheme 'solo' ($)", single.Message, StringComparison.Ordinal);
    }
}
