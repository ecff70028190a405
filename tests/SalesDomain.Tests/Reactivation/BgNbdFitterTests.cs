using System.Globalization;
using SalesDomain.Model;
using SalesDomain.Reactivation;

namespace SalesDomain.Tests.Reactivation;

/// <summary>
/// The BG/NBD maximum-likelihood fit (DOMAIN.md §3; docs/reactivation.md): on the CDNOW summary against the published
/// estimates (Fader, Hardie and Lee 2005 and the lifetimes documentation: r = 0.2426, α = 4.414, a = 0.7929,
/// b = 2.426, ln L = −9582.4 on 2,357 clients, 39-week calibration period, weekly time units), and on degenerate data.
/// </summary>
public class BgNbdFitterTests
{
    private static readonly Lazy<RfmSummary[]> CdnowSummary = new(() =>
        [.. File.ReadLines(TestData.PathOf("cdnow/cdnow_customers_summary.csv")).Skip(1).Select(line =>
        {
            var f = line.Split(',');
            return new RfmSummary(
                int.Parse(f[1], CultureInfo.InvariantCulture),
                double.Parse(f[2], CultureInfo.InvariantCulture),
                double.Parse(f[3], CultureInfo.InvariantCulture));
        })]);

    internal static void AssertPublishedCdnowEstimates(BgNbdFit fit)
    {
        Assert.True(fit.Converged);
        Assert.False(fit.Degenerate);
        AssertSignificantDigits(0.2426, fit.Model.R);
        AssertSignificantDigits(4.414, fit.Model.Alpha);
        AssertSignificantDigits(0.7929, fit.Model.A);
        AssertSignificantDigits(2.426, fit.Model.B);
    }

    /// <summary>Equal to four significant digits.</summary>
    internal static void AssertSignificantDigits(double expected, double actual)
        => Assert.Equal(expected, double.Parse(actual.ToString("G4", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    [Fact]
    public void Fit_CdnowSummary_MatchesPublishedEstimatesToFourSignificantDigits()
    {
        var fit = BgNbdFitter.Fit(CdnowSummary.Value);

        Assert.Equal(2357, fit.Clients);
        AssertPublishedCdnowEstimates(fit);
        Assert.Equal(-9582.4256, fit.LogLikelihood, 0.0001);
    }

    [Fact]
    public void Fit_CdnowSummary_QuasiNewtonAndNelderMeadAgree_WithTheParametersBeforeTheQuasiNewtonFit()
    {
        // Nelder–Mead before the quasi-Newton fit existed gave r = 0.24259286, α = 4.4135288, a = 0.79288689, b = 2.4257564.
        var quasiNewton = BgNbdFitter.Fit(CdnowSummary.Value);
        var nelderMead = BgNbdFitter.Fit(CdnowSummary.Value, BgNbdFitOptions.Default with { Method = BgNbdFitMethod.NelderMead });

        foreach (var fit in new[] { quasiNewton, nelderMead })
        {
            AssertSignificantDigits(0.2426, fit.Model.R);
            AssertSignificantDigits(4.414, fit.Model.Alpha);
            AssertSignificantDigits(0.7929, fit.Model.A);
            AssertSignificantDigits(2.426, fit.Model.B);
        }

        Assert.True(quasiNewton.Evaluations < nelderMead.Evaluations / 4);
    }

    [Fact]
    public void Fit_FromOtherStart_ReachesTheSameMaximum()
    {
        var options = BgNbdFitOptions.Default with { Start = new BgNbdModel(0.5, 10d, 2d, 1d) };

        var fit = BgNbdFitter.Fit(CdnowSummary.Value, options);

        AssertPublishedCdnowEstimates(fit);
    }

    [Fact]
    public void Fit_DoesNotDependOnTheOrderOfTheClients()
    {
        var forward = BgNbdFitter.Fit(CdnowSummary.Value);
        var backward = BgNbdFitter.Fit(CdnowSummary.Value.AsEnumerable().Reverse());

        Assert.Equal(forward, backward); // bit for bit
    }

    [Fact]
    public void Fit_OneClientWithTwoPurchases_IsDegenerate_AndDoesNotThrow()
    {
        // 100 on 2025-01-01 and 2025-01-31, as of 2025-04-01: x = 1, tₓ = 30/7, T = 90/7 weeks. One client cannot
        // identify four parameters: the likelihood rises towards the edges of the box (before: c ≈ 3e10 and a crash).
        var fit = BgNbdFitter.Fit([new RfmSummary(1, 30d / 7d, 90d / 7d)]);

        Assert.True(fit.Degenerate);
        Assert.Contains("bound", fit.DegenerateReason, StringComparison.Ordinal);
        Assert.True(double.IsFinite(fit.LogLikelihood));
    }

    [Fact]
    public void Fit_OnlineRetailSample_IsDegenerate_NoDropout()
    {
        // Before: a = 5.5e-8, b = 14,864 returned as a usable model, P(alive) = 1 for all 3,017 clients, no warning.
        var clientBase = ClientBase.FromSales(OnlineRetailSample.Sales);
        var asOf = OnlineRetailSample.LastInvoice;
        var rfm = PurchaseHistory.Of(clientBase, asOf).Select(h => h.ToRfm(asOf, 7d)).ToArray();

        var fit = BgNbdFitter.Fit(rfm);

        Assert.True(fit.Degenerate);
        Assert.Contains("mean dropout probability a/(a+b)", fit.DegenerateReason, StringComparison.Ordinal);
        Assert.True(fit.Model.A / (fit.Model.A + fit.Model.B) < 1e-4);
        AssertSignificantDigits(0.8245, fit.Model.R); // the purchase process is well identified
        AssertSignificantDigits(15.54, fit.Model.Alpha);
    }

    [Fact]
    public void Fit_NoClients_Throws()
        => Assert.Throws<ArgumentException>(() => BgNbdFitter.Fit([]));

    [Fact]
    public void Fit_BoundsOutOfOrder_ThrowsNamingTheOptions()
    {
        var options = BgNbdFitOptions.Default with { MinParameter = 10d, MaxParameter = 1d };

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => BgNbdFitter.Fit([new RfmSummary(0, 0d, 1d)], options));
        Assert.Equal("options", e.ParamName);
    }
}
