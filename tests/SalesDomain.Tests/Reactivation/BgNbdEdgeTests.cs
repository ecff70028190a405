using SalesDomain.Model;
using SalesDomain.Reactivation;

namespace SalesDomain.Tests.Reactivation;

/// <summary>
/// Edges of the BG/NBD model, fit and summary: the evaluable range at its exact bounds and which argument its errors
/// name, the a + b = 1 limit for a new client, each reason a fit is degenerate, and the summary's checks.
/// </summary>
public class BgNbdEdgeTests
{
    [Fact]
    public void ExpectedPurchasesIfAlive_AtBothBoundsExactly_IsEvaluated()
    {
        // r = 10, x = 0, α + T = 100, t = 10⁸: t = 10⁶ (α + T) and (r + x) t / (α + T) = 10⁷, both exactly at the bound.
        var model = new BgNbdModel(10d, 100d, 0.8, 2d);
        var client = new RfmSummary(0, 0d, 0d);

        Assert.True(model.ExpectedPurchasesIfAlive(client, 1e8) > 0d);
        Assert.NotNull(model.TryExpectedPurchasesIfAlive(client, 1e8));
        Assert.Null(model.TryExpectedPurchasesIfAlive(client, 1.0000001e8));
    }

    [Fact]
    public void ExpectedPurchasesIfAlive_TooManyPurchasesForTheHorizon_NamesPeriods_WhenTheFrequencyAloneIsFine()
    {
        // r = 10⁴, x = 0, α + T = 1: (r + x) · 2000 = 2·10⁷ is beyond 10⁷ because of r, not of the client's frequency.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new BgNbdModel(1e4, 1d, 1d, 1d).ExpectedPurchasesIfAlive(new RfmSummary(0, 0d, 0d), 2000d));

        Assert.Equal("periods", e.ParamName);
        Assert.Contains("is too long for this client and model: (r + x) · periods / (alpha + T) must be at most 1e7 (r = 10000, x = 0, alpha + T = 1, periods = 2000)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpectedPurchasesIfAlive_HugeFrequency_NamesTheClient_AndSaysWhy()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new BgNbdModel(0.5, 1d, 1d, 1d).ExpectedPurchasesIfAlive(new RfmSummary(20_000_000, 1d, 1d), 2d));

        Assert.Equal("client", e.ParamName);
        Assert.Contains("Frequency is too large for the horizon: (r + x) · periods / (alpha + T) must be at most 1e7", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpectedPurchasesIfAlive_NewClientWithAPlusBEqualToOne_IsTheLimit()
    {
        // x = 0 and a + b = 1: the formula's factor (a + b + x − 1) is 0 and ₂F₁ has c = 0; the limit, against mpmath
        // with b = 0.7 + 10⁻³⁰ at 60 digits.
        var value = new BgNbdModel(0.5, 4d, 0.3, 0.7).ExpectedPurchasesIfAlive(new RfmSummary(0, 0d, 10d), 20d);

        Assert.Equal(1d, value / 0.5781501308276990862825693, 12);
    }

    [Fact]
    public void Fit_BoundsEqual_ThrowsNamingTheOptions()
    {
        var options = BgNbdFitOptions.Default with { MinParameter = 1d, MaxParameter = 1d };

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => BgNbdFitter.Fit([new RfmSummary(1, 1d, 2d)], options));
        Assert.Equal("options", e.ParamName);
        Assert.Contains("MinParameter must be below MaxParameter 1", e.Message, StringComparison.Ordinal);
    }

    private static RfmSummary[] SmallBase() =>
    [
        new(0, 0d, 30d), new(0, 0d, 20d), new(1, 5d, 30d), new(2, 20d, 25d), new(4, 28d, 30d), new(1, 2d, 32d),
        new(3, 10d, 31d), new(0, 0d, 35d), new(6, 33d, 34d), new(2, 4d, 29d),
    ];

    [Theory]
    [InlineData(BgNbdFitMethod.QuasiNewton)]
    [InlineData(BgNbdFitMethod.NelderMead)]
    public void Fit_NotConverged_IsDegenerate_SayingSo(BgNbdFitMethod method)
    {
        var fit = BgNbdFitter.Fit(SmallBase(), BgNbdFitOptions.Default with { MaxEvaluations = 3, Method = method });

        Assert.False(fit.Converged);
        Assert.StartsWith($"the fit did not converge within {fit.Evaluations} evaluations", fit.DegenerateReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BgNbdFitMethod.QuasiNewton)]
    [InlineData(BgNbdFitMethod.NelderMead)]
    public void Fit_InANarrowBox_StaysInIt_AndNamesEachParameterAtABound(BgNbdFitMethod method)
    {
        // The base's maximum lies outside [0.5, 0.6]⁴: the search stays in the box and each
        // parameter it ends on (or within 0.1 % of) a bound is named, the reasons joined by "; ".
        var fit = BgNbdFitter.Fit(SmallBase(), BgNbdFitOptions.Default with { MinParameter = 0.5, MaxParameter = 0.6, Method = method });

        var m = fit.Model;
        Assert.All(new[] { m.R, m.Alpha, m.A, m.B }, v => Assert.InRange(v, 0.5 * (1 - 1e-12), 0.6 * (1 + 1e-12)));
        var reasons = fit.DegenerateReason!.Split("; ");
        Assert.Contains(reasons, r => r.StartsWith("r = ", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("alpha = 0.6 at the upper bound 0.6", StringComparison.Ordinal));
        Assert.True(reasons.Length >= 2, fit.DegenerateReason);
        Assert.All(reasons, r => Assert.Matches(@"^(r|alpha|a|b) = [0-9.]+ at the (lower bound 0\.5|upper bound 0\.6)$|^the fit did not converge|^mean dropout", r));
    }

    [Fact]
    public void Fit_ParameterInsideTheBox_ByMoreThanTheMargin_IsNotAtABound()
    {
        // The CDNOW-like small base fitted in a box whose bounds are far from every parameter: no bound is named.
        var fit = BgNbdFitter.Fit(SmallBase(), BgNbdFitOptions.Default with { MinParameter = 1e-3, MaxParameter = 1e3 });

        Assert.DoesNotContain("bound", fit.DegenerateReason ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 0d, 0d, "frequency")]
    [InlineData(1, -1d, 0d, "recency")]
    [InlineData(1, 0d, -1d, "age")]
    [InlineData(1, double.NaN, 1d, "recency")]
    [InlineData(0, 0d, double.PositiveInfinity, "age")]
    public void RfmSummary_NegativeOrNotFinite_ThrowsNamingTheValue(int frequency, double recency, double age, string name)
        => Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => new RfmSummary(frequency, recency, age)).ParamName);

    [Fact]
    public void RfmSummary_OutOfOrder_SaysWhy()
    {
        var late = Assert.Throws<ArgumentOutOfRangeException>(() => new RfmSummary(1, 5d, 4d));
        Assert.Equal("recency", late.ParamName);
        Assert.Contains("must not exceed age 4", late.Message, StringComparison.Ordinal);

        var noRepeat = Assert.Throws<ArgumentOutOfRangeException>(() => new RfmSummary(0, 1d, 2d));
        Assert.Equal("recency", noRepeat.ParamName);
        Assert.Contains("must be 0 when frequency is 0", noRepeat.Message, StringComparison.Ordinal);
    }
}
