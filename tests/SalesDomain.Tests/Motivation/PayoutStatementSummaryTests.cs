using SalesDomain.Motivation;
using static SalesDomain.Tests.Motivation.MotivationFixtures;

namespace SalesDomain.Tests.Motivation;

/// <summary>
/// The payout statement's summaries (docs/motivation.md, "Summaries"): the revenue of an agent-month and of a month sums
/// every sale, a team's totals sum all its members, teams and scheme-months come in order, and an agent-month group
/// is equal only to the same agent's same month.
/// </summary>
public class PayoutStatementSummaryTests
{
    private static readonly MotivationScheme[] Schemes =
        [new CommissionScheme("b-commission", 0.1m), new ActiveBaseBonusScheme("a-bonus", DefaultAmount: 10m)];

    private static PayoutStatement Statement() => PayoutEngine.Evaluate(Schemes, PayoutInput.FromSales(
        [
            Sale("a1", "c1", "2024-01", 300m), Sale("a1", "c2", "2024-01", 200m), Sale("a2", "c3", "2024-01", 400m),
            new MonthlySale(null, "c4", M("2024-01"), 100m),
            Sale("a1", "c1", "2024-02", 300m), Sale("b1", "c5", "2024-02", 50m),
        ],
        [new Agent("a1", "south"), new Agent("a2", "south"), new Agent("b1", "north")],
        activationRule: ActivationRule.FromEmptyBase));

    [Fact]
    public void AnAgentMonth_RelatesToAllTheAgentsSalesOfTheMonth()
    {
        var byAgentMonth = Statement().ByAgentMonth.ToDictionary(s => (s.AgentId, s.Month.ToString()), s => (s.Totals.Paid, s.Totals.Revenue));
        Assert.Equal((50m + 20m, 500m), byAgentMonth[("a1", "2024-01")]);
        Assert.Equal((40m + 10m, 400m), byAgentMonth[("a2", "2024-01")]);
        Assert.Equal((30m, 300m), byAgentMonth[("a1", "2024-02")]);
        Assert.Equal((5m + 10m, 50m), byAgentMonth[("b1", "2024-02")]);
    }

    [Fact]
    public void SchemeMonths_ComeByMonthThenSchemeName_AgainstAllSalesOfTheMonth()
    {
        Assert.Equal(
            [("a-bonus", "2024-01", 30m, 1000m), ("b-commission", "2024-01", 90m, 1000m), ("a-bonus", "2024-02", 10m, 350m), ("b-commission", "2024-02", 35m, 350m)],
            Statement().BySchemeMonth().Select(c => (c.Scheme, c.Month.ToString(), c.Totals.Paid, c.Totals.Revenue)));
    }

    [Fact]
    public void Teams_ComeByName_AndSumAllTheirMembers()
    {
        var byTeam = Statement().ByTeam();
        Assert.Equal(["north", "south"], byTeam.Keys);
        Assert.Equal((15m, 50m), (byTeam["north"].Paid, byTeam["north"].Revenue));
        Assert.Equal((80m + 40m + 20m + 10m, 1200m), (byTeam["south"].Paid, byTeam["south"].Revenue));
    }

    [Fact]
    public void AnAgentMonthGroup_EqualsOnlyTheSameAgentsSameMonth()
    {
        var group = new AgentMonthStatement("a1", M("2024-01"), [], PayoutTotals.Zero);
        Assert.Equal(group, new AgentMonthStatement("a1", M("2024-01"), [], PayoutTotals.Zero));
        Assert.NotEqual(group, group with { AgentId = "a2" });
        Assert.NotEqual(group, group with { Month = M("2024-02") });
        Assert.False(group.Equals(null));
    }
}
