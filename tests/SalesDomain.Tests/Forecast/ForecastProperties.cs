using SalesDomain.Forecast;
using SalesDomain.Model;
using SalesDomain.Testing;

namespace SalesDomain.Tests.Forecast;

/// <summary>Invariants of the criteria-based weighted forecast over generated deals (DOMAIN.md §5).</summary>
[Properties(Arbitrary = new[] { typeof(DealArbitraries) }, MaxTest = 200)]
public class ForecastProperties
{
    private static readonly DateOnly AsOf = SalesGenerators.Epoch.AddDays(300);

    [Trait("Category", "Slow")]
    [Property]
    public bool Weighted_IsLinearInAmounts(Deal[] deals, PositiveInt factor)
    {
        // Scaled amounts stay within the supported range (docs/model.md: ±10¹⁵ per deal).
        var largest = deals.Length == 0 ? 0m : deals.Max(d => d.Amount);
        var k = largest > 0m ? (int)Math.Min(factor.Get % 1000, Math.Floor(Money.MaxAmount / largest)) : factor.Get % 1000;
        var scaled = deals.Select(d => d with { Amount = d.Amount * k });
        var before = SalesForecast.Build(deals, AsOf);
        var after = SalesForecast.Build(scaled, AsOf);
        return after.WeightedTotal == k * before.WeightedTotal
               && after.ByManager.Select(g => g.Totals.Weighted).SequenceEqual(before.ByManager.Select(g => k * g.Totals.Weighted));
    }

    [Property]
    public bool Weighted_IsAdditiveOverDisjointDealSets(Deal[] deals, int split)
    {
        var cut = deals.Length == 0 ? 0 : Math.Abs(split % (deals.Length + 1));
        var whole = SalesForecast.Build(deals, AsOf).WeightedTotal;
        return whole == SalesForecast.Build(deals[..cut], AsOf).WeightedTotal + SalesForecast.Build(deals[cut..], AsOf).WeightedTotal;
    }

    [Property]
    public bool Weighted_NeverExceedsTheSumOfAmounts_AndIsNeverNegative(Deal[] deals)
    {
        var result = SalesForecast.Build(deals, AsOf);
        return result.WeightedTotal >= 0m
               && result.WeightedTotal <= result.Total.Totals.Amount
               && result.Total.Totals.Amount <= deals.Sum(d => d.Amount);
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool Rollups_AddUpToTheTotal(Deal[] deals)
    {
        var result = SalesForecast.Build(deals, AsOf);
        var total = result.Total.Totals;
        return result.Total.ByCategory.Sum(p => p.Value.Weighted) == total.Weighted
               && result.Total.ByMonth.Sum(p => p.Value.Weighted) == total.Weighted
               && result.ByManager.Sum(g => g.Totals.Weighted) == total.Weighted
               && result.ByTeam.Sum(g => g.Totals.Weighted) == total.Weighted
               && result.Total.ByCategory.Sum(p => p.Value.Deals) == total.Deals;
    }

    [Property]
    public bool AddingAMetCriterion_NeverLowersTheProbability(DealCriteria criteria, DealCriteria added)
    {
        var policy = DealPolicy.Default;
        var before = policy.StageOf(criteria)?.Probability ?? 0m;
        var after = policy.StageOf(criteria | added)?.Probability ?? 0m;
        return after >= before;
    }

    [Property]
    public bool Probability_IsAlwaysOneOfTheLadderValues(Deal deal)
    {
        var p = DealPolicy.Default.ProbabilityOf(deal);
        return p == 0m || p == 1m || DealPolicy.Default.Stages.Any(s => s.Probability == p);
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool Flagged_AreOpenDeals_AndFlagsMatchTheirRules(Deal[] deals)
    {
        var flagged = FairyTaleDetector.Detect(deals, AsOf);
        return flagged.All(f => f.Deal.Status == DealStatus.Open && f.Reasons != FairyTaleReason.None
                                && f.Reasons.HasFlag(FairyTaleReason.OverdueDate) == (f.Deal.ExpectedClose < AsOf))
               && deals.Where(d => d.Status == DealStatus.Open && d.ExpectedClose < AsOf)
                   .All(d => flagged.Any(f => f.Deal.Id == d.Id));
    }

    [Property]
    public bool Calibration_RatesAreSharesAndReachShrinksUpTheLadder(Deal[] deals)
    {
        var rows = CalibrationTable.Build(deals);
        return rows.All(r => r.ObservedWinRate is null or >= 0m and <= 1m)
               && rows.Zip(rows.Skip(1)).All(p => p.First.Reached >= p.Second.Reached);
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool LossSummary_CountsEveryLostDealOnceInEachView(Deal[] deals)
    {
        var lost = deals.Where(d => d.Status == DealStatus.Lost).ToList();
        var summary = LossReasonSummary.Build(deals);
        return summary.ByReason.Sum(l => l.Deals) == lost.Count
               && summary.ByManager.Sum(l => l.Deals) == lost.Count
               && summary.ByStage.Sum(l => l.Deals) == lost.Count
               && summary.ByStage.Sum(l => l.Amount) == lost.Sum(d => d.Amount);
    }
}
