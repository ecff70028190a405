using SalesDomain.Calendar;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Segmentation;

/// <summary>
/// The perspectiveness ladder's thresholds at their exact values, its guards and its optional arguments
/// (docs/segmentation.md). As of 2025-12-31 over the window Jan–Dec 2025 (later half from 1 Jul) with the default
/// options: lapse 180 days, reanimated within 90, new within 90, periodic from 3 active months, growth 1.25.
/// </summary>
public class PerspectiveLadderBoundaryTests
{
    private static readonly DateOnly AsOf = new(2025, 12, 31);
    private static readonly AnalysisWindow Year2025 = new(new SalesMonth(2025, 1), new SalesMonth(2025, 12));

    private static PerspectiveCategory? Classify(Client client, PerspectiveLadderOptions? options, params (DateOnly Date, decimal Amount)[] sales)
        => PerspectiveLadder.Classify(client, [.. sales.Select(s => new Sale(client.Id, s.Date, s.Amount))], AsOf, Year2025, options);

    private static PerspectiveCategory? Classify(params (DateOnly Date, decimal Amount)[] sales)
        => Classify(new Client("c"), null, sales);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Classify_NullClient_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentNullException>(() => PerspectiveLadder.Classify(null!, [], AsOf, Year2025));
        Assert.Equal("client", e.ParamName);
    }

    [Fact]
    public void Classify_NullSales_ThrowsNamingThem()
    {
        var e = Assert.Throws<ArgumentNullException>(() => PerspectiveLadder.Classify(new Client("c"), null!, AsOf, Year2025));
        Assert.Equal("sales", e.ParamName);
    }

    [Fact]
    public void Classify_NullBase_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentNullException>(() => PerspectiveLadder.Classify((ClientBase)null!, AsOf));
        Assert.Equal("clientBase", e.ParamName);
    }

    [Fact]
    public void Classify_GivenOptions_AreUsed()
    {
        // First purchase 60 days ago: New by default (90), but not with NewWithinDays = 30.
        var options = new PerspectiveLadderOptions { NewWithinDays = 30 };

        Assert.Equal(PerspectiveCategory.New, Classify((AsOf.AddDays(-60), 10m)));
        Assert.Equal(PerspectiveCategory.OneOff, Classify(new Client("c"), options, (AsOf.AddDays(-60), 10m)));
    }

    [Fact]
    public void ClassifyBase_GivenWindow_IsUsedForActiveMonths()
    {
        // Monthly Mar–Dec 2025: Permanent over a year-long window; over Jan–Jun only Mar–Jun are active, and Apr–Jun
        // (300) grow on Jan–Mar (100), so Prospective.
        var clientBase = ClientBase.FromSales(
            [.. Enumerable.Range(3, 10).Select(m => new Sale("c", new DateOnly(2025, m, 10), 100m))]);

        var byYear = PerspectiveLadder.Classify(clientBase, AsOf, Year2025);
        var byHalf = PerspectiveLadder.Classify(clientBase, AsOf, new AnalysisWindow(new SalesMonth(2025, 1), new SalesMonth(2025, 6)));

        Assert.Equal(PerspectiveCategory.Permanent, byYear["c"]);
        Assert.Equal(PerspectiveCategory.Prospective, byHalf["c"]);
    }

    [Fact]
    public void IsForecastTarget_GivenOptions_UsesTheirTargets()
    {
        var options = new PerspectiveLadderOptions { ForecastTargets = [PerspectiveCategory.New] };

        Assert.True(PerspectiveLadder.IsForecastTarget(PerspectiveCategory.New, options));
        Assert.False(PerspectiveLadder.IsForecastTarget(PerspectiveCategory.Vip, options));
    }

    [Fact]
    public void LapseDays_AtItsExactValue_MakesAMarkedClientLapsed()
    {
        var vip = new Client("v") { Flags = ClientFlags.Vip };

        Assert.Equal(PerspectiveCategory.Lapsed, Classify(vip, null, (AsOf.AddDays(-180), 10m)));
        Assert.Equal(PerspectiveCategory.Vip, Classify(vip, null, (AsOf.AddDays(-179), 10m)));
    }

    [Fact]
    public void FormerRegularBuyer_SpanBeforeTheLapse_IsWindowLong()
    {
        // Last purchase Dec 2024; the window-long span before it is Jan–Dec 2024, so Dec 2023 does not count:
        // 2 active months, not a former regular buyer.
        Assert.Equal(PerspectiveCategory.OneOff, Classify((D(2023, 12, 10), 10m), (D(2024, 6, 10), 10m), (D(2024, 12, 10), 10m)));
    }

    [Fact]
    public void FormerRegularBuyer_WithExactlyThePeriodicMonths_IsLapsed()
        => Assert.Equal(PerspectiveCategory.Lapsed, Classify((D(2024, 10, 10), 10m), (D(2024, 11, 10), 10m), (D(2024, 12, 10), 10m)));

    [Fact]
    public void SinglePurchaseDay_WithinReanimatedDays_IsNew_NotReanimated()
        => Assert.Equal(PerspectiveCategory.New, Classify((AsOf.AddDays(-60), 10m)));

    [Fact]
    public void ReanimatedWithinDays_AtItsExactValue_MakesAComebackReanimated()
        => Assert.Equal(PerspectiveCategory.Reanimated, Classify((D(2024, 1, 10), 10m), (AsOf.AddDays(-90), 10m)));

    [Fact]
    public void ComebackGap_OfExactlyLapseDays_IsReanimated()
    {
        var latest = D(2025, 11, 1);

        Assert.Equal(PerspectiveCategory.Reanimated, Classify((latest.AddDays(-180), 10m), (latest, 10m)));
    }

    [Fact]
    public void SinglePurchaseDay_BetweenNewAndLapse_IsOneOff()
        => Assert.Equal(PerspectiveCategory.OneOff, Classify((D(2025, 8, 1), 10m)));

    [Fact]
    public void RevenueBeforeTheWindow_DoesNotCountAgainstGrowth()
        // Dec 2024's 1000 is outside the window: earlier half 100 (Mar), later half 200 ⇒ Prospective.
        => Assert.Equal(
            PerspectiveCategory.Prospective,
            Classify((D(2024, 12, 10), 1000m), (D(2025, 3, 10), 100m), (D(2025, 8, 10), 100m), (D(2025, 11, 10), 100m)));

    [Fact]
    public void SaleOnTheAsOfDate_CountsInTheLaterHalf()
        // earlier 100 (Mar); later 100 (Sep) + 100 (31 Dec) = 200 ≥ 125 ⇒ Prospective.
        => Assert.Equal(
            PerspectiveCategory.Prospective,
            Classify((D(2025, 3, 10), 100m), (D(2025, 9, 10), 100m), (AsOf, 100m)));

    [Fact]
    public void SaleOnTheFirstDayOfTheLaterHalf_CountsInTheLaterHalf()
        // earlier 100 (Feb); later 100 (1 Jul) + 100 (Oct) = 200 ≥ 125 ⇒ Prospective.
        => Assert.Equal(
            PerspectiveCategory.Prospective,
            Classify((D(2025, 2, 10), 100m), (D(2025, 7, 1), 100m), (D(2025, 10, 10), 100m)));

    [Fact]
    public void LaterHalfOfZero_IsNotProspective_EvenAfterAnEarlierHalfOfZero()
        // Feb +100, May +100, Jun −200 ⇒ earlier 0; Oct +100, Nov −100 ⇒ later 0; 3 active months ⇒ Periodic.
        => Assert.Equal(
            PerspectiveCategory.Periodic,
            Classify((D(2025, 2, 10), 100m), (D(2025, 5, 10), 100m), (D(2025, 6, 10), -200m), (D(2025, 10, 10), 100m), (D(2025, 11, 10), -100m)));

    [Fact]
    public void ProspectiveGrowth_AtItsExactValue_IsProspective()
        // earlier 100 (Feb); later 60 + 65 = 125 = 1.25 × 100.
        => Assert.Equal(
            PerspectiveCategory.Prospective,
            Classify((D(2025, 2, 10), 100m), (D(2025, 8, 10), 60m), (D(2025, 10, 10), 65m)));

    [Fact]
    public void PeriodicMinActiveMonths_AtItsExactValue_IsPeriodic()
        // Feb, Mar, Sep active; later half 50 does not grow on 200.
        => Assert.Equal(
            PerspectiveCategory.Periodic,
            Classify((D(2025, 2, 10), 100m), (D(2025, 3, 10), 100m), (D(2025, 9, 10), 50m)));

    [Fact]
    public void RepeatBuyer_BelowPeriodicMonths_NotGrowing_IsOneOff()
        => Assert.Equal(PerspectiveCategory.OneOff, Classify((D(2025, 5, 10), 100m), (D(2025, 9, 10), 50m)));

    [Fact]
    public void SeveralPurchaseDaysInOneMonth_CountAsOneActiveMonth()
        // Three days in Feb and one in Sep: 2 active months, not Periodic; not growing ⇒ OneOff.
        => Assert.Equal(
            PerspectiveCategory.OneOff,
            Classify((D(2025, 2, 3), 100m), (D(2025, 2, 10), 100m), (D(2025, 2, 17), 100m), (D(2025, 9, 10), 50m)));
}
