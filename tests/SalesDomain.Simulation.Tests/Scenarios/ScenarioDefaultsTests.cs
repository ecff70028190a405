using SalesDomain.Model;
using SalesDomain.Simulation.Engine;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulation.Tests.Scenarios;

/// <summary>Defaults taken from the seeds through the library (DOMAIN.md §3, §4, §7; docs/simulator.md).</summary>
public class ScenarioDefaultsTests
{
    [Fact]
    public void Skill_DefaultsToTheActiveFunnelsNormRatios()
    {
        var skill = new FunnelSkillSpec();
        Assert.Equal(12.0 / 50, skill.CallToMeeting);
        Assert.Equal(0.5, skill.MeetingToProductive);
    }

    [Theory]
    [InlineData(ManagerRole.Hunter, 12)]
    [InlineData(ManagerRole.Farmer, 8)]
    [InlineData(ManagerRole.Generalist, 10)]
    [InlineData(ManagerRole.Assistant, 0)]
    public void MeetingNorm_DefaultsToTheTimePlans(ManagerRole role, int meetings)
        => Assert.Equal(meetings, ManagerTable.DefaultMeetings(role));

    [Fact]
    public void Norms_And_Lift_ComeFromTheSeeds()
    {
        var farming = new FarmingSpec();
        Assert.Equal((4, 2, 1), (farming.NormA, farming.NormB, farming.NormC));
        Assert.Equal(0.27, new ClientBehaviourSpec().UpsellLift);
        Assert.Equal((0.10, 0.40), (new ManagerSpec().EarlyRefusalShareMin, new ManagerSpec().EarlyRefusalShareMax));
        Assert.Equal(0.5, Math.Pow(1 - new ClientBehaviourSpec().BaseMonthlyChurn, 60), 2);
    }

    [Fact]
    public void Plan_TakesNormsByCellFromContactNorms()
    {
        var plan = new SimulationPlan(BuiltInScenarios.Split, 3);
        Assert.Equal([4, 4, 4, 2, 2, 2, 1, 1, 1], plan.NormByCell);
        Assert.Equal(13, plan.Weeks); // 4-4-5 calendar
    }
}
