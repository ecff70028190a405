using SalesDomain.Motivation;
using static SalesDomain.Tests.Motivation.MotivationFixtures;

namespace SalesDomain.Tests.Motivation;

/// <summary>The payout engine's guards, line order and overflow errors, and a client account's defaults (seeds 005–007; docs/motivation.md).</summary>
public class PayoutEngineEdgeTests
{
    [Fact]
    public void Evaluate_NamesAMissingArgument()
    {
        Assert.Equal("schemes", Assert.Throws<ArgumentNullException>(() => PayoutEngine.Evaluate((SchemeSet)null!, Path(100m))).ParamName);
        Assert.Equal("input", Assert.Throws<ArgumentNullException>(() => PayoutEngine.Evaluate(new SchemeSet([SeedUpfront]), null!)).ParamName);
    }

    [Fact]
    public void Lines_ComeByAgent_ThenMonthAscending()
    {
        var statement = PayoutEngine.Evaluate([SeedUpfront], Path(100m, 0m, 0m, 0m, 300m, 0m, 0m, 0m));
        var months = statement.Lines.Select(l => (l.AgentId, l.Month)).ToList();

        Assert.True(months.Select(m => m.Month).Distinct().Count() >= 2, "the fixture must pay in several months");
        Assert.Equal(months.OrderBy(m => m.AgentId, StringComparer.Ordinal).ThenBy(m => m.Month), months);
    }

    [Fact]
    public void LinesOfAnAgentMonth_FollowTheSchemeOrder_WithAdjustmentsLast()
    {
        var path = Path(500m);
        var input = new PayoutInput(path.Agents, path.Clients, path.Sales, path.Activations, adjustments: [new PayoutAdjustment("a1", M("2024-01"), 5m, "fuel")]);
        var lines = PayoutEngine.Evaluate([new CommissionScheme("z-commission", 0.1m), SeedUpfront], input).Lines;
        Assert.Equal(["z-commission", "upfront", PayoutEngine.ManualScheme], lines.Select(l => l.Scheme));
    }

    [Fact]
    public void APayoutBeyondDecimal_IsAnErrorNamingTheScheme()
    {
        // An attainment of 1000 ÷ 10⁻²⁸ leaves decimal.
        var focus = new RotatingFocusScheme("focus", [new FocusPeriod(M("2024-01"), MotivationMetric.Revenue, Target: 0.0000000000000000000000000001m, Amount: 100m)]);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => PayoutEngine.Evaluate([SeedUpfront, focus], Path(1000m)));
        Assert.Equal("schemes", e.ParamName);
        Assert.StartsWith("A payout of scheme 'focus' exceeds the largest amount a decimal holds", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AClientAccount_HasNoOutletTypeOrClassUntilGiven()
    {
        var account = new ClientAccount("c");
        Assert.Equal((string.Empty, string.Empty), (account.OutletType, account.ClientClass));
        Assert.Equal(("kiosk", "A"), ((account with { OutletType = " kiosk ", ClientClass = "A " }).OutletType, (account with { ClientClass = "A " }).ClientClass));
    }
}
