using SalesDomain.Forecast;

namespace SalesDomain.Tests.Forecast;

/// <summary>The deal ladder of DOMAIN.md §5 (seed 000): stages derived from verifiable criteria (docs/forecast.md).</summary>
public class DealPolicyTests
{
    private static readonly DealPolicy Policy = DealPolicy.Default;

    [Theory]
    [InlineData(DealCriteria.None, 0)]
    [InlineData(DealCriteria.CalculationSent, 30)]
    [InlineData(DealCriteria.CalculationSent | DealCriteria.OfferAccepted, 50)]
    [InlineData(DealCriteria.CalculationSent | DealCriteria.OfferAccepted | DealCriteria.AgreedWithDecisionMaker, 70)]
    [InlineData(DealCriteria.All & ~DealCriteria.InvoiceIssued, 90)]
    [InlineData(DealCriteria.All, 100)]
    public void StageOf_CumulativeCriteria_GivesTheSeedProbabilities(DealCriteria criteria, int percent)
        => Assert.Equal(percent / 100m, Policy.StageOf(criteria)?.Probability ?? 0m);

    [Fact]
    public void StageOf_CriterionWithoutTheEarlierOnes_DoesNotRaiseTheStage()
    {
        // Invoice issued but the offer was never accepted: the ladder stops at 30 %.
        Assert.Equal(0.30m, Policy.StageOf(DealCriteria.CalculationSent | DealCriteria.InvoiceIssued)!.Probability);
        Assert.Null(Policy.StageOf(DealCriteria.OrderDateKnown));
    }

    [Fact]
    public void ProbabilityOf_WonIsOne_LostIsZero()
    {
        var deal = new Deal("d", "c", "m", 100m, new DateOnly(2026, 1, 1), DealCriteria.CalculationSent);
        Assert.Equal(0.30m, Policy.ProbabilityOf(deal));
        Assert.Equal(1m, Policy.ProbabilityOf(deal.AsWon(new DateOnly(2026, 1, 2))));
        Assert.Equal(0m, Policy.ProbabilityOf(deal.AsLost("Price")));
        Assert.Equal(ForecastCategory.Closed, Policy.CategoryOf(deal.AsWon(new DateOnly(2026, 1, 2))));
    }

    [Theory]
    [InlineData("70", 70)]
    [InlineData("70%", 70)]
    [InlineData("agreed with decision maker", 70)]
    [InlineData("Agreed-With_Decision Maker", 70)]
    [InlineData("OrderDateKnown", 90)]
    [InlineData(" invoice issued ", 100)]
    public void TryParseStage_AcceptsNameCriterionOrPercent(string text, int percent)
    {
        Assert.True(Policy.TryParseStage(text, out var stage));
        Assert.Equal(percent, stage.Percent);
    }

    [Theory]
    [InlineData("60")]
    [InlineData("")]
    [InlineData("closing push")]
    [InlineData("0.7")]
    public void TryParseStage_RejectsUnknown(string text) => Assert.False(Policy.TryParseStage(text, out _));

    [Fact]
    public void CategoriesAndLimits_FollowTheDocumentedDefaults()
    {
        Assert.Equal(
            [ForecastCategory.Pipeline, ForecastCategory.BestCase, ForecastCategory.BestCase, ForecastCategory.Commit, ForecastCategory.Closed],
            Policy.Stages.Select(s => s.Category));
        Assert.Equal([30, 21, 14, 10, 10], Policy.Stages.Select(s => s.StuckLimitDays));
    }

    [Fact]
    public void Stages_MustHaveRisingProbabilities()
    {
        var ex = Assert.Throws<ArgumentException>(() => Policy with
        {
            Stages = [Policy.Stages[1], Policy.Stages[0]],
        });
        Assert.Contains("strictly rising", ex.Message);
    }

    [Fact]
    public void Stage_RejectsCombinedCriteria()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new DealStage(
            "x", DealCriteria.CalculationSent | DealCriteria.OfferAccepted, 0.3m, ForecastCategory.Pipeline, 10));

    [Fact]
    public void LossReasons_MustBeDistinctIgnoringCase()
        => Assert.Throws<ArgumentException>(() => Policy with { LossReasons = ["Price", "price"] });

    [Fact]
    public void TryResolveLossReason_ReturnsTheListedSpelling()
    {
        Assert.True(Policy.TryResolveLossReason(" no BUDGET ", out var reason));
        Assert.Equal("No budget", reason);
        Assert.False(Policy.TryResolveLossReason("weather", out _));
    }

    [Fact]
    public void Deal_RejectsNegativeAmountNamingTheField()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Deal("d", "c", "m", -1m, default, DealCriteria.None));
        Assert.Equal("Amount", ex.ParamName);
    }

    [Fact]
    public void Deal_AsLost_RequiresAReason()
        => Assert.Throws<ArgumentException>(() => new Deal("d", "c", "m", 1m, default, DealCriteria.None).AsLost(" "));
}
