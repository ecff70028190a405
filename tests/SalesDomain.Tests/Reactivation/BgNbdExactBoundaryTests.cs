using SalesDomain.Model;
using SalesDomain.Reactivation;

namespace SalesDomain.Tests.Reactivation;

/// <summary>
/// The BG/NBD likelihood, model and fit at the exact edges of their rules: parameters that underflow to 0 or overflow
/// the likelihood, a purchase pattern whose log-sum-exp terms differ by more than e⁷⁰⁹, a frequency exactly at the
/// no-dropout bound, and fits stopped on their start to see each degenerate reason at its exact threshold.
/// </summary>
public class BgNbdExactBoundaryTests
{
    private static readonly RfmSummary[] Clients = [new(0, 0d, 30d), new(2, 20d, 30d), new(5, 29d, 35d)];

    /// <summary>θ = ln of the parameter; e^−800 underflows to 0, so the parameter is 0.</summary>
    [Theory]
    [InlineData(-800d, 0d, 0d, 0d)]
    [InlineData(0d, -800d, 0d, 0d)]
    [InlineData(0d, 0d, -800d, 0d)]
    [InlineData(0d, 0d, 0d, -800d)]
    public void NegativeLogLikelihood_ParameterUnderflowingToZero_IsInfinite_NotAnError(double lnR, double lnAlpha, double lnA, double lnB)
    {
        var likelihood = new BgNbdLikelihood(Clients);

        Assert.Equal(double.PositiveInfinity, likelihood.NegativeLogLikelihood([lnR, lnAlpha, lnA, lnB], new double[4]));
    }

    [Fact]
    public void NegativeLogLikelihood_OverflowingWithFiniteParameters_IsInfinite_NotNaN()
    {
        // r = e⁷⁰⁹ and α = e⁷⁰⁰ are finite, but r · ln α and ln Γ(r) overflow.
        var likelihood = new BgNbdLikelihood(Clients);

        Assert.Equal(double.PositiveInfinity, likelihood.NegativeLogLikelihood([709d, 700d, 0d, 0d], new double[4]));
    }

    [Fact]
    public void NegativeLogLikelihood_DroppedOutTermLargerByMoreThanTheDoubleRange_StaysFinite()
    {
        // r = 1000, α = 0.001: a client with 10 repeat purchases all in the first 0.001 of 1,000 time units. ln A₄ − ln A₃
        // = −ln 10 + 1010 · ln(1000.001 / 0.002) ≈ 13,250, so e^(ln A₄ − ln A₃) overflows: the sum is taken around
        // the larger term. The grouped likelihood equals the per-client formula.
        var client = new RfmSummary(10, 0.001, 1000d);
        var model = new BgNbdModel(1000d, 0.001, 1d, 1d);
        var likelihood = new BgNbdLikelihood([client]);

        var value = likelihood.NegativeLogLikelihood([Math.Log(model.R), Math.Log(model.Alpha), Math.Log(model.A), Math.Log(model.B)], new double[4]);

        Assert.True(double.IsFinite(value), $"was {value}");
        Assert.Equal(1d, value / -model.LogLikelihood(client), 10);
    }

    [Fact]
    public void ExpectedPurchasesIfAlive_FrequencyExactlyAtTheBound_NamesPeriods()
    {
        // α + T = 2, x = 20, t = 10⁶: x · t / (α + T) = 10⁷ exactly, not beyond the bound, so the frequency alone is
        // fine and the horizon (with r added) is named.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new BgNbdModel(0.5, 1d, 1d, 1d).ExpectedPurchasesIfAlive(new RfmSummary(20, 1d, 1d), 1e6));

        Assert.Equal("periods", e.ParamName);
    }

    [Fact]
    public void Fit_NullClients_ThrowsNamingThem()
        => Assert.Equal("clients", Assert.Throws<ArgumentNullException>(() => BgNbdFitter.Fit(null!)).ParamName);

    [Theory]
    [InlineData(BgNbdFitMethod.QuasiNewton)]
    [InlineData(BgNbdFitMethod.NelderMead)]
    public void Fit_StartOnTheLowerBound_IsEvaluated(BgNbdFitMethod method)
    {
        // A start exactly on the lower bound is inside the box: with one evaluation both methods return its
        // log-likelihood, the same finite value.
        var options = new BgNbdFitOptions
        {
            MinParameter = 0.01,
            Start = new BgNbdModel(0.01, 3d, 1d, 3d),
            MaxEvaluations = 1,
            Method = method,
        };

        var fit = BgNbdFitter.Fit(Clients, options);

        Assert.Equal(1, fit.Evaluations);
        Assert.True(double.IsFinite(fit.LogLikelihood), $"was {fit.LogLikelihood}");
        var expected = Clients.Sum(c => options.Start.LogLikelihood(c));
        Assert.Equal(1d, fit.LogLikelihood / expected, 12);
    }

    [Fact]
    public void Fit_ParametersExactlyAtTheMarginOfABound_AreAtTheBound()
    {
        // Stopped on its start: r = 1.001 · 10⁻⁵ is exactly 0.1 % above the lower bound 10⁻⁵ and α = 10⁵ / 1.001 exactly
        // 0.1 % below the upper bound 10⁵; both count as at the bound.
        var options = new BgNbdFitOptions
        {
            MinParameter = 1e-5,
            MaxParameter = 1e5,
            Start = new BgNbdModel(1e-5 * 1.001, 1e5 / 1.001, 1d, 3d),
            MaxEvaluations = 1,
        };

        var fit = BgNbdFitter.Fit(Clients, options);

        Assert.Equal(options.Start.R, fit.Model.R);
        Assert.Equal(options.Start.Alpha, fit.Model.Alpha);
        Assert.Contains("r = 1E-05 at the lower bound 1E-05", fit.DegenerateReason, StringComparison.Ordinal);
        Assert.Contains("alpha = 9.99E+04 at the upper bound 1E+05", fit.DegenerateReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.5, false)]
    [InlineData(0.5000001, true)]
    public void Fit_DropoutExactlyAtTheMinimum_IsIdentified(double minDropout, bool degenerate)
    {
        // Stopped on its start a = b = 1: the mean dropout a/(a + b) is exactly 0.5.
        var options = new BgNbdFitOptions { Start = new BgNbdModel(1d, 3d, 1d, 1d), MaxEvaluations = 1, MinDropout = minDropout };

        var fit = BgNbdFitter.Fit(Clients, options);

        Assert.Equal(degenerate, fit.DegenerateReason!.Contains("mean dropout probability a/(a+b) = 0.5 is below", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_LikelihoodNotFiniteAtTheStart_IsDegenerate_SayingSo()
    {
        // r = 10³⁰⁸ is inside the box, but ln Γ(r) overflows: the search stops at once.
        var options = new BgNbdFitOptions { MaxParameter = 1e308, Start = new BgNbdModel(1e308, 3d, 1d, 3d) };

        var fit = BgNbdFitter.Fit(Clients, options);

        Assert.Equal(1, fit.Evaluations);
        Assert.False(fit.Converged);
        Assert.Equal(double.NegativeInfinity, fit.LogLikelihood);
        Assert.StartsWith("the log-likelihood is not finite", fit.DegenerateReason, StringComparison.Ordinal);
    }
}
