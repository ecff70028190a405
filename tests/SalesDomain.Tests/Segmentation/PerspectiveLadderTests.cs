using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Segmentation;

/// <summary>The perspectiveness ladder rules (DOMAIN.md §2, seed 000; docs/segmentation.md).</summary>
public class PerspectiveLadderTests
{
    private static readonly DateOnly AsOf = new(2025, 12, 31);

    private static PerspectiveCategory? Classify(Client client, params (int Year, int Month, int Day, decimal Amount)[] sales)
        => PerspectiveLadder.Classify(client, sales.Select(s => new Sale(client.Id, new(s.Year, s.Month, s.Day), s.Amount)), AsOf);

    private static PerspectiveCategory? Classify(params (int Year, int Month, int Day, decimal Amount)[] sales)
        => Classify(new Client("c"), sales);

    private static (int, int, int, decimal)[] Monthly(int fromMonth, int toMonth, decimal amount, int year = 2025)
        => [.. Enumerable.Range(fromMonth, toMonth - fromMonth + 1).Select(m => (year, m, 10, amount))];

    [Fact]
    public void Flags_WinOverHistory()
    {
        Assert.Equal(PerspectiveCategory.Vip, Classify(new Client("v") { Flags = ClientFlags.Vip | ClientFlags.Partner }));
        Assert.Equal(PerspectiveCategory.Partner, Classify(new Client("p") { Flags = ClientFlags.Partner }));
    }

    [Fact]
    public void NoPurchase_HasNoCategory()
    {
        Assert.Null(Classify());
        Assert.Null(Classify((2025, 1, 1, -10m))); // a return is not a purchase
        Assert.Null(Classify((2026, 1, 1, 10m)));  // after the as-of date
    }

    [Fact]
    public void RecentFirstPurchase_IsNew()
        => Assert.Equal(PerspectiveCategory.New, Classify((2025, 10, 2, 10m), (2025, 11, 2, 10m))); // 90 days before 31 Dec

    [Fact]
    public void ComebackAfterLapse_IsReanimated()
        => Assert.Equal(PerspectiveCategory.Reanimated, Classify((2024, 1, 10, 10m), (2025, 11, 1, 10m)));

    [Fact]
    public void SinglePurchaseDay_IsOneOff()
        => Assert.Equal(PerspectiveCategory.OneOff, Classify((2025, 3, 1, 10m), (2025, 3, 1, 5m)));

    [Fact]
    public void TenActiveMonths_IsPermanent()
        => Assert.Equal(PerspectiveCategory.Permanent, Classify(Monthly(3, 12, 100m)));

    [Fact]
    public void GrowingRepeatBuyer_IsProspective()
        // Jan–Jun: 2 × 100 = 200; Jul–Dec: 3 × 100 = 300 ≥ 1.25 × 200
        => Assert.Equal(PerspectiveCategory.Prospective, Classify([.. Monthly(1, 2, 100m), .. Monthly(7, 9, 100m)]));

    [Fact]
    public void SteadyRepeatBuyer_IsPeriodic()
        // Jan–Jun: 3 × 100; Jul–Dec: 2 × 100 — not growing, 5 active months
        => Assert.Equal(PerspectiveCategory.Periodic, Classify([.. Monthly(1, 3, 100m), .. Monthly(7, 8, 100m)]));

    [Fact]
    public void RareRepeatBuyer_IsOneOff()
        => Assert.Equal(PerspectiveCategory.OneOff, Classify((2024, 6, 1, 100m), (2024, 9, 1, 100m)));

    [Theory]
    [InlineData(PerspectiveCategory.Periodic, true)]
    [InlineData(PerspectiveCategory.Prospective, true)]
    [InlineData(PerspectiveCategory.Permanent, true)]
    [InlineData(PerspectiveCategory.Partner, true)]
    [InlineData(PerspectiveCategory.Vip, true)]
    [InlineData(PerspectiveCategory.Reanimated, false)]
    [InlineData(PerspectiveCategory.New, false)]
    [InlineData(PerspectiveCategory.OneOff, false)]
    [InlineData(PerspectiveCategory.Lapsed, false)]
    public void ForecastTargets_AreTheSeedsFive(PerspectiveCategory category, bool target)
        => Assert.Equal(target, PerspectiveLadder.IsForecastTarget(category));

    [Fact]
    public void FormerMonthlyBuyer_WhoStopped_IsLapsed_NotOneOff()
    {
        // Bought every month through 2023, nothing since; as of 2025-12-31.
        Assert.Equal(PerspectiveCategory.Lapsed, Classify([.. Monthly(1, 12, 100m, year: 2023)]));
        Assert.False(PerspectiveLadder.IsForecastTarget(PerspectiveCategory.Lapsed));
    }

    [Fact]
    public void SilentVip_IsShownLapsed_AndIsNoForecastTarget()
    {
        var vip = new Client("v") { Flags = ClientFlags.Vip };

        var category = Classify(vip, (2021, 3, 1, 5000m));

        Assert.Equal(PerspectiveCategory.Lapsed, category);
        Assert.False(PerspectiveLadder.IsForecastTarget(category));
        Assert.Equal(PerspectiveCategory.Vip, Classify(vip, (2025, 11, 1, 5000m))); // buying: still VIP
    }

    [Fact]
    public void SilentOccasionalBuyer_IsOneOff()
        => Assert.Equal(PerspectiveCategory.OneOff, Classify((2023, 2, 1, 100m), (2023, 9, 1, 100m)));

    [Fact]
    public void IncompleteAsOfMonth_DoesNotCountAgainstAMonthlyBuyer()
    {
        var sales = Enumerable.Range(0, 12).Select(i => new Sale("c", new DateOnly(2024, 7, 10).AddMonths(i), 100m));

        Assert.Equal(PerspectiveCategory.Permanent, PerspectiveLadder.Classify(new Client("c"), sales, new DateOnly(2025, 7, 5)));
    }
}
