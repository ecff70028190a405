using System.Collections.Immutable;
using SalesDomain.Calendar;
using SalesDomain.Motivation;
using static SalesDomain.Tests.Motivation.MotivationFixtures;

namespace SalesDomain.Tests.Motivation;

/// <summary>
/// Argument checks of the schemes and their helpers (DOMAIN.md §6): a missing or empty value is refused naming the
/// setting at fault — the agents a scheme covers, the schemes of a set, a focus plan, the lines of totals, the shares
/// graded and the purchase months of an activation rule — and an activation rule requires history by default.
/// </summary>
public class SchemeArgumentTests
{
    [Fact]
    public void TheAgentsOfAScheme_MayNotBeADefaultArray()
    {
        var e = Assert.Throws<ArgumentException>(() => new CommissionScheme("c", 0.1m, default(ImmutableArray<string>)));
        Assert.Equal("Agents", e.ParamName);
        Assert.Contains("default array", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void TheAgentsOfAScheme_MayNotHoldAnEmptyId(string id)
        => Assert.Equal("Agents", Assert.Throws<ArgumentException>(() => new CommissionScheme("c", 0.1m, ["a1", id])).ParamName);

    [Fact]
    public void ASchemeSet_MayNotHoldAMissingScheme()
        => Assert.Equal("Schemes", Assert.Throws<ArgumentNullException>(() => new SchemeSet(ImmutableArray.Create<MotivationScheme>(SeedUpfront, null!))).ParamName);

    [Fact]
    public void AFocusPlan_MayNotBeEmpty()
    {
        var e = Assert.Throws<ArgumentException>(() => new RotatingFocusScheme("focus", []));
        Assert.Equal("Plan", e.ParamName);
        Assert.StartsWith("Plan must hold at least one focus period.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Totals_RefuseAMissingLine()
        => Assert.Equal("lines", Assert.Throws<ArgumentNullException>(() => PayoutTotals.Of([null!], 0m)).ParamName);

    [Fact]
    public void Grading_RefusesMissingShares()
        => Assert.Equal("shares", Assert.Throws<ArgumentNullException>(() => QuartileGrading.Assign(null!)).ParamName);

    [Fact]
    public void AnActivationRule_RefusesMissingPurchaseMonths()
        => Assert.Equal("purchaseMonths", Assert.Throws<ArgumentNullException>(() => ActivationRule.Default.IsActivation(null!, M("2024-01"), M("2024-01"))).ParamName);

    [Fact]
    public void AnActivationRule_RequiresHistoryByDefault()
    {
        var rule = new ActivationRule { MonthsWithoutPurchase = 3 };
        Assert.True(rule.RequireHistory);
        Assert.True(ActivationRule.Default.RequireHistory);

        // A first purchase in the data's first months may continue purchases from before the data.
        Assert.False(rule.IsActivation(new HashSet<SalesMonth> { M("2024-02") }, M("2024-02"), M("2024-01")));
        Assert.True((rule with { RequireHistory = false }).IsActivation(new HashSet<SalesMonth> { M("2024-02") }, M("2024-02"), M("2024-01")));
    }
}
