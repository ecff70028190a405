using SalesDomain.Motivation;
using static SalesDomain.Tests.Motivation.MotivationFixtures;

namespace SalesDomain.Tests.Motivation;

/// <summary>Rotating focus metric: part of pay tied to a metric that changes every 1–3 months (DOMAIN.md §6, seed 002).</summary>
public class RotatingFocusSchemeTests
{
    private static readonly RotatingFocusScheme Plan = new(
        "focus",
        [
            new FocusPeriod(M("2024-03"), MotivationMetric.Revenue, 1000m, 100m, Months: 1),
            new FocusPeriod(M("2024-01"), MotivationMetric.Activations, 2m, 200m, Months: 2),
        ]);

    [Fact]
    public void PaysTheFocusPart_ByAttainmentOfTheMonthsMetric_CappedAt100Percent()
    {
        var input = PayoutInput.FromSales(
        [
            Sale("a1", "c1", "2024-01", 500m), Sale("a1", "c2", "2024-01", 500m), Sale("a1", "c3", "2024-01", 500m),
            Sale("a1", "c4", "2024-02", 50m),
            Sale("a1", "c1", "2024-03", 750m),
            Sale("a1", "c1", "2024-04", 5000m),
        ], activationRule: ActivationRule.FromEmptyBase);
        var lines = PayoutEngine.Evaluate([Plan], input).Lines;
        Assert.Equal([("2024-01", 200m), ("2024-02", 100m), ("2024-03", 75m)], lines.Select(l => (l.Month.ToString(), l.Amount)));
        Assert.Contains("Activations", lines[0].Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAgentWithNothingOnTheMetric_GetsNoLine_NotAZeroOne()
    {
        // a2 is an agent (a sale in April, outside the plan) with no revenue in the March focus period.
        var input = PayoutInput.FromSales([Sale("a1", "c1", "2024-03", 750m), Sale("a2", "c2", "2024-04", 10m)]);
        var lines = PayoutEngine.Evaluate([Plan], input).Lines;
        Assert.Equal([("a1", "2024-03", 75m)], lines.Select(l => (l.AgentId, l.Month.ToString(), l.Amount)));
    }

    [Fact]
    public void PlanIsSortedByStart() => Assert.Equal(M("2024-01"), Plan.Plan[0].Start);

    [Fact]
    public void OverlappingPeriods_AreRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => Plan with
        {
            Plan = [.. Plan.Plan, new FocusPeriod(M("2024-02"), MotivationMetric.Revenue, 1m, 1m)],
        });
        Assert.Contains("overlap", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void PeriodLength_IsOneToThreeMonths(int months)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new FocusPeriod(M("2024-01"), MotivationMetric.Revenue, 1m, 1m, months));
}
