using SalesDomain.Model;
using SalesDomain.Simulation.Scenarios;
using SalesDomain.Testing;

namespace SalesDomain.Simulation.Tests.Scenarios;

/// <summary>Scenarios compare by content, lists and sources included, so a scenario read back from JSON equals the original.</summary>
[Properties(Arbitrary = new[] { typeof(ScenarioArbitraries) }, MaxTest = 100)]
public class ScenarioEqualityTests
{
    [Property]
    public bool AScenario_EqualsItsJsonCopy_WithTheSameHash(Scenario scenario)
    {
        var copy = ScenarioJson.Parse(ScenarioJson.Write(scenario));
        return !ReferenceEquals(scenario, copy) && scenario.Equals(copy) && copy.Equals(scenario) && scenario == copy
            && scenario.GetHashCode() == copy.GetHashCode();
    }

    [Property]
    public bool AScenario_WithOneGroupChanged_IsNotEqual(Scenario scenario)
    {
        var copy = ScenarioJson.Parse(ScenarioJson.Write(scenario));
        var first = copy.SalesForce[0];
        copy.SalesForce = [first with { Count = first.Count + 1 }, .. copy.SalesForce.Skip(1)];
        return scenario != copy;
    }

    [Fact]
    public void BuiltInScenarios_AreEqualEachTimeTheyAreBuilt()
    {
        foreach (var (a, b) in new[] { (BuiltInScenarios.Split, BuiltInScenarios.Split), (BuiltInScenarios.Saas, BuiltInScenarios.Saas), (BuiltInScenarios.Generalists, BuiltInScenarios.Generalists) })
        {
            Assert.Equal(a, b);
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
    }

    [Fact]
    public void ScenariosThatDifferInAnyList_AreNotEqual()
    {
        var split = BuiltInScenarios.Split;

        Assert.NotEqual(split, split with { SalesForce = [.. split.SalesForce.Reverse()] });
        Assert.NotEqual(split, split with { Bonus = split.Bonus with { QuartileRates = [4m, 3m, 2m, 1m] } });
        Assert.NotEqual(split, split with { Clients = split.Clients with { Seasonality = [.. Enumerable.Repeat(1.0, 11), 1.5] } });
        Assert.NotEqual(split, split with { Population = split.Population with { Channels = new CategorySpec { Names = ["web", "retail"], Weights = [1, 2] } } });
        Assert.NotEqual(split, split with { Sources = new Dictionary<string, string> { ["$.months"] = "assumption" } });
        Assert.Equal(
            split with { Sources = new Dictionary<string, string> { ["$.months"] = "assumption", ["$.name"] = "given" } },
            split with { Sources = new Dictionary<string, string> { ["$.name"] = "given", ["$.months"] = "assumption" } });
    }

    [Fact]
    public void Groups_CompareByValue()
        => Assert.Equal(new ManagerSpec { Role = ManagerRole.Hunter, Count = 2 }, new ManagerSpec { Role = ManagerRole.Hunter, Count = 2 });
}
