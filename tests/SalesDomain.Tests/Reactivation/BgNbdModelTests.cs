using SalesDomain.Reactivation;

namespace SalesDomain.Tests.Reactivation;

/// <summary>Hand-computed BG/NBD values (DOMAIN.md §3; docs/reactivation.md) with the published CDNOW parameters.</summary>
public class BgNbdModelTests
{
    private static readonly BgNbdModel Cdnow = new(0.243, 4.414, 0.793, 2.426);

    [Fact]
    public void ProbabilityAlive_HandComputed()
    {
        // 1 / (1 + a/(b+x−1) · ((α+T)/(α+tₓ))^(r+x)) with x = 2, tₓ = 30.43, T = 38.86.
        Assert.Equal(0.726579, Cdnow.ProbabilityAlive(new RfmSummary(2, 30.43, 38.86)), 6);
        Assert.Equal(0.123679, Cdnow.ProbabilityAlive(new RfmSummary(2, 5d, 38.86)), 6);
    }

    [Fact]
    public void ProbabilityAlive_NoRepeatPurchase_IsOne()
        => Assert.Equal(1d, Cdnow.ProbabilityAlive(new RfmSummary(0, 0d, 38.86)));

    [Fact]
    public void LogLikelihood_NoRepeatPurchase_IsRTimesLogAlphaOverAlphaPlusT()
        => Assert.Equal(0.243 * Math.Log(4.414 / (4.414 + 38.86)), Cdnow.LogLikelihood(new RfmSummary(0, 0d, 38.86)), 12);

    [Fact]
    public void ExpectedPurchasesIfAlive_ShortHorizon_IsHorizonTimesPosteriorMeanRate()
    {
        // For small t, E[Y(t) | alive] ≈ t · E[λ | x, T] = t · (r + x) / (α + T).
        var client = new RfmSummary(3, 20d, 30d);
        const double t = 1e-4;
        var expected = t * (0.243 + 3) / (4.414 + 30d);
        Assert.Equal(1d, Cdnow.ExpectedPurchasesIfAlive(client, t) / expected, 3);
    }

    [Fact]
    public void ExpectedPurchases_IsPAliveTimesIfAlive_AndZeroForZeroHorizon()
    {
        var client = new RfmSummary(2, 30.43, 38.86);
        Assert.Equal(Cdnow.ProbabilityAlive(client) * Cdnow.ExpectedPurchasesIfAlive(client, 39d), Cdnow.ExpectedPurchases(client, 39d), 12);
        Assert.Equal(0d, Cdnow.ExpectedPurchases(client, 0d));
    }

    [Theory]
    [InlineData(2, 30.43, 38.86, 39d, 1.6873993058053130)] // reference values from an arbitrary-precision ₂F₁
    [InlineData(0, 0d, 38.86, 39d, 0.19509805201126264)]
    public void ExpectedPurchasesIfAlive_MatchesArbitraryPrecisionReference(int x, double tx, double age, double t, double expected)
        => Assert.Equal(expected, Cdnow.ExpectedPurchasesIfAlive(new RfmSummary(x, tx, age), t), 10);

    [Fact]
    public void ExpectedPurchasesIfAlive_ExtremeParameters_NeitherUnderflowsNorOverflows()
    {
        // z = t/(α+T+t) ≈ 0.998 and a decay factor of e^−1033 below the double range: terms must be summed in log space.
        var model = new BgNbdModel(38.018939632056124, 0.003715352290971724, 0.3801893963205612, 16.595869074375607);
        var client = new RfmSummary(134, 0d, 0d);
        Assert.Equal(1d, model.ExpectedPurchasesIfAlive(client, 2d) / 12756.009267876675, 9);
        Assert.Equal(1d, model.ExpectedPurchasesIfAlive(client, 1.5) / 10636.867360276716, 9);
    }

    [Theory]
    [InlineData(0.5, 5d, 2d, 1, 3d, 10d, 52d, 2.8473476832803417)] // a = 1: the removable singularity's limit
    [InlineData(0.003388441561392024, 14.454397707459272, 478.6300923226385, 0, 0d, 11.18, 3d, 0.00039650163921804536)]
    public void ExpectedPurchasesIfAlive_AtAEqualToOne_MatchesTheLimit(
        double r, double alpha, double b, int x, double tx, double age, double t, double expected)
        => Assert.Equal(1d, new BgNbdModel(r, alpha, 1d, b).ExpectedPurchasesIfAlive(new RfmSummary(x, tx, age), t) / expected, 9);

