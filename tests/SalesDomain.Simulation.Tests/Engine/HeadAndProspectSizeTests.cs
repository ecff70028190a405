using SalesDomain.Simulation;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;
using static SalesDomain.Simulation.Tests.SimulationFixtures;

namespace SalesDomain.Simulation.Tests.Engine;

/// <summary>
/// The head's time in block 3 (DOMAIN.md §7: the head joins the closings) and the prospect's size in the win probability
/// (docs/simulator.md, "Hunters and farmers" and "Gaming"): both off by default with results unchanged, the head's
/// deals rise with its hours and saturate, a lift of 1 changes nothing, large prospects are harder to win.
/// </summary>
public class HeadAndProspectSizeTests
{
    private static readonly SimulationOptions Options = new() { Runs = 6, Seed = 5 };

    private const string Split = """
        { "name": "split", "months": 6,
          "population": { "marketCapacity": 600, "initialActive": 150 },
          "salesForce": [ { "name": "hunters", "role": "Hunter", "count": 4, "monthlySalary": 3000 },
                          { "name": "farmers", "role": "Farmer", "count": 6, "monthlySalary": 3800 } ]
        """;

    private static Scenario Parse(string extra = "") => ScenarioJson.Parse(Split + extra + "}");

    private static SimulationResult RunOf(Scenario s) => MonteCarlo.Run(s, Options);

    private static Scenario WithHead(Scenario s, double hours, double lift = 1.3, decimal cost = 0m)
        => s with { Organisation = s.Organisation with { HeadHoursPerWeek = hours, HeadClosingLift = lift, HeadCost = cost } };

    private static Scenario WithElasticity(Scenario s, double elasticity)
        => s with { Behaviour = s.Behaviour with { ProspectSizeElasticity = elasticity } };

