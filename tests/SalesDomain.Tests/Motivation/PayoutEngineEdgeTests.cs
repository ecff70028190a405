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
    public void AFocusTargetMet_PaysTheWholeAmount_HoweverSmallTheTarget()
    {
        // Attainment is capped at 1 before any division: 1000 ÷ 10⁻²⁸ is never computed.
        var focus = new RotatingFocusScheme("focus", [new FocusPeriod(M("2024-01"), MotivationMetric.Revenue, Target: 0.0000000000000000000000000001m, Amount: 100m)]);
        var line = Assert.Single(PayoutEngine.Evaluate([focus], Path(1000m)).Lines);
        Assert.Equal(("focus", 100m), (line.Scheme, line.Amount));
        Assert.Contains("(100", line.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void APayoutBeyondDecimal_IsAnErrorNamingTheScheme()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => PayoutEngine.Evaluate([SeedUpfront, new OverflowingScheme()], Path(1000m)));
        Assert.Equal("schemes", e.ParamName);
        Assert.StartsWith("A payout of scheme 'huge' exceeds the largest amount a decimal holds", e.Message, StringComparison.Ordinal);
    }

    /// <summary>A scheme whose arithmetic leaves decimal (no built-in scheme does within the documented bounds).</summary>
    private sealed record OverflowingScheme() : MotivationScheme("huge", null)
    {
        public override string Rule => "overflowing";

        internal override IEnumerable<PayoutLine> Evaluate(EvaluationContext context)
        {
            var amount = decimal.MaxValue;
            yield return new PayoutLine("a1", M("2024-01"), PayoutLineKind.Payment, amount * 2m, "huge", Rule, "never");
        }
    }

    [Fact]
    public void AClientAccount_HasNoOutletTypeOrClassUntilGiven()
    {
        var account = new ClientAccount("c");
        Assert.Equal((string.Empty, string.Empty), (account.OutletType, account.ClientClass));
        Assert.Equal(("kiosk", "A"), ((account with { OutletType = " kiosk ", ClientClass = "A " }).OutletType, (account with { ClientClass = "A " }).ClientClass));
    }
}
