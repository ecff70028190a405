using System.Text.Json;
using SalesDomain.Model;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulation.Tests.Scenarios;

/// <summary>Scenario files: validation errors name the JSON path of the bad field (docs/simulator.md).</summary>
public class ScenarioValidatorTests
{
    private static readonly ManagerSpec Hunter = new() { Role = ManagerRole.Hunter };

    [Fact]
    public void Errors_NameThePathOfTheBadField()
    {
        var scenario = BuiltInScenarios.Split with { SalesForce = [Hunter, Hunter, Hunter with { CapacityHours = -5 }] };
        Assert.Equal(["$.salesForce[2].capacityHours must be > 0, was -5"], ScenarioValidator.Errors(scenario));
    }

    [Fact]
    public void Errors_ListEveryBadField()
    {
        var scenario = BuiltInScenarios.Split with
        {
            Months = 0,
            Population = new PopulationSpec { MarketCapacity = -1, MinPurchaseIntervalWeeks = 4, MaxPurchaseIntervalWeeks = 2 },
            Bonus = new BonusProgramSpec { QuartileRates = [1m, 2m] },
            Clients = new ClientBehaviourSpec { BaseMonthlyChurn = 1.5 },
        };
        var errors = ScenarioValidator.Errors(scenario);
        Assert.Contains("$.months must be > 0, was 0", errors);
        Assert.Contains("$.population.marketCapacity must be >= 0, was -1", errors);
        Assert.Contains("$.population.maxPurchaseIntervalWeeks must be >= minPurchaseIntervalWeeks (4), was 2", errors);
        Assert.Contains("$.bonus.quartileRates must list 4 rates (quartiles 1 to 4) or none, had 2", errors);
        Assert.Contains("$.clients.baseMonthlyChurn must be within [0, 1], was 1.5", errors);
    }

    [Fact]
    public void Errors_RejectRolesTheSimulatorDoesNotModel()
        => Assert.Equal(
            ["$.salesForce[0].role must be Hunter, Farmer, Generalist or Assistant, was Head"],
            ScenarioValidator.Errors(BuiltInScenarios.Split with { SalesForce = [Hunter with { Role = ManagerRole.Head }] }));

    [Fact]
    public void Errors_RejectAnEmptySalesForce()
        => Assert.Equal(["$.salesForce must list at least one group of managers, had 0"], ScenarioValidator.Errors(BuiltInScenarios.Split with { SalesForce = [] }));

    [Fact]
    public void Parse_ReportsPathsOfBadFields()
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioJson.Parse(
            """{ "name": "x", "salesForce": [ { "role": "Hunter" }, { "role": "Farmer", "capacityHours": -5 } ] }"""));
        Assert.Equal(["$.salesForce[1].capacityHours must be > 0, was -5"], e.Errors);
    }

    [Fact]
    public void Parse_RejectsAFieldGivenTwice_NotTheLastOneWins()
    {
        var e = Assert.Throws<JsonException>(() => ScenarioJson.Parse(
            """{ "name": "x", "salesForce": [ { "role": "Hunter", "count": 2, "count": 200 } ] }"""));
        Assert.Contains("count", e.Message);
        Assert.Contains("duplicate", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parse_RejectsUnknownFields_WithTheirPath()
    {
        var e = Assert.Throws<JsonException>(() => ScenarioJson.Parse("""{ "salesForce": [ { "role": "Hunter", "capacityHour": 40 } ] }"""));
        Assert.Contains("capacityHour", e.Message);
        Assert.Contains("$.salesForce[0]", e.Message);
    }

    [Fact]
    public void Parse_RejectsUnknownRoleNames()
        => Assert.Throws<JsonException>(() => ScenarioJson.Parse("""{ "salesForce": [ { "role": "Wizard" } ] }"""));

    [Theory]
    [InlineData("generalists")]
    [InlineData("split")]
    [InlineData("split-clawback")]
    [InlineData("saas")]
    public void BuiltIns_AreValid_AndSurviveTheRoundTrip(string name)
    {
        var scenario = BuiltInScenarios.Named(name);
        Assert.Empty(ScenarioValidator.Errors(scenario));
        Assert.Equal(ScenarioJson.Write(scenario), ScenarioJson.Write(ScenarioJson.Parse(ScenarioJson.Write(scenario))));
    }

    [Fact]
    public void Named_UnknownName_ListsTheBuiltIns()
        => Assert.Contains("generalists, saas, split, split-clawback", Assert.Throws<ArgumentException>(() => BuiltInScenarios.Named("nope")).Message);

    [Fact]
    public void Parameter_SetsAFieldByPath()
    {
        var s = ScenarioParameter.With(BuiltInScenarios.Split, "$.salesForce[0].count", 6);
        Assert.Equal(6, s.SalesForce[0].Count);
        Assert.Equal(2.5m, ScenarioParameter.With(s, "bonus.upfrontRatePerDollar", 2.5m).Bonus.UpfrontRatePerDollar);
    }

    [Fact]
    public void Parameter_BadPathOrValue_Throws()
    {
        Assert.Throws<ArgumentException>(() => ScenarioParameter.With(BuiltInScenarios.Split, "$.salesForce[9].count", 1));
        Assert.Throws<ArgumentException>(() => ScenarioParameter.With(BuiltInScenarios.Split, "$.name", 1));
        Assert.Throws<ArgumentException>(() => ScenarioParameter.With(BuiltInScenarios.Split, "$..x", 1));
        var e = Assert.Throws<ScenarioException>(() => ScenarioParameter.With(BuiltInScenarios.Split, "$.salesForce[1].capacityHours", -5));
        Assert.Equal(["$.salesForce[1].capacityHours must be > 0, was -5"], e.Errors);
    }
}
