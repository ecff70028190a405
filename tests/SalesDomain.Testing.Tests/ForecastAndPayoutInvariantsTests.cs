using SalesDomain.Calendar;
using System.Collections.Immutable;
using SalesDomain.Forecast;
using SalesDomain.Motivation;
using SalesDomain.Testing;

namespace SalesDomain.Testing.Tests;

/// <summary>
/// Forecast (DOMAIN.md §5) and payout-statement (§6) invariant checks: SalesDomain's own forecast and payout engine
/// keep them on generated inputs, and broken figures are caught with an explanation.
/// </summary>
[Properties(Arbitrary = new[] { typeof(SalesArbitraries) }, MaxTest = 100)]
public class ForecastAndPayoutInvariantsTests
{
    private static readonly DateOnly AsOf = new(2024, 3, 15);

    [Trait("Category", "Slow")]
    [Property]
    public Property Forecast_KeepsEveryInvariant(ImmutableArray<Deal> deals) =>
        ForecastInvariants.Check(SalesForecast.Build(deals, AsOf)).ToProperty();

    [Trait("Category", "Slow")]
    [Property]
    public Property Forecast_WeightedTotal_IsWithinTheDealsAmounts(ImmutableArray<Deal> deals) =>
        ForecastInvariants.Check(deals, SalesForecast.Build(deals, AsOf).WeightedTotal).ToProperty();

    [Fact]
    public void Forecast_WeightedTotalAboveTheAmounts_IsCaught()
    {
        var deal = new Deal("d1", "c1", "m1", 100m, AsOf, DealCriteria.CalculationSent);

        var violation = Assert.Single(ForecastInvariants.Check([deal, deal.AsLost("Price") with { Id = "d2" }], 130m));
        Assert.Equal(ForecastInvariants.WeightedWithinAmount, violation.Invariant);
        Assert.Contains("130 is outside [0, 100]", violation.Explanation);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Deals_ReachEveryStatusAndUnqualifiedAndGappedCriteria()
    {
        var deals = SalesGenerators.SampleAcrossSizes(DealGenerators.DealsFor(), 60).SelectMany(d => d).ToList();
        var policy = DealPolicy.Default;
        Assert.Equal(3, deals.Select(d => d.Status).Distinct().Count());
        Assert.Contains(deals, d => policy.StageOf(d.Criteria) is null);
        Assert.Contains(deals, d => d.Criteria != DealCriteria.None && policy.StageOf(d.Criteria) is { } s && d.Criteria != policy.CriteriaThrough(s));
        Assert.Contains(deals, d => d.Amount == 0m);
        Assert.All(deals.Where(d => d.Status == DealStatus.Lost), d => Assert.Contains(d.LossReason, policy.LossReasons));
    }

    [Trait("Category", "Slow")]
    [Property]
    public Property Payout_UpfrontBonus_KeepsEveryInvariant() =>
        Prop.ForAll(MotivationArbitraries.Department(), MotivationGenerators.UpfrontBonus().ToArbitrary(), (input, scheme) =>
            PayoutInvariants.Check(PayoutEngine.Evaluate([scheme], input)).ToProperty());

    [Property]
    public Property Payout_UpfrontBonusOnOnePath_KeepsEveryInvariant() =>
        Prop.ForAll(MotivationArbitraries.SalesPath(), MotivationGenerators.UpfrontBonus().ToArbitrary(), (path, scheme) =>
            PayoutInvariants.Check(PayoutEngine.Evaluate([scheme], path.ToInput())).ToProperty());

    [Trait("Category", "Slow")]
    [Fact]
    public void Payout_ClawbackAboveWhatWasPaid_IsCaught()
    {
        var jan = new SalesMonth(2024, 1);
        PayoutLine[] lines =
        [
            new("a1", jan, PayoutLineKind.Payment, 1000m, "upfront", "upfront-bonus", "first month") { ClientId = "c1" },
            new("a1", jan.AddMonths(2), PayoutLineKind.Clawback, -1200m, "upfront", "upfront-bonus", "renewal failed") { ClientId = "c1" },
            new("a1", jan.AddMonths(2), PayoutLineKind.Clawback, -10m, "upfront", "upfront-bonus", "other client") { ClientId = "c2" },
        ];

        var violations = PayoutInvariants.Check(lines);

        Assert.Equal(2, violations.Count);
        Assert.All(violations, v => Assert.Equal(PayoutInvariants.ClawbackWithinPaid, v.Invariant));
        Assert.Contains("for client 'c1' had 1200 clawed back but only 1000 paid", violations[0].Explanation);
    }

    [Fact]
    public void Payout_SeedExample_NetIsPaidMinusClawedBack()
    {
        // DOMAIN.md §6: $500 first month → $1,000 paid; the client stops in month 3 → the whole bonus is taken back.
        var input = new SalesPath([500m, 500m, 0m, 0m, 0m]).ToInput();
        var statement = PayoutEngine.Evaluate([new UpfrontBonusScheme("upfront")], input);

        Assert.Empty(PayoutInvariants.Check(statement));
        Assert.Equal(statement.Totals.Paid - statement.Totals.ClawedBack, statement.Totals.Net);
    }
}
