using SalesDomain.Motivation;
using static SalesDomain.Tests.Motivation.MotivationFixtures;

namespace SalesDomain.Tests.Motivation;

/// <summary>
/// The renewal rule shared by the upfront bonuses (DOMAIN.md §6, seed 002): a clawback's cause says how much of the
/// bonus goes back, a zero rate pays and claws back nothing, and a negative bonus is refused.
/// </summary>
public class RenewalBonusSchemeTests
{
    [Fact]
    public void AWholeClawback_SaysTheWholeBonusIsTakenBack()
    {
        var clawback = Assert.Single(PayoutEngine.Evaluate([SeedUpfront], Path(500m, 500m, 500m, 300m)).Lines, l => l.Kind == PayoutLineKind.Clawback);
        Assert.Equal(-1000m, clawback.Amount);
        Assert.Equal(
            "renewal failed after 2 of 4 months: client c1 bought 300.00 in 2024-04, below the required 500.00; whole bonus of 1000.00 taken back",
            clawback.Cause);
    }

    [Fact]
    public void AProRataClawback_NamesTheUnearnedShare()
    {
        var scheme = SeedUpfront with { Clawback = ClawbackMode.ProRata };
        var clawback = Assert.Single(PayoutEngine.Evaluate([scheme], Path(500m, 500m, 500m, 300m)).Lines, l => l.Kind == PayoutLineKind.Clawback);
        Assert.Equal(-500m, clawback.Amount);
        Assert.Equal(
            "renewal failed after 2 of 4 months: client c1 bought 300.00 in 2024-04, below the required 500.00; 2/4 of the bonus of 1000.00 taken back",
            clawback.Cause);
    }

    [Fact]
    public void AZeroRate_PaysNothing_AndClawsNothingBack()
        => Assert.Empty(PayoutEngine.Evaluate([SeedUpfront with { RatePerDollar = 0m }], Path(500m, 500m, 300m)).Lines);

    [Fact]
    public void ClawbackOf_RefusesANegativeBonus()
        => Assert.Equal("bonus", Assert.Throws<ArgumentOutOfRangeException>(() => SeedUpfront.ClawbackOf(-1m, 0)).ParamName);
}

/// <summary>The outcome of a renewal window (DOMAIN.md §6): pending or renewed windows have no failure month and no reason.</summary>
public class RenewalOutcomeTests
{
    [Fact]
    public void AWindowReachingPastTheAsOfMonth_IsPending_WithNoReason()
    {
        var input = Path(500m, 500m);
        var outcome = RenewalOutcome.Track(new EvaluationContext(input), input.Activations[0], 4, 1m);
        Assert.Equal(new RenewalOutcome(false, true, 1, default, string.Empty), outcome);
    }

    [Fact]
    public void ARenewedWindow_HasNoReason()
    {
        var input = Path(500m, 500m, 500m, 500m, 500m);
        var outcome = RenewalOutcome.Track(new EvaluationContext(input), input.Activations[0], 4, 1m);
        Assert.Equal(new RenewalOutcome(false, false, 4, default, string.Empty), outcome);
    }
}
