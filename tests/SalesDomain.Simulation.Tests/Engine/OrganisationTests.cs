using SalesDomain.Model;
using SalesDomain.Simulation;
using SalesDomain.Simulation.Engine;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;
using static SalesDomain.Simulation.Tests.SimulationFixtures;

namespace SalesDomain.Simulation.Tests.Engine;

/// <summary>
/// Hunters and farmers as seed 003 argues (docs/simulator.md, "Hunters and farmers"): a finite market with falling lead
/// quality, turnover with clients leaving with their manager, hiring delay and ramp-up, trainees, the win-back curve.
/// </summary>
public class OrganisationTests
{
    private static readonly SimulationOptions Options = new() { Runs = 4, Seed = 21 };

    private static List<ReplicationLedger> Ledgers(Scenario s) => [.. MonteCarlo.Run(s, Options).Outcomes.Select(o => o.Ledger)];

    private static Scenario Hunters(int count, double exponent) => Small(BuiltInScenarios.Split) with
    {
        Months = 12,
        Population = BuiltInScenarios.Split.Population with { MarketCapacity = 600, InitialActive = 150 },
        SalesForce = [new ManagerSpec { Name = "hunters", Role = ManagerRole.Hunter, Count = count }, new ManagerSpec { Name = "farmers", Role = ManagerRole.Farmer, Count = 2 }],
        Organisation = new OrganisationSpec { LeadQualityExponent = exponent, ManagerAttritionMonthly = 0 },
    };

    [Trait("Category", "Slow")]
    [Fact]
    public void FiniteMarket_GivesEachFurtherHunterFewerClients()
    {
        var won = new[] { 2, 4, 8 }.Select(n => Ledgers(Hunters(n, 1)).Average(l => (double)l.AcquiredByHunters)).ToArray();
        Assert.True(won[1] > won[0] && won[2] > won[1], string.Join(" ", won));
        Assert.True((won[2] - won[1]) / 4 < (won[1] - won[0]) / 2, string.Join(" ", won));
        // Without depletion the returns per hunter hold up better.
        var flat = new[] { 4, 8 }.Select(n => Ledgers(Hunters(n, 0)).Average(l => (double)l.AcquiredByHunters)).ToArray();
        Assert.True(flat[1] - flat[0] > won[2] - won[1], $"{string.Join(" ", flat)} vs {string.Join(" ", won)}");
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void LeavingManagers_TakeStickyClients_AndTheSplitRisksFewer()
    {
        var turnover = new OrganisationSpec { ManagerAttritionMonthly = 0.2, StickyClientsLeaving = 1, OtherClientsLeaving = 0 };
        var keepers = Small(BuiltInScenarios.Split) with { Months = 12, Organisation = turnover, Farming = new FarmingSpec { HandOverAfterWeeks = -1 } };
        var split = keepers with { Farming = new FarmingSpec() };
        var kept = Ledgers(keepers);
        Assert.All(kept, l => Assert.True(l.ManagersLeft > 0));
        Assert.True(kept.Sum(l => l.LostWithManager) > Ledgers(split).Sum(l => l.LostWithManager));
        Assert.All(MonteCarlo.Run(keepers, Options).Outcomes, o => Assert.Equal(o.Ledger.ManagersLeft * 3_000m, Sum(o, Metric.HiringCost)));
    }

    [Fact]
    public void NoAttrition_LosesNoClientWithAManager()
        => Assert.All(Ledgers(Hunters(4, 1)), l => Assert.Equal(0, l.LostWithManager + l.ManagersLeft));

    [Trait("Category", "Slow")]
    [Fact]
    public void Trainees_BookMeetings_ThatWinMoreClients_AtTheirCost()
    {
        var without = Hunters(2, 1);
        var with = without with { Organisation = without.Organisation with { Trainees = 2 } };
        Assert.True(Ledgers(with).Sum(l => l.AcquiredByHunters) > Ledgers(without).Sum(l => l.AcquiredByHunters));
        Assert.All(MonteCarlo.Run(with, Options).Outcomes, o => Assert.Equal(2 * 1_200m * 12, Sum(o, Metric.TraineeCost)));
    }

    [Theory]
    [InlineData(0, 6, 1.0)]
    [InlineData(6, 6, 0.5)]
    [InlineData(12, 6, 0.25)]
    [InlineData(12, 0, 1.0)]
    public void WinBackCurve_HalvesEveryHalfLife(double months, double halfLife, double expected)
        => Assert.Equal(expected, Replication.WinBackCurve(months, halfLife), 9);

    [Fact]
    public void NewHires_RampUpLinearly()
    {
        var table = new ManagerTable([new ManagerSpec { Count = 1 }]);
        table.HiredWeek[0] = 10;
        Assert.Equal(0, table.Ramp(0, 10, 12));
        Assert.Equal(0.5, table.Ramp(0, 16, 12), 9);
        Assert.Equal(1, table.Ramp(0, 40, 12));
        Assert.Equal(1, table.Ramp(0, 10, 0));
    }
}
