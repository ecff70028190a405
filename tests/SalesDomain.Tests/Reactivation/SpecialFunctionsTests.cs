using SalesDomain.Reactivation;

namespace SalesDomain.Tests.Reactivation;

/// <summary>
/// ln(1 + x), ln Γ, ψ and the two hypergeometric series of the BG/NBD model against arbitrary-precision values
/// (mpmath, 30 digits): each branch (reflection, recurrence, asymptotic series, rescaled sums, scales beyond the
/// double range) and each argument guard.
/// </summary>
public class SpecialFunctionsTests
{
    [Theory]
    [InlineData(1e-20, 1e-20)] // 1 + x rounds to 1: x itself
    [InlineData(1e-10, 9.9999999995e-11)]
    [InlineData(1d, 0.69314718055994531)]
    [InlineData(1e10, 23.025850930040455)]
    public void LogOnePlus_MatchesTheReference(double x, double expected)
        => Assert.Equal(1d, SpecialFunctions.LogOnePlus(x) / expected, 14);

    [Fact]
    public void LogOnePlus_OfZero_IsZero() => Assert.Equal(0d, SpecialFunctions.LogOnePlus(0d));

    [Theory]
    [InlineData(0.3, 1.09579799481807552)] // below ½: by reflection
    [InlineData(2.5, 0.284682870472919160)]
    [InlineData(100d, 359.134205369575399)]
    public void LogGamma_MatchesTheReference(double x, double expected)
        => Assert.Equal(1d, SpecialFunctions.LogGamma(x) / expected, 13);

    [Theory]
    [InlineData(0.3, -3.50252422220013299)] // recurrence up to 10.3
    [InlineData(10d, 2.25175258906672111)] // the asymptotic series at once
    [InlineData(100d, 4.60016185273808740)]
    public void Digamma_MatchesTheReference(double x, double expected)
        => Assert.Equal(1d, SpecialFunctions.Digamma(x) / expected, 14);

