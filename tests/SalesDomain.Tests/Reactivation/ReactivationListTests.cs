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
        Assert.Equal(Cdnow.ProbabilityAlive(new RfmSummary(1, 5d / 7d, 30d / 7d)), gone.PAlive, 12);
        var expectedAtRisk = (decimal)((1d - gone.PAlive) * Cdnow.ExpectedPurchasesIfAlive(new RfmSummary(1, 5d / 7d, 30d / 7d), 365d / 7d)) * 500m;
        Assert.Equal(Math.Round(expectedAtRisk, 2), gone.ValueAtRisk);
        Assert.StartsWith("no purchase for 25 days; usual interval 5 days; P(alive) ", gone.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EmptyBase_IsEmpty()
    {
        var list = ReactivationList.Build(ClientBase.Empty, Jan1);
        Assert.Empty(list.Items);
        Assert.Null(list.Model);
    }

    [Fact]
    public void Build_CdnowSampleTransactions_ReproduceTheSummaryAndThePublishedFit()
    {
        // The 39-week calibration period ends 1997-09-30; T and tₓ are in weeks from each client's first purchase.
        var import = TransactionCsvImporter.ImportFile(TestData.PathOf("cdnow/CDNOW_sample.csv"));
        Assert.Empty(import.Rejected);
        var end = new DateOnly(1997, 9, 30);
        var histories = PurchaseHistory.Of(ClientBase.FromSales(import.Accepted), end);
        var summary = File.ReadLines(TestData.PathOf("cdnow/cdnow_customers_summary.csv")).Skip(1)
            .Select(l => l.Split(','))
            .ToDictionary(f => f[0], f => (X: int.Parse(f[1], CultureInfo.InvariantCulture),
                Tx: double.Parse(f[2], CultureInfo.InvariantCulture), T: double.Parse(f[3], CultureInfo.InvariantCulture)));

        Assert.Equal(2357, histories.Length);
        foreach (var h in histories)
        {
            var rfm = h.ToRfm(end, 7d);
            var published = summary[h.ClientId];
            Assert.Equal(published.X, rfm.Frequency);
            Assert.Equal(published.Tx, rfm.Recency, 0.006);
            Assert.Equal(published.T, rfm.Age, 0.006);
        }

        var list = ReactivationList.Build(ClientBase.FromSales(import.Accepted.Where(s => s.Date <= end)), end);
        BgNbdFitterTests.AssertPublishedCdnowEstimates(list.Fit!);
        Assert.All(list.Items, i => Assert.InRange(i.PAlive, 0d, 1d));
    }
}
