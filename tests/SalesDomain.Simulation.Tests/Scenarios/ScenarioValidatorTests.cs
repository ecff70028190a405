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
    public void Errors_RejectNegativeOrNaNHeadTimeAndSizeElasticity_NamingThePath()
    {
        var scenario = BuiltInScenarios.Split with
        {
            Organisation = new OrganisationSpec { HeadHoursPerWeek = -1, HeadHoursPerClosing = double.NaN, HeadClosingLift = -0.5, HeadCost = -10m },
            Behaviour = new BehaviourSpec { ProspectSizeElasticity = double.NaN },
        };
        Assert.Equal(
            [
                "$.behaviour.prospectSizeElasticity must be within [0, 10], was NaN",
                "$.organisation.headHoursPerWeek must be within [0, 168], was -1",
                "$.organisation.headHoursPerClosing must be within [0.01, 40], was NaN",
                "$.organisation.headClosingLift must be within [0, 10], was -0.5",
                "$.organisation.headCost must be >= 0, was -10",
            ],
            ScenarioValidator.Errors(scenario));
        var nan = BuiltInScenarios.Split with
        {
            Organisation = new OrganisationSpec { HeadHoursPerWeek = double.NaN, HeadClosingLift = double.NaN },
            Behaviour = new BehaviourSpec { ProspectSizeElasticity = -0.5 },
        };
        Assert.Equal(
            [
                "$.behaviour.prospectSizeElasticity must be within [0, 10], was -0.5",
                "$.organisation.headHoursPerWeek must be within [0, 168], was NaN",
                "$.organisation.headClosingLift must be within [0, 10], was NaN",
            ],
            ScenarioValidator.Errors(nan));
    }

    [Fact]
    public void HeadTimeAndSizeElasticity_ReadAndWriteAsCamelCaseJson()
    {
        var scenario = ScenarioJson.Parse(
            """
            { "name": "x", "salesForce": [ { "role": "Hunter" } ],
              "organisation": { "headHoursPerWeek": 8, "headHoursPerClosing": 2, "headClosingLift": 1.25, "headCost": 4500 },
              "behaviour": { "prospectSizeElasticity": 0.5 } }
            """);
        Assert.Equal((8, 2, 1.25, 4_500m), (scenario.Organisation.HeadHoursPerWeek, scenario.Organisation.HeadHoursPerClosing, scenario.Organisation.HeadClosingLift, scenario.Organisation.HeadCost));
        Assert.Equal(0.5, scenario.Behaviour.ProspectSizeElasticity);
        var json = ScenarioJson.Write(scenario);
        Assert.Contains("\"headHoursPerWeek\": 8", json, StringComparison.Ordinal);
        Assert.Contains("\"prospectSizeElasticity\": 0.5", json, StringComparison.Ordinal);
        Assert.Equal(scenario.Organisation, ScenarioJson.Parse(json).Organisation);
        Assert.Equal(scenario.Behaviour, ScenarioJson.Parse(json).Behaviour);
        var e = Assert.Throws<System.Text.Json.JsonException>(() => ScenarioJson.Parse(
            """{ "name": "x", "salesForce": [ { "role": "Hunter" } ], "organisation": { "headHoursPerWeek": 8, "headHoursPerWeek": 0 } }"""));
        Assert.Contains("headHoursPerWeek", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_LeaveTheHeadOutAndTheConversionIndependentOfSize()
    {
        var o = new OrganisationSpec();
        Assert.Equal((0.0, 1.5, 1.3, 0m), (o.HeadHoursPerWeek, o.HeadHoursPerClosing, o.HeadClosingLift, o.HeadCost));
        Assert.Equal(0.0, new BehaviourSpec().ProspectSizeElasticity);
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
