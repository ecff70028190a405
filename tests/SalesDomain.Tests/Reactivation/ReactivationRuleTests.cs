using SalesDomain.Model;
using SalesDomain.Reactivation;

namespace SalesDomain.Tests.Reactivation;

/// <summary>Hand-computed examples of the k × own-interval rule (DOMAIN.md §3, seed 002; docs/reactivation.md).</summary>
public class ReactivationRuleTests
{
    private static readonly DateOnly Jan1 = new(2024, 1, 1);

    private static PurchaseHistory History(DateOnly asOf, params (int Day, decimal Amount)[] sales)
        => PurchaseHistory.Of("c", sales.Select(s => new Sale("c", Jan1.AddDays(s.Day), s.Amount)), asOf)!;

    [Fact]
    public void History_SameDayPurchasesCountOnce_AndReturnsAreNotPurchaseDays()
    {
        // Days 0, 0, 30, 61 (+ a return on day 70): three purchase days, mean interval (61 − 0) / 2 = 30.5.
        var h = History(Jan1.AddDays(153), (0, 10m), (0, 5m), (30, 20m), (61, 30m), (70, -15m));

        Assert.Equal(3, h.PurchaseDayCount);
        Assert.Equal(30.5, h.MeanIntervalDays);
        Assert.Equal(50m, h.Revenue);
        Assert.Equal(92, h.DaysSinceLast(Jan1.AddDays(153)));
        Assert.Equal(new RfmSummary(2, 61d / 7d, 153d / 7d), h.ToRfm(Jan1.AddDays(153), 7d));
    }

    [Fact]
    public void History_ZeroAmountRowsAndSameDayCancellations_AreNotPurchaseDays()
    {
        // DOMAIN.md §9: a purchase day has a positive net amount. Day 30: a 0.00 row; day 45: +20 and −20 (cancelled).
        // Purchase days 0 and 61: interval 61, silence 39 → not overdue (before: 4 days, interval 20.3 → overdue).
        var asOf = Jan1.AddDays(100);
        var h = History(asOf, (0, 10m), (30, 0m), (45, 20m), (45, -20m), (61, 30m));

        Assert.Equal(new[] { Jan1, Jan1.AddDays(61) }, h.PurchaseDays.ToArray());
        Assert.Equal(61d, h.MeanIntervalDays);
        Assert.Equal(40m, h.Revenue);
        Assert.False(ReactivationRule.Evaluate(h, asOf, null).Overdue);
        Assert.Equal(new RfmSummary(1, 61d / 7d, 100d / 7d), h.ToRfm(asOf, 7d));
    }

    [Fact]
    public void History_NetPositiveDayWithAReturn_IsAPurchaseDay()
    {
        var h = History(Jan1.AddDays(10), (0, 50m), (0, -20m), (5, 0m));

        Assert.Equal(new[] { Jan1 }, h.PurchaseDays.ToArray());
    }

    [Fact]
    public void Evaluate_SilenceBeyondOwnInterval_IsOverdue()
    {
        var asOf = Jan1.AddDays(153);
        var h = History(asOf, (0, 10m), (30, 20m), (61, 30m));

        Assert.Equal(new ReactivationVerdict(true, 30.5, IntervalSource.Own), ReactivationRule.Evaluate(h, asOf, null));
        var k4 = ReactivationRuleOptions.Default with { K = 4d }; // 92 days ≤ 4 × 30.5 = 122
        Assert.False(ReactivationRule.Evaluate(h, asOf, null, k4).Overdue);
    }

    [Fact]
    public void Evaluate_SilenceEqualToInterval_IsNotOverdue()
    {
        var asOf = Jan1.AddDays(20);
        var h = History(asOf, (0, 1m), (10, 1m)); // interval 10, silence 10: not strictly beyond

        Assert.False(ReactivationRule.Evaluate(h, asOf, null).Overdue);
        Assert.True(ReactivationRule.Evaluate(h, asOf.AddDays(1), null).Overdue);
    }

    [Fact]
    public void Evaluate_SinglePurchaseDay_UsesBaseMedian_OrNeverWhenConfigured()
    {
        var asOf = Jan1.AddDays(40);
        var h = History(asOf, (0, 1m), (0, 2m));

        Assert.Null(h.MeanIntervalDays);
        Assert.Equal(new ReactivationVerdict(true, 30d, IntervalSource.BaseMedian), ReactivationRule.Evaluate(h, asOf, 30d));
        Assert.Equal(new ReactivationVerdict(false, null, IntervalSource.None), ReactivationRule.Evaluate(h, asOf, null));
        var never = ReactivationRuleOptions.Default with { SinglePurchaseDay = SinglePurchaseDayTreatment.NeverOverdue };
        Assert.False(ReactivationRule.Evaluate(h, asOf, 30d, never).Overdue);
    }

    [Fact]
    public void BaseMedianIntervalDays_OddEvenAndNone()
    {
        var asOf = Jan1.AddDays(100);
        var ten = History(asOf, (0, 1m), (10, 1m));
        var twenty = History(asOf, (0, 1m), (20, 1m));
        var forty = History(asOf, (0, 1m), (40, 1m));
        var single = History(asOf, (5, 1m));

        Assert.Equal(20d, ReactivationRule.BaseMedianIntervalDays([ten, forty, twenty, single]));
        Assert.Equal(15d, ReactivationRule.BaseMedianIntervalDays([ten, twenty]));
        Assert.Null(ReactivationRule.BaseMedianIntervalDays([single]));
    }

    [Fact]
    public void History_NothingBoughtByAsOf_IsNull()
    {
        Assert.Null(PurchaseHistory.Of("c", [new Sale("c", Jan1.AddDays(5), 10m)], Jan1));
        Assert.Null(PurchaseHistory.Of("c", [new Sale("c", Jan1, -10m)], Jan1));
        Assert.Null(PurchaseHistory.Of("c", [new Sale("c", Jan1, 0m), new Sale("c", Jan1.AddDays(1), 5m), new Sale("c", Jan1.AddDays(1), -5m)], Jan1.AddDays(2)));
    }

    [Fact]
    public void Options_NonPositiveK_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => ReactivationRuleOptions.Default with { K = 0d });

    [Fact]
    public void Reason_ReadsPlainly()
    {
        Assert.Equal(
            "no purchase for 94 days; usual interval 31 days; P(alive) 0.42",
            ReactivationList.ReasonOf(94, new ReactivationVerdict(true, 31d, IntervalSource.Own), 0.42));
        Assert.Equal(
            "last purchase 3 days ago; one purchase day, base median interval 83 days; P(alive) 1.00",
            ReactivationList.ReasonOf(3, new ReactivationVerdict(false, 82.5, IntervalSource.BaseMedian), 1d));
        Assert.Equal(
            "no purchase for 60 days; usual interval 30 days",
            ReactivationList.ReasonOf(60, new ReactivationVerdict(true, 30d, IntervalSource.Own), null));
    }
}