    private static double MeanAcquired(SimulationResult r) => r.Outcomes.Average(o => (double)(o.Ledger.AcquiredByHunters + o.Ledger.AcquiredByGeneralists));

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
    }

    [Fact]
    public void HeadHoursZero_OrAbsent_GiveTheSameOutcome_WhateverTheOtherHeadFields()
    {
        var absent = RunOf(Parse());
        var zero = RunOf(Parse(""", "organisation": { "headHoursPerWeek": 0, "headHoursPerClosing": 0.5, "headClosingLift": 3, "headCost": 9000 }"""));
        AssertIdentical(absent, zero);
        Assert.All(zero.Outcomes, o => Assert.Equal(0, o.Ledger.HeadClosings + o.Ledger.HeadDeals + o.Ledger.HeadExtraDeals));
    }

    [Fact]
    public void ElasticityZero_OrAbsent_GiveTheSameOutcome()
        => AssertIdentical(RunOf(Parse()), RunOf(Parse(""", "behaviour": { "prospectSizeElasticity": 0 }""")));

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    public void LiftOne_SpendsTheHeadsHours_WithoutChangingADeal(double elasticity)
    {
        var without = RunOf(WithElasticity(Parse(), elasticity));
        var with = RunOf(WithHead(WithElasticity(Parse(), elasticity), hours: 12, lift: 1));
        for (var r = 0; r < with.Runs; r++)
        {
            var l = with.Outcomes[r].Ledger;
            Assert.True(l.HeadClosings > 0, $"replication {r}: the head joined no closing");
            Assert.Equal(0, l.HeadExtraDeals);
            Assert.Equal(without.Outcomes[r].Ledger, l with { HeadClosings = 0, HeadDeals = 0 });
        }
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void MoreHeadHours_WinMoreDeals_AndSaturate()
    {
        var hours = new[] { 0.0, 4, 16, 48, 120, 168 };
        var results = hours.Select(h => RunOf(WithHead(Parse(), h, lift: 1.5))).ToArray();
        var won = results.Select(MeanAcquired).ToArray();
        var joined = results.Select(r => r.Outcomes.Average(o => (double)o.Ledger.HeadClosings)).ToArray();
        var extra = results.Select(r => r.Outcomes.Average(o => (double)o.Ledger.HeadExtraDeals)).ToArray();
        var report = $"won {string.Join(" ", won)}; joined {string.Join(" ", joined)}; extra {string.Join(" ", extra)}";
        for (var k = 1; k < hours.Length; k++)
        {
            Assert.True(joined[k] >= joined[k - 1], report);
            Assert.True(extra[k] >= extra[k - 1] - 1, report);
            Assert.True(won[k] >= won[k - 1] - 1, report);
        }

        Assert.True(won[3] > won[0], report);
        Assert.Equal(0, extra[0]);

        // Once the head's closings exceed every acquirer's productive meetings, more hours change nothing.
        AssertIdentical(results[^2], results[^1]);
    }

    [Fact]
    public void HeadCost_IsPaidWithTheSalaries_AndBookedToHunting()
    {
        var free = RunOf(WithHead(Parse(), 8));
        var paid = RunOf(WithHead(Parse(), 8, cost: 2_000m));
        for (var r = 0; r < paid.Runs; r++)
        {
            var a = free.Outcomes[r];
            var b = paid.Outcomes[r];
            Assert.Equal(Sum(a, Metric.SalaryCost) + (6 * 2_000m), Sum(b, Metric.SalaryCost));
            Assert.Equal(Sum(a, Metric.Profit) - (6 * 2_000m), Sum(b, Metric.Profit));
            Assert.Equal(a.Ledger.HuntingCost + (6 * 2_000m), b.Ledger.HuntingCost);
            Assert.Equal(BusinessFigures.Of(a, 0.3m).CostOfSales + (6 * 2_000m), BusinessFigures.Of(b, 0.3m).CostOfSales);
        }
    }

    [Fact]
    public void HeadDeals_AreAmongTheClosingsItJoined_AndTheBooksBalance()
    {
        var result = RunOf(WithHead(WithElasticity(Parse(), 0.5), 6, lift: 2));
        Assert.All(result.Outcomes, o =>
        {
            var l = o.Ledger;
            Assert.InRange(l.HeadDeals, 0, l.HeadClosings);
            Assert.InRange(l.HeadExtraDeals, 0, l.HeadDeals);
            Assert.True(l.HeadClosings <= 4 * 26, $"{l.HeadClosings} closings joined with 4 a week");
            Assert.Empty(Violations(o));
        });
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void LargeProspects_AreHarderToWin_SoBigGameHuntingCostsDeals()
    {
        var salary = Parse() with { Months = 12 };
        var perSpend = salary with { Bonus = new BonusProgramSpec { UpfrontRatePerDollar = 2m, ClawbackMonths = 4, RenewalTolerance = 0m } };
        foreach (var scenario in new[] { salary, perSpend })
        {
            var flat = RunOf(scenario);
            var steep = RunOf(WithElasticity(scenario, 1));
            var potential = (Flat: flat.Outcomes.Average(o => o.Ledger.MeanPotentialWon), Steep: steep.Outcomes.Average(o => o.Ledger.MeanPotentialWon));
            Assert.True(MeanAcquired(steep) < MeanAcquired(flat), $"{scenario.Bonus.UpfrontRatePerDollar}: won {MeanAcquired(flat)} → {MeanAcquired(steep)}");
            Assert.True(potential.Steep < potential.Flat, $"{scenario.Bonus.UpfrontRatePerDollar}: mean potential won {potential}");
            Assert.All(steep.Outcomes, o => Assert.Empty(Violations(o)));
        }

        // Paid per unit of spend, hunters chase large prospects: the elasticity costs them more deals than the salaried.
        double Loss(Scenario s) => 1 - (MeanAcquired(RunOf(WithElasticity(s, 1))) / MeanAcquired(RunOf(s)));
        Assert.True(Loss(perSpend) > Loss(salary), $"loss per spend {Loss(perSpend)} salary {Loss(salary)}");
    }
}
