using System.Globalization;
using SalesDomain.Reactivation;

namespace SalesDomain.Tests.Reactivation;

/// <summary>
/// The BG/NBD maximum-likelihood fit on the CDNOW sample against the published estimates (DOMAIN.md §3;
/// Fader, Hardie and Lee 2005: r = 0.243, α = 4.414, a = 0.793, b = 2.426, ln L = −9582.4 on 2,357 clients,
/// 39-week calibration period, weekly time units).
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
        Assert.Equal(0.24, Math.Round(fit.Model.R, 2));
        Assert.Equal(4.4, Math.Round(fit.Model.Alpha, 1));
        Assert.Equal(0.79, Math.Round(fit.Model.A, 2));
        Assert.Equal(2.4, Math.Round(fit.Model.B, 1));
    }

    [Fact]
    public void Fit_CdnowSummary_MatchesPublishedEstimatesToTwoSignificantDigits()
    {
        var fit = BgNbdFitter.Fit(CdnowSummary.Value);

        Assert.Equal(2357, fit.Clients);
        AssertPublishedCdnowEstimates(fit);
        Assert.Equal(-9582.4, fit.LogLikelihood, 0.5);
    }

    [Fact]
    public void Fit_FromOtherStart_ReachesTheSameMaximum()
    {
        var options = BgNbdFitOptions.Default with { Start = new BgNbdModel(0.5, 10d, 2d, 1d) };

        var fit = BgNbdFitter.Fit(CdnowSummary.Value, options);

        AssertPublishedCdnowEstimates(fit);
    }

    [Fact]
    public void Fit_NoClients_Throws()
        => Assert.Throws<ArgumentException>(() => BgNbdFitter.Fit([]));
}
