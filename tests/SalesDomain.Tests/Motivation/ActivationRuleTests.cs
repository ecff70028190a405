using SalesDomain.Calendar;
using SalesDomain.Motivation;
using static SalesDomain.Tests.Motivation.MotivationFixtures;

namespace SalesDomain.Tests.Motivation;

/// <summary>Activations from sales data (DOMAIN.md §6, §9; docs/motivation.md, "Activations").</summary>
public class ActivationRuleTests
{
    private static IEnumerable<MonthlySale> Monthly(string agent, string client, string from, string to, decimal amount = 1000m)
        => SalesMonth.Range(M(from), M(to)).Select(m => new MonthlySale(agent, client, m, amount));

    [Fact]
    public void FromSales_AClientBuyingSince2019_IsNeverActivated_AndEarnsNoUpfrontBonus()
    {
        // Data 2019-01..2024-06. "old" buys every month; "new" first buys in 2020-03 (history established since
        // 2020-01); "back" bought in 2019-02 and returns in 2020-05 after 15 silent months; "early" first buys in
        // 2019-06, inside the history months, so it may have bought before the data: no activation.
        var sales = Monthly("a1", "old", "2019-01", "2024-06")
            .Concat(Monthly("a2", "new", "2020-03", "2020-08", 500m))
            .Append(new MonthlySale("a3", "back", M("2019-02"), 300m))
            .Concat(Monthly("a3", "back", "2020-05", "2020-06", 300m))
            .Append(new MonthlySale("a3", "early", M("2019-06"), 300m));

        var input = PayoutInput.FromSales(sales);

        Assert.Equal([("a2", "new", "2020-03"), ("a3", "back", "2020-05")], input.Activations.Select(a => (a.AgentId, a.ClientId, a.Month.ToString())));
        var statement = PayoutEngine.Evaluate([SeedUpfront], input);
        Assert.Equal(0m, statement.ByAgent().GetValueOrDefault("a1")?.Paid ?? 0m);
        Assert.Equal(1000m, statement.ByAgent()["a2"].Paid); // 2 × 500, renewed 4 months: kept
    }

    [Theory]
    [InlineData(new[] { 0, 12 }, 12, true, false)]  // only 11 silent months (1..11) before month 12
    [InlineData(new[] { 0, 13 }, 13, true, true)]   // 12 silent months (1..12): an activation
    [InlineData(new[] { 13 }, 13, true, true)]      // first purchase after the 12 history months
    [InlineData(new[] { 12 }, 12, true, true)]      // months 0..11 are history, all silent
    [InlineData(new[] { 11 }, 11, true, false)]     // inside the history months
    [InlineData(new[] { 11 }, 11, false, true)]     // from an empty base
    [InlineData(new[] { 5 }, 6, true, false)]       // not a purchase month
    public void IsActivation_TwelveMonthsWithoutAPurchase(int[] offsets, int month, bool requireHistory, bool expected)
    {
        var first = new SalesMonth(2024, 1);
        var months = offsets.Select(first.AddMonths).ToHashSet();
        Assert.Equal(expected, new ActivationRule { RequireHistory = requireHistory }.IsActivation(months, first.AddMonths(month), first));
    }

    [Fact]
    public void FromEmptyBase_FirstPurchaseIsAnActivation_AndNetReturnsAreNoPurchase()
    {
        var first = new SalesMonth(2024, 1);
        Assert.True(ActivationRule.FromEmptyBase.IsActivation(new HashSet<SalesMonth> { first.AddMonths(2) }, first.AddMonths(2), first));
        var input = PayoutInput.FromSales(
            [new MonthlySale("a1", "c", first, 100m), new MonthlySale("a1", "c", first, -100m), new MonthlySale("a2", "c", first.AddMonths(1), 50m)],
            activationRule: ActivationRule.FromEmptyBase);
        Assert.Equal(("a2", first.AddMonths(1)), (Assert.Single(input.Activations).AgentId, input.Activations[0].Month));
    }

    [Fact]
    public void MonthsWithoutPurchase_NotPositive_Throws()
        => Assert.Equal(
            nameof(ActivationRule.MonthsWithoutPurchase),
            Assert.Throws<ArgumentOutOfRangeException>(() => new ActivationRule { MonthsWithoutPurchase = 0 }).ParamName);

    [Fact]
    public void PendingClawbackExposure_IsTheBonusAFailureNextMonthWouldTakeBack()
    {
        // Seed scheme ($2 per $1, 4 renewal months): 500 in 2024-01, renewed in 2024-02 and 2024-03; as of 2024-03 the
        // window is pending: whole clawback → 1,000 exposed; pro-rata → 1,000 × (4 − 2) / 4 = 500.
        var sales = Monthly("a1", "c1", "2024-01", "2024-03", 500m).ToArray();
        var input = PayoutInput.FromSales(sales, activationRule: ActivationRule.FromEmptyBase);

        Assert.Equal(1000m, PayoutEngine.Evaluate([SeedUpfront], input).ByAgent()["a1"].PendingClawback);
        var proRata = SeedUpfront with { Clawback = ClawbackMode.ProRata };
        Assert.Equal(500m, PayoutEngine.Evaluate([proRata], input).Totals.PendingClawback);

        // Window complete (renewed through 2024-05): nothing pending. Failed (300 in 2024-02): clawed back, nothing pending.
        var done = PayoutInput.FromSales(Monthly("a1", "c1", "2024-01", "2024-05", 500m), activationRule: ActivationRule.FromEmptyBase);
        Assert.Equal(0m, PayoutEngine.Evaluate([SeedUpfront], done).Totals.PendingClawback);
        var failed = PayoutInput.FromSales([sales[0], sales[1] with { Amount = 300m }], activationRule: ActivationRule.FromEmptyBase);
        var statement = PayoutEngine.Evaluate([SeedUpfront], failed);
        Assert.Equal((0m, 1000m), (statement.Totals.PendingClawback, statement.Totals.ClawedBack));
    }
}
