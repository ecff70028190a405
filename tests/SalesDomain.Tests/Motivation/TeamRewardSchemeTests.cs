using SalesDomain.Motivation;
using static SalesDomain.Tests.Motivation.MotivationFixtures;

namespace SalesDomain.Tests.Motivation;

/// <summary>Team reward: the best team of the month gets a non-cash reward recorded at cost (DOMAIN.md §6, seed 002).</summary>
public class TeamRewardSchemeTests
{
    private static readonly TeamRewardScheme Bowling = new("team", "bowling", 100m, MotivationMetric.Activations);

    private static PayoutInput Input() => PayoutInput.FromSales(
        [
            Sale("a1", "c1", "2024-01", 100m), Sale("a2", "c2", "2024-01", 100m), Sale("a3", "c3", "2024-01", 100m),
            Sale("b1", "c4", "2024-01", 100m), Sale("b1", "c5", "2024-01", 100m),
            Sale("b1", "c6", "2024-02", 100m), Sale("solo", "c7", "2024-02", 900m),
        ],
        [new Agent("a1", "north"), new Agent("a2", "north"), new Agent("a3", "north"), new Agent("b1", "south"), new Agent("solo")],
        activationRule: ActivationRule.FromEmptyBase);

    [Fact]
    public void BestTeamOfTheMonth_SharesTheCostInCents_AsAccruals()
    {
        var statement = PayoutEngine.Evaluate([Bowling], Input());
        var january = statement.Lines.Where(l => l.Month == M("2024-01")).ToList();
        Assert.Equal([("a1", 33.33m), ("a2", 33.33m), ("a3", 33.34m)], january.Select(l => (l.AgentId, l.Amount)));
        Assert.All(statement.Lines, l => Assert.Equal(PayoutLineKind.Accrual, l.Kind));
        Assert.Equal(("b1", 100m), statement.Lines.Where(l => l.Month == M("2024-02")).Select(l => (l.AgentId, l.Amount)).Single());
        Assert.Equal(200m, statement.Totals.NonCash);
        Assert.Equal(0m, statement.Totals.Net);
        Assert.Equal(200m, statement.Totals.Cost);
    }

    [Fact]
    public void PerMember_ComparesAverages()
    {
        // January: north 3 activations / 3 members = 1; south 2 / 1 = 2.
        var lines = PayoutEngine.Evaluate([Bowling with { PerMember = true }], Input()).Lines.Where(l => l.Month == M("2024-01"));
        Assert.Equal(("b1", 100m), lines.Select(l => (l.AgentId, l.Amount)).Single());
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void TiedTeams_AllWin()
    {
        var input = PayoutInput.FromSales(
            [Sale("a1", "c1", "2024-01", 100m), Sale("b1", "c2", "2024-01", 100m)],
            [new Agent("a1", "north"), new Agent("b1", "south")],
            activationRule: ActivationRule.FromEmptyBase);
        var statement = PayoutEngine.Evaluate([Bowling], input);
        Assert.Equal(["a1", "b1"], statement.Lines.Select(l => l.AgentId));
        Assert.Equal(200m, statement.ByTeam().Values.Sum(t => t.Cost));
    }

    [Fact]
    public void NoTeamWithPositiveValue_NoReward()
        => Assert.Empty(PayoutEngine.Evaluate([Bowling with { Metric = MotivationMetric.Revenue, Agents = ["solo"] }], Input()).Lines);

    [Fact]
    public void AMonthWhereEveryTeamScoresZero_RewardsNobody()
    {
        // Nobody sells in 2024-02: both teams are tied at 0 and neither wins.
        var input = PayoutInput.FromSales(
            [Sale("a1", "c1", "2024-01", 100m), Sale("b1", "c2", "2024-03", 100m)],
            [new Agent("a1", "north"), new Agent("b1", "south")]);
        var lines = PayoutEngine.Evaluate([Bowling with { Metric = MotivationMetric.Revenue }], input).Lines;
        Assert.Equal([("a1", "2024-01"), ("b1", "2024-03")], lines.Select(l => (l.AgentId, l.Month.ToString())));
    }

    [Fact]
    public void TiedWinners_ComeByTeamName()
    {
        var input = PayoutInput.FromSales(
            [Sale("a1", "c1", "2024-01", 100m), Sale("b1", "c2", "2024-01", 100m)],
            [new Agent("a1", "south"), new Agent("b1", "north")]);
        var winners = (Bowling with { Metric = MotivationMetric.Revenue }).Winners(new EvaluationContext(input), M("2024-01"));
        Assert.Equal([("north", 100m), ("south", 100m)], winners.Select(w => (w.Team, w.Value)));
    }
}
