using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Model;
using SalesDomain.Reactivation;
using SalesDomain.Testing;

namespace SalesDomain.Tests.Reactivation;

/// <summary>The reactivation generators reach the edge cases the fit must survive, and the bases it fits well.</summary>
public class ReactivationGeneratorsTests
{
    [Trait("Category", "Slow")]
    [Fact]
    public void ShapedBases_ReachEveryShape_DegenerateAndUsableFits_ZeroRowsAndCancellations()
    {
        var samples = ReactivationGenerators.ShapedBases().Sample(50, new Rnd(20251202UL, 0x9E3779B97F4A7C15UL), 200);
        var fits = samples.Where(s => !s.Base.Sales.IsEmpty).Select(s =>
        {
            var asOf = s.Base.Sales.Max(x => x.Date).AddDays(30);
            var rfm = PurchaseHistory.Of(s.Base, asOf).Select(h => h.ToRfm(asOf, 7d)).ToArray();
            return (s.Shape, Fit: rfm.Length == 0 ? null : BgNbdFitter.Fit(rfm));
        }).ToArray();

        Assert.All(Enum.GetValues<ReactivationBaseShape>(), shape => Assert.Contains(samples, s => s.Shape == shape));
        Assert.Contains(fits, f => f.Fit is { Degenerate: true });
        Assert.Contains(fits, f => f.Fit is { Degenerate: false });
        Assert.Contains(fits, f => f.Shape == ReactivationBaseShape.BgNbdProcess && f.Fit is { Degenerate: false });
        Assert.Contains(samples, s => s.Base.Clients.Length == 1);
        Assert.Contains(samples, s => s.Base.Sales.Any(x => x.Amount == 0m));
        Assert.Contains(samples, s => s.Base.Sales.Any(x => x.IsReturn && s.Base.Sales.Any(y => y.ClientId == x.ClientId && y.Date == x.Date && y.Amount == -x.Amount)));
        Assert.Contains(samples, s => s.Base.Clients.Length > 1 && s.Base.Clients.All(c => PurchaseDays.Of(s.Base.SalesOf(c.Id)).Length == 1));
    }
}
