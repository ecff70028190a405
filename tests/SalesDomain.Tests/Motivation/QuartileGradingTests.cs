using SalesDomain.Motivation;
using static SalesDomain.Tests.Motivation.MotivationFixtures;

namespace SalesDomain.Tests.Motivation;

/// <summary>Quartile grading by refusal share and the quartile-graded bonus (DOMAIN.md §6, seed 002).</summary>
public class QuartileGradingTests
{
    private static IReadOnlyDictionary<string, int> Grade(params (string Id, int Refused, int Activated)[] agents)
        => QuartileGrading.Assign(agents.ToDictionary(a => a.Id, a => new RefusalShare(a.Refused, a.Activated)));

    [Fact]
    public void EightDistinctShares_TwoPerQuartile_LowestRefusalsFirst()
    {
        var q = Grade(("a", 0, 10), ("b", 1, 10), ("c", 2, 10), ("d", 3, 10), ("e", 4, 10), ("f", 5, 10), ("g", 6, 10), ("h", 7, 10));
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4], q.OrderBy(p => p.Key).Select(p => p.Value));
    }

    [Fact]
    public void Ties_ShareTheBetterQuartile()
    {
        var q = Grade(("a", 1, 10), ("b", 1, 10), ("c", 1, 10), ("d", 4, 10));
        Assert.Equal([1, 1, 1, 4], q.OrderBy(p => p.Key).Select(p => p.Value));
    }

    [Fact]
    public void EqualFractions_AreTies()
        => Assert.Equal(1, Grade(("a", 1, 3), ("b", 2, 6))["b"]);

    [Theory]
    [InlineData(1, new[] { 1 })]
    [InlineData(2, new[] { 1, 3 })]
    [InlineData(3, new[] { 1, 2, 3 })]
    [InlineData(5, new[] { 1, 1, 2, 3, 4 })]
    public void FewerThanFourAgents_LeaveQuartilesEmpty(int n, int[] expected)
    {
        var q = Grade([.. Enumerable.Range(0, n).Select(i => ($"a{i}", i, 10))]);
        Assert.Equal(expected, q.OrderBy(p => p.Key).Select(p => p.Value));
    }

    [Fact]
    public void NoAgents_NoGrades() => Assert.Empty(Grade());

    [Fact]
    public void RefusalShare_ChecksItsBounds()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RefusalShare(3, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RefusalShare(0, 0));
        Assert.Equal(new RefusalShare(1, 2), new RefusalShare(2, 4));
        Assert.Equal(new RefusalShare(1, 2).GetHashCode(), new RefusalShare(2, 4).GetHashCode());
    }

    [Fact]
    public void GradedBonus_UsesTheClosedCohortsRefusalShare()
    {
        // M = 1, G = 1: activations in 2024-01 are graded for 2024-03. a1 kept its client, a2 lost it.
        var scheme = new QuartileGradedBonusScheme("graded", RenewalMonths: 1, GradingMonths: 1);
        var input = PayoutInput.FromSales(
        [
            Sale("a1", "c1", "2024-01", 100m), Sale("a1", "c1", "2024-02", 100m),
            Sale("a2", "c2", "2024-01", 100m), Sale("a2", "c2", "2024-02", 50m),
            Sale("a1", "c3", "2024-03", 100m), Sale("a2", "c4", "2024-03", 100m), Sale("a3", "c5", "2024-03", 100m),
        ], activationRule: ActivationRule.FromEmptyBase);
        var payments = PayoutEngine.Evaluate([scheme], input).Lines.Where(l => l.Kind == PayoutLineKind.Payment)
            .ToDictionary(l => l.ClientId!, l => l.Amount);
        Assert.Equal(200m, payments["c1"]); // ungraded in 2024-01: quartile 3, $2
        Assert.Equal(400m, payments["c3"]); // a1: 0/1 → Q1, $4
        Assert.Equal(200m, payments["c4"]); // a2: 1/1 → Q3 of 2 agents, $2
        Assert.Equal(200m, payments["c5"]); // a3: ungraded
    }

    [Fact]
    public void QuartileRates_NeedFourValues()
        => Assert.Throws<ArgumentException>(() => new QuartileGradedBonusScheme("g", QuartileRates: [4m, 3m, 2m]));
}
