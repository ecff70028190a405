using SalesDomain.Motivation;
using static SalesDomain.Tests.Motivation.MotivationFixtures;

namespace SalesDomain.Tests.Motivation;

/// <summary>The payout engine's guards and line order, and a client account's defaults (seeds 005–007; docs/motivation.md).</summary>
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
    public void AClientAccount_HasNoOutletTypeOrClassUntilGiven()
    {
        var account = new ClientAccount("c");
        Assert.Equal((string.Empty, string.Empty), (account.OutletType, account.ClientClass));
        Assert.Equal(("kiosk", "A"), ((account with { OutletType = " kiosk ", ClientClass = "A " }).OutletType, (account with { ClientClass = "A " }).ClientClass));
    }
}
