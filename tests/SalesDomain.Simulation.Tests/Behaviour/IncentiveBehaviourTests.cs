using SalesDomain.Model;
using SalesDomain.Simulation;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;
using static SalesDomain.Simulation.Tests.SimulationFixtures;

namespace SalesDomain.Simulation.Tests.Behaviour;

/// <summary>
/// A scheme's effects are derived by the choice model (docs/simulator.md, "Incentive-driven behaviour"): the upfront
/// rate raises hunting effort with diminishing returns, clawback and quartile grading move effort to clients who renew,
/// commission on assigned clients moves hours to farming.
/// </summary>
public class IncentiveBehaviourTests
{
    private static readonly SimulationOptions Options = new() { Runs = 4, Seed = 3 };

    private static Scenario Hunters(decimal rate, int clawbackMonths = 0) => Small(BuiltInScenarios.Split) with
    {
        Months = 6,
        Bonus = new BonusProgramSpec { UpfrontRatePerDollar = rate, ClawbackMonths = clawbackMonths, RenewalTolerance = 0m },
    };

    private static decimal Mean(Scenario s, Func<ReplicationLedger, decimal> figure)
        => MonteCarlo.Run(s, Options).Outcomes.Average(o => figure(o.Ledger));

    [Trait("Category", "Slow")]
    [Fact]
    public void UpfrontRate_RaisesHuntingHours_WithDiminishingReturns()
    {
        var hours = new[] { 0m, 0.25m, 1m, 4m }.Select(r => Mean(Hunters(r), l => l.HuntingHours)).ToArray();
        Assert.True(hours[1] > hours[0] && hours[2] > hours[1] && hours[3] >= hours[2], string.Join(" ", hours));
        // Per unit of rate, each step adds less.
        Assert.True((hours[1] - hours[0]) / 0.25m > (hours[2] - hours[1]) / 0.75m, string.Join(" ", hours));
        Assert.True((hours[2] - hours[1]) / 0.75m > (hours[3] - hours[2]) / 3m, string.Join(" ", hours));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void LongerClawback_RaisesScreening_AndLowersTheEarlyRefusalShare()
    {
        var screening = new[] { 0, 1, 2, 4, 6 }.Select(k => Mean(Hunters(2m, k), l => l.Selectivity)).ToArray();
        Assert.True(screening.Zip(screening.Skip(1)).All(p => p.Second >= p.First) && screening[^1] > screening[0], string.Join(" ", screening));
        var bigger = new SimulationOptions { Runs = 8, Seed = 3 };
        decimal Share(int months) => (decimal)MonteCarlo.Run(Hunters(2m, months) with { Months = 9 }, bigger).Outcomes
            .Sum(o => o.Ledger.EarlyRefusals) / MonteCarlo.Run(Hunters(2m, months) with { Months = 9 }, bigger).Outcomes.Sum(o => o.Ledger.AcquiredByHunters);
        Assert.True(Share(0) > Share(4), $"{Share(0)} {Share(4)}");
    }

    [Fact]
    public void QuartileGrading_RaisesScreening()
    {
        var flat = Hunters(2.5m, 4);
        var graded = flat with { Bonus = flat.Bonus with { QuartileRates = [4m, 3m, 2m, 1m] } };
        Assert.True(Mean(graded, l => l.Selectivity) > Mean(flat, l => l.Selectivity));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void CommissionOnAssignedClients_MovesGeneralistsToFarming()
    {
        // The full base (1,000 clients for 10 generalists) keeps the routine short of hours, so hours are a choice.
        var generalists = BuiltInScenarios.Generalists;
        var salary = generalists with { Months = 3, Population = generalists.Population with { MarketCapacity = 500 } };
        var commission = salary with { Bonus = new BonusProgramSpec { CommissionRate = 0.03m } };
        decimal FarmShare(Scenario s) => Mean(s, l => l.FarmingHours / (l.FarmingHours + l.HuntingHours + l.ReactivationHours));
        Assert.True(FarmShare(commission) > FarmShare(salary), $"{FarmShare(commission)} {FarmShare(salary)} {Mean(commission, l => l.HuntingHours)} {Mean(commission, l => l.FarmingHours)} {Mean(commission, l => l.ReactivationHours)} {Mean(salary, l => l.HuntingHours)} {Mean(salary, l => l.FarmingHours)} {Mean(salary, l => l.ReactivationHours)}");
        Assert.True(Mean(commission, l => l.NormContacts) > Mean(salary, l => l.NormContacts), $"{Mean(commission, l => l.NormContacts)} {Mean(salary, l => l.NormContacts)}");
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void ZeroElasticities_MakeTheSchemeChangeNoHours()
    {
        var indifferent = new BehaviourSpec { AllocationElasticity = 0, EffortElasticity = 0, MaxSelectivity = 0, MaxFrontLoad = 0, CandidatesPerDeal = 1 };
        var a = Hunters(0m) with { Behaviour = indifferent };
        var b = Hunters(4m) with { Behaviour = indifferent };
        Assert.Equal(Mean(a, l => l.HuntingHours), Mean(b, l => l.HuntingHours));
        Assert.Equal(Mean(a, l => l.AcquiredByHunters), Mean(b, l => l.AcquiredByHunters));
    }
}