    [Theory]
    [InlineData(0d)]
    [InlineData(-1d)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void LogGammaAndDigamma_OutsideThePositiveReals_ThrowNamingX(double x)
    {
        foreach (var error in new[]
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.LogGamma(x)),
            Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.Digamma(x)),
        })
        {
            Assert.Equal("x", error.ParamName);
            Assert.StartsWith("x must be a finite number > 0, was ", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Hypergeometric2F1_MatchesTheReference()
        => Assert.Equal(1d, SpecialFunctions.Hypergeometric2F1(1.5, 2.25, 3.75, 0.8) / 3.42235412535151940557, 13);

    [Fact]
    public void ScaledHypergeometric2F1_BeyondTheDoubleRange_IsRescaled()
    {
        // ln ₂F₁(1000, 2.5; 4.5; 0.9) = 2286.5…: the terms pass 10³⁰⁸, the sum is rescaled, and a scale of e^−2286
        // brings the value back to about 1.
        const double LogValue = 2286.54685512052222864;
        Assert.Equal(1d, SpecialFunctions.ScaledHypergeometric2F1(1000d, 2.5, 4.5, 0.9, -LogValue), 11);
        Assert.Equal(Math.Exp(1d), SpecialFunctions.ScaledHypergeometric2F1(1000d, 2.5, 4.5, 0.9, 1d - LogValue), 10);

        // A scale that keeps the product inside the double range only together: e^−(LogValue − 700) · ₂F₁ = e^700.
        Assert.Equal(1d, SpecialFunctions.ScaledHypergeometric2F1(1000d, 2.5, 4.5, 0.9, 700d - LogValue) / Math.Exp(700d), 11);
    }

    [Fact]
    public void ScaledHypergeometric2F1_ScaleBelowTheDoubleRange_IsAppliedToTheLogarithm()
    {
        // ₂F₁(50, 50; 1; 0.5) = 2.987e51 (ln 118.526…, mpmath) times e^−800: e^−800 alone underflows to 0, the
        // product e^−681.47 = 2.6e−296 does not.
        const double LogValue = 118.526240539979207397175594389;
        var scaled = SpecialFunctions.ScaledHypergeometric2F1(50d, 50d, 1d, 0.5, -800d);

        Assert.Equal(1d, scaled / Math.Exp(LogValue - 800d), 10);
    }

    [Fact]
    public void ScaledHypergeometric2F1_ScalesASmallValue()
        => Assert.Equal(3d * 3.42235412535151940557, SpecialFunctions.ScaledHypergeometric2F1(1.5, 2.25, 3.75, 0.8, Math.Log(3d)), 12);

    [Fact]
    public void HarmonicPochhammerSeries_MatchesTheReference()
    {
        // Σ (a)ₙ zⁿ/n! · Σₖ₌₀ⁿ⁻¹ 1/(b+k); for a = b = 1 it is −ln(1 − z)/(1 − z).
        Assert.Equal(1d, SpecialFunctions.ScaledHarmonicPochhammerSeries(1d, 1d, 0.5, 0d) / 1.38629436111989061883, 14);
        Assert.Equal(1d, SpecialFunctions.ScaledHarmonicPochhammerSeries(2.5, 0.7, 0.6, 0d) / 22.0730508739507709425, 13);
        Assert.Equal(1d, SpecialFunctions.ScaledHarmonicPochhammerSeries(2.5, 0.7, 0.6, Math.Log(0.25)) / (0.25 * 22.0730508739507709425), 13);
        Assert.Equal(0d, SpecialFunctions.ScaledHarmonicPochhammerSeries(2.5, 0.7, 0d, 0d));
    }

    [Fact]
    public void HarmonicPochhammerSeries_BeyondTheDoubleRange_IsRescaled()
    {
        // For a = 1000, z = 0.9 the terms pass 10³⁰⁸ (the sum is 9.68e1000); scaled by 10⁻¹⁰⁰⁰.
        var scaled = SpecialFunctions.ScaledHarmonicPochhammerSeries(1000d, 1d, 0.9, -1000d * Math.Log(10d));

        Assert.Equal(1d, scaled / 9.68169543788656429545, 10);
    }

    [Theory]
    [InlineData(0d, 1d, 1d, 0.5, "a")]
    [InlineData(double.PositiveInfinity, 1d, 1d, 0.5, "a")]
    [InlineData(1d, -1d, 1d, 0.5, "b")]
    [InlineData(1d, double.NaN, 1d, 0.5, "b")]
    [InlineData(1d, 1d, 0d, 0.5, "c")]
    [InlineData(1d, 1d, -2d, 0.5, "c")]
    [InlineData(1d, 1d, double.NaN, 0.5, "c")]
    [InlineData(1d, 1d, 1d, 1d, "z")]
    [InlineData(1d, 1d, 1d, -0.1, "z")]
    [InlineData(1d, 1d, 1d, double.NaN, "z")]
    public void Hypergeometric2F1_OutsideItsDomain_ThrowsNamingTheArgument(double a, double b, double c, double z, string name)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.Hypergeometric2F1(a, b, c, z));
        Assert.Equal(name, error.ParamName);
        Assert.StartsWith(name + " " + Rules[name] + ", was ", error.Message, StringComparison.Ordinal);
    }

    /// <summary>What each argument's out-of-range error says it must be.</summary>
    private static readonly Dictionary<string, string> Rules = new()
    {
        ["a"] = "must be a finite number > 0",
        ["b"] = "must be a finite number > 0",
        ["c"] = "must be finite and not 0 or a negative integer",
        ["z"] = "must be within [0, 1)",
    };

    [Fact]
    public void Hypergeometric2F1_NegativeNonIntegerC_IsInTheDomain()
        => Assert.True(double.IsFinite(SpecialFunctions.Hypergeometric2F1(1d, 1d, -0.5, 0.1)));

    [Theory]
    [InlineData(0d, 1d, 0.5, "a")]
    [InlineData(1d, 0d, 0.5, "b")]
    [InlineData(1d, 1d, 1d, "z")]
    public void HarmonicPochhammerSeries_OutsideItsDomain_ThrowsNamingTheArgument(double a, double b, double z, string name)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.ScaledHarmonicPochhammerSeries(a, b, z, 0d));
        Assert.Equal(name, error.ParamName);
        Assert.StartsWith(name + " " + Rules[name] + ", was ", error.Message, StringComparison.Ordinal);
    }
}
