using System.Globalization;
using SalesDomain.Csv;
using SalesDomain.Model;
using SalesDomain.Reactivation;
using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Reactivation;

/// <summary>The ranked reactivation list (DOMAIN.md §3; docs/reactivation.md), by hand and on CDNOW.</summary>
public class ReactivationListTests
{
    private static readonly DateOnly Jan1 = new(2024, 1, 1);
    private static readonly BgNbdModel Cdnow = new(0.243, 4.414, 0.793, 2.426);

    [Fact]
    public void Build_RanksOverdueFirst_ThenValueAtRisk()
    {
        var sales = new[]
        {
            new Sale("steady", Jan1, 100m), new Sale("steady", Jan1.AddDays(10), 100m), new Sale("steady", Jan1.AddDays(20), 100m),
            new Sale("gone", Jan1, 500m), new Sale("gone", Jan1.AddDays(5), 500m),
            new Sale("small", Jan1, 1m), new Sale("small", Jan1.AddDays(2), 1m),
            new Sale("once", Jan1.AddDays(25), 50m),
        };
        var options = ReactivationOptions.Default with { Model = Cdnow };

        var list = ReactivationList.Build(ClientBase.FromSales(sales), Jan1.AddDays(30), options);

        // steady: silence 10 = interval 10 → not overdue; gone: 25 > 5; small: 28 > 2; once: 5 vs median 5 → not overdue.
        Assert.Equal(["gone", "small", "steady", "once"], list.Items.Select(i => i.ClientId));
        Assert.Equal(2, list.OverdueCount);
        Assert.Equal(5d, list.BaseMedianIntervalDays);
        Assert.Null(list.Fit);
        var gone = list.Items[0];
        Assert.Equal(AbcClass.A, gone.Abc);
        Assert.Equal(2, gone.PurchaseDays);
        Assert.Equal(25, gone.DaysSinceLast);
        Assert.Equal(Cdnow.ProbabilityAlive(new RfmSummary(1, 5d / 7d, 30d / 7d)), gone.PAlive!.Value, 12);
        var expectedAtRisk = (decimal)((1d - gone.PAlive.Value) * Cdnow.ExpectedPurchasesIfAlive(new RfmSummary(1, 5d / 7d, 30d / 7d), 365d / 7d)) * 500m;
        Assert.Equal(Math.Round(expectedAtRisk, 2), gone.ValueAtRisk);
        Assert.StartsWith("no purchase for 25 days; usual interval 5 days; P(alive) ", gone.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TwoSalesAMonthApart_KeepsTheRuleList_WhenTheFitIsDegenerate()
    {
        // 100 on 2025-01-01 and 2025-01-31, as of 2025-04-01 (before: ArithmeticException, 2F1 did not converge).
        // Rule by hand: interval 30 days, silence 60 days > 30 → overdue. One client cannot identify the model.
        var sales = new[] { new Sale("c1", new DateOnly(2025, 1, 1), 100m), new Sale("c1", new DateOnly(2025, 1, 31), 100m) };

        var list = ReactivationList.Build(ClientBase.FromSales(sales), new DateOnly(2025, 4, 1));

        var item = Assert.Single(list.Items);
        Assert.Equal((true, 30d, 60, 2), (item.Overdue, item.MeanIntervalDays!.Value, item.DaysSinceLast, item.PurchaseDays));
        Assert.Equal((null, null, null), (item.PAlive, item.ExpectedPurchases, item.ValueAtRisk));
        Assert.Equal("no purchase for 60 days; usual interval 30 days", item.Reason);
        Assert.Null(list.Model);
        Assert.True(list.Fit!.Degenerate);
        var warning = Assert.Single(list.Warnings);
        Assert.Contains(list.Fit.DegenerateReason!, warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TwentyClientsBuyingMostMonths_KeepsTheRuleList()
    {
        // Client k buys on the 1st of every month of 2024 but month 2 + k % 10: 11 purchase days from 1 Jan to 1 Dec,
        // interval 335 / 10 = 33.5 days; as of 2025-01-15 the silence is 45 days → all 20 overdue (before: a crash).
        var sales = Enumerable.Range(0, 20).SelectMany(k => Enumerable.Range(1, 12)
            .Where(m => m != 2 + (k % 10))
            .Select(m => new Sale($"k{k:00}", new DateOnly(2024, m, 1), 100m))).ToArray();

        var list = ReactivationList.Build(ClientBase.FromSales(sales), new DateOnly(2025, 1, 15));

        Assert.Equal(20, list.OverdueCount);
        Assert.All(list.Items, i => Assert.Equal((33.5, 45, 11), (i.MeanIntervalDays!.Value, i.DaysSinceLast, i.PurchaseDays)));
        Assert.True(list.Fit!.Degenerate);
        Assert.All(list.Items, i => Assert.Null(i.PAlive));
        Assert.Equal([.. Enumerable.Range(0, 20).Select(k => $"k{k:00}")], list.Items.Select(i => i.ClientId)); // same revenue: by id
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Build_OnlineRetailSample_WarnsThatTheFitShowsNoDropout()
    {
        var list = ReactivationList.Build(ClientBase.FromSales(OnlineRetailSample.Sales), OnlineRetailSample.LastInvoice);

        Assert.True(list.Fit!.Degenerate);
        Assert.Null(list.Model);
        Assert.Contains("no dropout", Assert.Single(list.Warnings), StringComparison.Ordinal);
        Assert.All(list.Items, i => Assert.Null(i.PAlive));
        Assert.True(list.OverdueCount > 0);
    }

    [Fact]
    public void Build_ZeroAmountAndCancelledDays_AreNotPurchaseDays()
    {
        // "a": 10 on day 0, a 0.00 row on day 30, an order cancelled on day 45, 30 on day 61 → purchase days 0 and 61.
        // "z": only a 0.00 row → no purchase day, not on the list.
        var sales = new[]
        {
            new Sale("a", Jan1, 10m), new Sale("a", Jan1.AddDays(30), 0m),
            new Sale("a", Jan1.AddDays(45), 20m), new Sale("a", Jan1.AddDays(45), -20m), new Sale("a", Jan1.AddDays(61), 30m),
            new Sale("z", Jan1.AddDays(3), 0m),
        };

        var list = ReactivationList.Build(ClientBase.FromSales(sales), Jan1.AddDays(100), ReactivationOptions.Default with { Model = Cdnow });

        var a = Assert.Single(list.Items);
        Assert.Equal(("a", 2, 61d, 39, false), (a.ClientId, a.PurchaseDays, a.MeanIntervalDays!.Value, a.DaysSinceLast, a.Overdue));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Build_CdnowMaster_KeepsTheParametersCountsAndRankOrder()
    {
        // Before the sufficient-statistics fit and the parallel list: r = 0.268327, α = 5.99787, a = 0.483183, b = 2.1086.
        var clientBase = ClientBase.FromSales(TransactionCsvImporter.ImportFile(TestData.PathOf("cdnow/CDNOW_master.csv")).Accepted);

        var list = ReactivationList.Build(clientBase, new DateOnly(1998, 6, 30));

        Assert.Equal(23_502, list.Items.Length);
        Assert.Equal(19_208, list.OverdueCount);
        var model = Assert.IsType<BgNbdModel>(list.Model);
        BgNbdFitterTests.AssertSignificantDigits(0.2683, model.R);
        BgNbdFitterTests.AssertSignificantDigits(5.998, model.Alpha);
        BgNbdFitterTests.AssertSignificantDigits(0.4832, model.A);
        BgNbdFitterTests.AssertSignificantDigits(2.109, model.B);
        var ranked = list.Items.OrderByDescending(i => i.Overdue)
            .ThenBy(i => i.ValueAtRisk is null).ThenByDescending(i => i.ValueAtRisk)
            .ThenBy(i => i.PAlive is null).ThenBy(i => i.PAlive)
            .ThenByDescending(i => i.Revenue)
            .ThenBy(i => i.ClientId, StringComparer.Ordinal)
            .Select(i => i.ClientId);
        Assert.Equal(ranked, list.Items.Select(i => i.ClientId));
    }

    [Fact]
    public void Build_EmptyBase_IsEmpty()
    {
        var list = ReactivationList.Build(ClientBase.Empty, Jan1);
        Assert.Empty(list.Items);
        Assert.Null(list.Model);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Build_CdnowSampleTransactions_ReproduceTheSummary_ButForClientsWhoseOnlyPurchaseIsZero()
    {
        // The 39-week calibration period ends 1997-09-30; T and tₓ are in weeks from each client's first purchase.
        // The published summary counts a 0.00 order as a purchase; a purchase day needs a positive net amount
        // (DOMAIN.md §9), so the 8 clients whose only order was 0.00 have no purchase day. Everyone else matches.
        var import = TransactionCsvImporter.ImportFile(TestData.PathOf("cdnow/CDNOW_sample.csv"));
        Assert.Empty(import.Rejected);
        var end = new DateOnly(1997, 9, 30);
        var clientBase = ClientBase.FromSales(import.Accepted.Where(s => s.Date <= end));
        var histories = PurchaseHistory.Of(clientBase, end);
        var summary = File.ReadLines(TestData.PathOf("cdnow/cdnow_customers_summary.csv")).Skip(1)
            .Select(l => l.Split(','))
            .ToDictionary(f => f[0], f => (X: int.Parse(f[1], CultureInfo.InvariantCulture),
                Tx: double.Parse(f[2], CultureInfo.InvariantCulture), T: double.Parse(f[3], CultureInfo.InvariantCulture)));

        Assert.Equal(2357, summary.Count);
        Assert.Equal(2349, histories.Length);
        var missing = summary.Keys.Except(histories.Select(h => h.ClientId)).ToArray();
        Assert.Equal(8, missing.Length);
        Assert.All(missing, id => Assert.All(clientBase.SalesOf(id), s => Assert.Equal(0m, s.Amount)));
        foreach (var h in histories)
        {
            var rfm = h.ToRfm(end, 7d);
            var published = summary[h.ClientId];
            Assert.Equal(published.X, rfm.Frequency);
            Assert.Equal(published.Tx, rfm.Recency, 0.006);
            Assert.Equal(published.T, rfm.Age, 0.006);
        }

        // Without the 8 zero-order clients the fit moves in the third digit from the published r = 0.2426, α = 4.414,
        // a = 0.7929, b = 2.426.
        var list = ReactivationList.Build(clientBase, end);
        Assert.False(list.Fit!.Degenerate);
        Assert.Empty(list.Warnings);
        BgNbdFitterTests.AssertSignificantDigits(0.2439, list.Fit.Model.R);
        BgNbdFitterTests.AssertSignificantDigits(4.422, list.Fit.Model.Alpha);
        BgNbdFitterTests.AssertSignificantDigits(0.7925, list.Fit.Model.A);
        BgNbdFitterTests.AssertSignificantDigits(2.423, list.Fit.Model.B);
        Assert.All(list.Items, i => Assert.InRange(i.PAlive!.Value, 0d, 1d));
    }
}
