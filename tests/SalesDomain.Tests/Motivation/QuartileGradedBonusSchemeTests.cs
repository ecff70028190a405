using SalesDomain.Motivation;
using static SalesDomain.Tests.Motivation.MotivationFixtures;

namespace SalesDomain.Tests.Motivation;

/// <summary>
/// The upfront bonus graded by refusal quartile (DOMAIN.md §6, seed 002): its rates and ungraded quartile are checked,
/// the grading cohort includes its last month, activations without first-month revenue are not graded, and an
/// ungraded agent's payment says so.
/// </summary>
public class QuartileGradedBonusSchemeTests
{
    private static readonly QuartileGradedBonusScheme Graded = new("graded");

    [Theory]
    [InlineData(-1)]
    [InlineData(1001)]
    public void ARateOutOfRange_IsRejected(int rate)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new QuartileGradedBonusScheme("q", [4m, 3m, 2m, rate]));
        Assert.Equal("QuartileRates", e.ParamName);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void TheUngradedQuartile_MayBeAnyQuartile(int quartile)
    {
        Assert.Equal(quartile, new QuartileGradedBonusScheme("q", UngradedQuartile: quartile).UngradedQuartile);
        Assert.Equal(quartile, (Graded with { UngradedQuartile = quartile }).UngradedQuartile);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void TheUngradedQuartile_OutsideOneToFour_IsRejected(int quartile)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Graded with { UngradedQuartile = quartile });
        Assert.Equal("UngradedQuartile", e.ParamName);
        Assert.StartsWith($"UngradedQuartile must be within [1, 4], was {quartile}.", e.Message, StringComparison.Ordinal);
        Assert.Equal("UngradedQuartile", Assert.Throws<ArgumentOutOfRangeException>(() => new QuartileGradedBonusScheme("q", UngradedQuartile: quartile)).ParamName);
    }

    /// <summary>
    /// Agent a1 activates c1 in <paramref name="cohortMonth"/> with <paramref name="cohortRevenue"/>, and c2 in 2024-09,
    /// whose cohort (renewal 4, grading 3 months) is 2024-02..2024-04.
    /// </summary>
    private static PayoutLine SeptemberPayment(string cohortMonth, decimal cohortRevenue)
    {
        MonthlySale[] cohort = cohortRevenue == 0m ? [] : [Sale("a1", "c1", cohortMonth, cohortRevenue)];
        var input = new PayoutInput(
            [new Agent("a1")],
            [new ClientAccount("c1", "a1"), new ClientAccount("c2", "a1")],
            [.. cohort, Sale("a1", "c2", "2024-09", 100m)],
            [new Activation("a1", "c1", M(cohortMonth)), new Activation("a1", "c2", M("2024-09"))]);
        return Assert.Single(PayoutEngine.Evaluate([Graded], input).Lines, l => l.ClientId == "c2");
    }

    [Fact]
    public void AnActivationInTheCohortsLastMonth_Grades()
    {
        var line = SeptemberPayment("2024-04", 100m);
        Assert.Equal(400m, line.Amount);
        Assert.Contains("(quartile 1 of 1 graded agents, refusal share 1/1", line.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void AnActivationBeforeTheCohort_DoesNotGrade()
    {
        var line = SeptemberPayment("2024-01", 100m);
        Assert.Equal(200m, line.Amount);
        Assert.Contains("(ungraded (no activations in the grading cohort), quartile 3)", line.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void AnActivationWithoutFirstMonthRevenue_DoesNotGrade()
    {
        var line = SeptemberPayment("2024-03", 0m);
        Assert.Equal(200m, line.Amount);
        Assert.Equal(
            "activation of client c2 in 2024-09: first-month revenue 100.00 × 2 per $1 (ungraded (no activations in the grading cohort), quartile 3), paid upfront",
            line.Cause);
    }
}
