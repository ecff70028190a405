using SalesDomain.Calendar;
using SalesDomain.Forecast;
using static SalesDomain.Tests.Forecast.SalesForecastTests;

namespace SalesDomain.Tests.Forecast;

/// <summary>Forecast accuracy, calibration and loss reasons (DOMAIN.md §5 and §3, seeds 000 and 004; docs/forecast.md).</summary>
public class ForecastAccuracyTests
{
    [Fact]
    public void Measure_ComparesTheSnapshotForecastWithActualWins()
    {
        var snapshot = new[]
        {
            Open("a", "m1", 1000m, "2026-11-20", 70),  // 700
            Open("b", "m1", 1000m, "2026-12-20", 30),  // December: outside the period
            Open("c", "m2", 2000m, "2026-11-25", 50),  // 1000
        };
        var outcomes = new[]
        {
            snapshot[0].AsWon(new DateOnly(2026, 11, 28)) with { Amount = 1200m },
            snapshot[1].AsWon(new DateOnly(2026, 11, 30)),                 // closed early: counts as actual
            snapshot[2].AsLost("Competitor"),
        };

        var report = ForecastAccuracy.Measure(snapshot, AsOf, outcomes, new SalesMonth(2026, 11), new SalesMonth(2026, 11));

        Assert.Equal(
            [("m1", 700m, 2200m), ("m2", 1000m, 0m)],
            report.ByManager.Select(l => (l.ManagerId, l.Forecast, l.Actual)));
        Assert.Equal(1500m, report.ByManager[0].Difference);
        Assert.Equal(1500m / 2200m, report.ByManager[0].AbsolutePercentageError);
        Assert.Null(report.ByManager[1].AbsolutePercentageError);
        Assert.Equal(0m, report.ByManager[1].ActualToForecast);
        Assert.Equal((1700m, 2200m), (report.Total.Forecast, report.Total.Actual));
    }

    [Fact]
    public void Measure_RejectsAnInvertedPeriod()
        => Assert.Throws<ArgumentOutOfRangeException>(() =>
            ForecastAccuracy.Measure([], AsOf, [], new SalesMonth(2026, 12), new SalesMonth(2026, 11)));

    [Fact]
    public void Calibration_HandComputedExample()
    {
        var deals = new[]
        {
            Open("w1", "m", 1m, "2026-11-01", 70).AsWon(AsOf),
            Open("w2", "m", 1m, "2026-11-01", 100).AsWon(AsOf),
            Open("l30", "m", 1m, "2026-11-01", 30).AsLost("Price"),
            Open("l70", "m", 1m, "2026-11-01", 70).AsLost("Price"),
            Open("l0", "m", 1m, "2026-11-01", 30).AsLost("Price") with { Criteria = DealCriteria.None },
            Open("open", "m", 1m, "2026-11-01", 90),
        };

        var rows = CalibrationTable.Build(deals);

        // Reached: every stage is reached by both wins; 30 % also by l30 and l70; 50 % and 70 % by l70.
        Assert.Equal([4, 3, 3, 2, 2], rows.Select(r => r.Reached));
        Assert.Equal([0.5m, 2m / 3m, 2m / 3m, 1m, 1m], rows.Select(r => r.ObservedWinRate!.Value));
        Assert.Equal(0.5m - 0.3m, rows[0].Deviation);
    }

    [Fact]
    public void Calibration_NoClosedDeals_HasNoObservedRate()
        => Assert.All(CalibrationTable.Build([Open("a", "m", 1m, "2026-11-01", 30)]), r => Assert.Null(r.ObservedWinRate));

    [Fact]
    public void LossReasonSummary_HandComputedExample()
    {
        var deals = new[]
        {
            Open("a", "m1", 100m, "2026-11-01", 30).AsLost("price"),
            Open("b", "m2", 300m, "2026-11-01", 70).AsLost("Competitor"),
            Open("c", "m2", 50m, "2026-11-01", 70).AsLost("Price"),
            Open("d", "m2", 10m, "2026-11-01", 30).AsLost("Other") with { Criteria = DealCriteria.None },
            Open("e", "m2", 999m, "2026-11-01", 30),
        };

        var summary = LossReasonSummary.Build(deals);

        Assert.Equal([("Price", 2, 150m), ("Competitor", 1, 300m), ("Other", 1, 10m)], summary.ByReason.Select(l => (l.Reason, l.Deals, l.Amount)));
        Assert.Equal(
            [("m1", "Price", 1), ("m2", "Competitor", 1), ("m2", "Price", 1), ("m2", "Other", 1)],
            summary.ByManager.Select(l => (l.Group, l.Reason, l.Deals)));
        Assert.Equal(
            [("Unqualified", "Other"), ("Calculation sent", "Price"), ("Agreed with decision maker", "Competitor"), ("Agreed with decision maker", "Price")],
            summary.ByStage.Select(l => (l.Group, l.Reason)));
    }
}