    [Fact]
    public void Hypergeometric2F1_KnownClosedForms()
    {
        Assert.Equal(2d * Math.Log(2d), SpecialFunctions.Hypergeometric2F1(1d, 1d, 2d, 0.5), 12);
        Assert.Equal(Math.Pow(1d - 0.9, -1.7), SpecialFunctions.Hypergeometric2F1(1.7, 3d, 3d, 0.9), 9);
        Assert.Equal(1d, SpecialFunctions.Hypergeometric2F1(2d, 3d, 4d, 0d));
    }

    [Fact]
    public void Hypergeometric2F1_HugeParameters_ConvergeInFewTerms()
    {
        // The arguments of the former crashes (c ≈ 3e10 and 7e11), against arbitrary-precision values (mpmath).
        Assert.Equal(1.000000000429717424, SpecialFunctions.Hypergeometric2F1(70550.82184497672, 1.0000000000000016, 27659207877.934998, 0.00016846924311609985), 14);
        Assert.Equal(1d, SpecialFunctions.Hypergeometric2F1(1994389.2296693323, 727589651532.3512, 727589651531.3512, 4.543886010949005E-06) / 8623.944953058298646, 10);
        Assert.Equal(1d, SpecialFunctions.Hypergeometric2F1(5d, 1e12, 1e12, 0.3) / Math.Pow(0.7, -5d), 12); // ₂F₁(a, b; b; z) = (1 − z)^−a
    }

    [Theory]
    [InlineData(1e4, 2e4, 0.7, 5e5, 5, 20d, 30d, 52d, 25.97356665818583885)]
    [InlineData(0.243, 4.414, 0.793, 2.426, 200, 70d, 70.5, 52d, 111.7324165303885712)]
    public void ExpectedPurchasesIfAlive_LargeParameters_MatchArbitraryPrecision(
        double r, double alpha, double a, double b, int x, double tx, double age, double t, double expected)
        => Assert.Equal(1d, new BgNbdModel(r, alpha, a, b).ExpectedPurchasesIfAlive(new RfmSummary(x, tx, age), t) / expected, 9);

    [Fact]
    public void ExpectedPurchases_HugeFrequency_ThrowsNamingTheClient()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Cdnow.ExpectedPurchases(new RfmSummary(int.MaxValue, 10d, 10d), 52d));

        Assert.Equal("client", e.ParamName);
        Assert.Contains("2147483647", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1e300)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-1d)]
    [InlineData(double.NaN)]
    public void ExpectedPurchases_HorizonOutOfRange_ThrowsNamingPeriods(double periods)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Cdnow.ExpectedPurchases(new RfmSummary(2, 30.43, 38.86), periods));

        Assert.Equal("periods", e.ParamName);
        Assert.Contains(periods.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Digamma_KnownValues()
    {
        Assert.Equal(-0.5772156649015329, SpecialFunctions.Digamma(1d), 14);
        Assert.Equal(-1000000.5772140199686681, SpecialFunctions.Digamma(1e-6), 8);
        Assert.Equal(1.9467574842460868, SpecialFunctions.Digamma(7.5), 14);
    }

    [Fact]
    public void LogGamma_KnownValues()
    {
        Assert.Equal(Math.Log(24d), SpecialFunctions.LogGamma(5d), 12);
        Assert.Equal(0.5 * Math.Log(Math.PI), SpecialFunctions.LogGamma(0.5), 12);
        Assert.Equal(Math.Log(1e6), SpecialFunctions.LogGamma(1e-6), 5);
    }

    [Theory]
    [InlineData(0d, 1d, 1d, 1d)]
    [InlineData(1d, -1d, 1d, 1d)]
    [InlineData(1d, 1d, double.NaN, 1d)]
    public void Constructor_NonPositiveParameter_Throws(double r, double alpha, double a, double b)
        => Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new BgNbdModel(r, alpha, a, b));

    [Fact]
    public void RfmSummary_RecencyBeyondAge_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new RfmSummary(1, 5d, 4d));
}
