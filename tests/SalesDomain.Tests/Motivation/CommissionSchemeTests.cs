using SalesDomain.Motivation;
using static SalesDomain.Tests.Motivation.MotivationFixtures;

namespace SalesDomain.Tests.Motivation;

/// <summary>Commission on assigned clients (DOMAIN.md §6, seed 004).</summary>
public class CommissionSchemeTests
{
    private static readonly CommissionScheme FivePercent = new("commission", 0.05m);

    private static PayoutInput Input(params MonthlySale[] sales) => new(
        [new Agent("a1"), new Agent("a2")],
        [new ClientAccount("c1", "a1"), new ClientAccount("c2", "a2"), new ClientAccount("c3")],
        sales,
        []);

    [Fact]
    public void PaysTheAssignedAgent_WhoeverMadeTheSale()
    {
        var statement = PayoutEngine.Evaluate([FivePercent], Input(
            Sale("a1", "c1", "2024-01", 1000m), Sale("a2", "c1", "2024-01", 200m), Sale("a1", "c2", "2024-02", 400m)));
        Assert.Equal(
            [("a1", "2024-01", 60m), ("a2", "2024-02", 20m)],
            statement.Lines.Select(l => (l.AgentId, l.Month.ToString(), l.Amount)));
        Assert.All(statement.Lines, l => Assert.Equal(PayoutLineKind.Payment, l.Kind));
    }

    [Fact]
    public void OwnerlessClients_EarnNoCommission()
        => Assert.Empty(PayoutEngine.Evaluate([FivePercent], Input(Sale("a1", "c3", "2024-01", 1000m))).Lines);

    [Fact]
    public void Returns_ClawBack_AtMostTheCommissionPaidOnTheClient()
    {
        var statement = PayoutEngine.Evaluate([FivePercent], Input(
            Sale("a1", "c1", "2024-01", 1000m),
            Sale("a1", "c1", "2024-02", -400m),
            Sale("a1", "c1", "2024-03", -2000m),
            Sale("a1", "c1", "2024-04", -100m)));
        Assert.Equal([50m, -20m, -30m], statement.Lines.Select(l => l.Amount));
        Assert.Equal(PayoutLineKind.Clawback, statement.Lines[1].Kind);
        Assert.Equal(0m, statement.Totals.Net);
    }

    [Fact]
    public void ReturnsWithinAMonth_Net()
    {
        var statement = PayoutEngine.Evaluate([FivePercent], Input(Sale("a1", "c1", "2024-01", 1000m), Sale("a1", "c1", "2024-01", -600m)));
        Assert.Equal(20m, Assert.Single(statement.Lines).Amount);
    }

    [Fact]
    public void AMonthWhoseReturnsCancelItsPurchases_PaysAndClawsBackNothing()
    {
        var statement = PayoutEngine.Evaluate([FivePercent], Input(
            Sale("a1", "c1", "2024-01", 1000m), Sale("a1", "c1", "2024-02", 300m), Sale("a1", "c1", "2024-02", -300m)));
        Assert.Equal([("2024-01", 50m)], statement.Lines.Select(l => (l.Month.ToString(), l.Amount)));
    }

    [Fact]
    public void Rate_MustBeAShare()
        => Assert.Contains("Rate", Assert.Throws<ArgumentOutOfRangeException>(() => FivePercent with { Rate = 1.01m }).Message, StringComparison.Ordinal);
}
