using SalesDomain.Simulation.Calibration;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;
using static SalesDomain.Simulation.Tests.SimulationFixtures;

namespace SalesDomain.Simulation.Tests.Engine;

/// <summary>Client profiles: sampled in proportion to P(alive), drawn by the engine, validated.</summary>
public class ClientProfileTests
{
    [Fact]
    public void Profiles_AreSampledInProportionToTheWeight()
    {
        // 3,000 clients: "a…" weight 3 (interval 1), "b…" weight 1 (interval 50): three quarters of 1,000 profiles are a's.
        var clients = Enumerable.Range(0, 1_500).Select(i => ($"a{i:D4}", 3.0, 100.0, 1.0))
            .Concat(Enumerable.Range(0, 1_500).Select(i => ($"b{i:D4}", 1.0, 10.0, 50.0))).ToList();
        var profiles = ScenarioCalibrator.Profiles(clients);
        Assert.Equal(1_000, profiles.Length);
        Assert.Equal(750, profiles.Count(p => p.IntervalWeeks == 1.0));
        Assert.All(profiles, p => Assert.Equal(p.IntervalWeeks == 1.0 ? 100.0 : 10.0, p.MonthlySpend));
    }

    [Fact]
    public void Engine_DrawsSpendAndIntervalFromTheProfiles()
    {
        var plain = Small(BuiltInScenarios.Generalists);
        var profiled = plain with
        {
            Population = plain.Population with
            {
                ChannelPotentialFactors = [],
                Profiles = [new ClientProfile { MonthlySpend = 500, IntervalWeeks = 1 }],
            },
        };
        var result = MonteCarlo.Run(profiled, new SimulationOptions { Seed = 2, Runs = 2 });
        Assert.All(result.Outcomes, o => Assert.Empty(Violations(o)));
        Assert.True(result.Final(Metric.Revenue).Mean > 0m);
    }

    [Theory]
    [InlineData(0.0, 1.0, "$.population.profiles[0].monthlySpend must be > 0, was 0")]
    [InlineData(10.0, 6000.0, "$.population.profiles[0].intervalWeeks must be <= 5200, was 6000")]
    public void Validator_NamesABadProfile(double spend, double interval, string error)
    {
        var scenario = BuiltInScenarios.Split with
        {
            Population = BuiltInScenarios.Split.Population with { Profiles = [new ClientProfile { MonthlySpend = spend, IntervalWeeks = interval }] },
        };
        Assert.Contains(error, ScenarioValidator.Errors(scenario));
    }
}
