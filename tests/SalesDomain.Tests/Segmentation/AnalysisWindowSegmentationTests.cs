using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SalesDomain.Calendar;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Segmentation;

/// <summary>ABC and XYZ over one analysis window of complete months (DOMAIN.md §9; docs/calendar.md).</summary>
public class AnalysisWindowSegmentationTests
{
    private static IEnumerable<Sale> Monthly(string client, SalesMonth from, SalesMonth to, decimal amount, int day = 10)
        => SalesMonth.Range(from, to).Select(m => new Sale(client, new DateOnly(m.Year, m.Month, Math.Min(day, m.Days)), amount));

    [Fact]
    public void TheReadmeQuickStart_PrintsWhatItSays()
    {
        var sales = Enumerable.Range(0, 12)
            .Select(m => new Sale("acme", new DateOnly(2025, 1, 15).AddMonths(m), 12_000m))
            .Append(new Sale("globex", new DateOnly(2025, 1, 20), 900m))
            .ToList();
        var result = new SegmentationAnalyzer().Analyze(ClientBase.FromSales(sales), asOf: new DateOnly(2026, 1, 10));

        Assert.Equal("acme: AX over 2025-01..2025-12", $"acme: {result.Abc.ClassOf("acme")}{result.Xyz.ClassOf("acme")} over {result.Window}");
    }

    [Fact]
    public void IncompleteAsOfMonth_IsNotAZeroPeriod_AMonthlyBuyerStaysX()
    {
        // Bought exactly 100 every month from 2024-01 to 2025-06; as of 2025-07-05 July has no sale yet.
        var clientBase = ClientBase.FromSales(Monthly("steady", new(2024, 1), new(2025, 6), 100m));

        var result = new SegmentationAnalyzer().Analyze(clientBase, new DateOnly(2025, 7, 5));

        Assert.Equal(XyzClass.X, result.Xyz.ClassOf("steady"));
        Assert.Equal(new AnalysisWindow(new(2024, 7), new(2025, 6)), result.Window);
        Assert.Equal(12, result.Xyz["steady"].Periods);
    }

    [Fact]
    public void OneDeadClientsOldSale_DoesNotTurnSteadyBuyersIntoZ()
    {
        var sales = new List<Sale> { new("dead", new DateOnly(2022, 3, 1), 50m) };
        foreach (var id in new[] { "s1", "s2", "s3" })
        {
            sales.AddRange(Monthly(id, new(2024, 1), new(2025, 6), 100m));
        }

        var result = new SegmentationAnalyzer().Analyze(ClientBase.FromSales(sales), new DateOnly(2025, 6, 30));

        Assert.All(new[] { "s1", "s2", "s3" }, id => Assert.Equal(XyzClass.X, result.Xyz.ClassOf(id)));
    }

    [Fact]
    public void AClientThatStoppedYearsAgo_IsNotAForever()
    {
        var sales = new List<Sale> { new("old-giant", new DateOnly(2021, 5, 1), 1_000_000m) };
        sales.AddRange(Monthly("today", new(2024, 7), new(2025, 6), 100m));
        sales.AddRange(Monthly("small", new(2024, 7), new(2025, 6), 5m));
        var clientBase = ClientBase.FromSales(sales);

        var lastYear = new SegmentationAnalyzer().Analyze(clientBase, new DateOnly(2025, 6, 30));
        var whole = new SegmentationAnalyzer(new SegmentationOptions { Window = AnalysisWindowRule.WholeHistory })
            .Analyze(clientBase, new DateOnly(2025, 6, 30));

        Assert.Equal(AbcClass.C, lastYear.Abc.ClassOf("old-giant"));
        Assert.Equal(AbcClass.A, lastYear.Abc.ClassOf("today"));
        Assert.Equal(AbcClass.A, whole.Abc.ClassOf("old-giant"));
        Assert.Equal(new AnalysisWindow(new(2021, 5), new(2025, 6)), whole.Window);
    }

    [Fact]
    public void SalesAfterTheAsOfDate_AreIgnored()
    {
        var clientBase = ClientBase.FromSales([.. Monthly("a", new(2024, 7), new(2025, 6), 100m), new Sale("a", new(2025, 7, 2), 99_999m)]);

        var result = new SegmentationAnalyzer().Analyze(clientBase, new DateOnly(2025, 7, 1));

        Assert.Equal(1200m, result.Abc["a"].Value);
        Assert.Equal(XyzClass.X, result.Xyz.ClassOf("a"));
    }

    [Fact]
    public void ProfitRanking_WithAnUnknownProfit_IsRejectedNotTakenAsZero()
    {
        var clientBase = ClientBase.FromSales([new Sale("a", new(2025, 1, 3), 100m), new Sale("b", new(2025, 1, 4), 50m, profit: 5m)]);

        var e = Assert.Throws<ArgumentException>(() =>
            new SegmentationAnalyzer(new SegmentationOptions { Measure = AbcMeasure.Profit }).Analyze(clientBase, new DateOnly(2025, 1, 31)));

        Assert.Contains("'a'", e.Message);
    }

    /// <summary>A base of steady, noisy, seasonal, erratic and lapsed monthly buyers, an as-of date inside a month, and one extra sale.</summary>
    public sealed record Scenario(ClientBase Base, DateOnly AsOf, Sale Extra);

    private static Gen<Scenario> Scenarios() =>
        from clients in Gen.Choose(1, 6)
        from kinds in Gen.ArrayOf(Gen.Choose(0, 4), clients)
        from amounts in Gen.ArrayOf(Gen.Choose(1, 1000), clients)
        from noise in Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(-30, 30), 30), clients)
        from day in Gen.Choose(1, 30)
        from extraClient in Gen.Choose(0, clients - 1)
        from extraAmount in Gen.Choose(1, 100_000)
        from extraDay in Gen.Choose(1, day)
        let asOf = new DateOnly(2025, 7, day) // July is incomplete on every one of these dates
        select new Scenario(Build(kinds, amounts, noise), asOf, new Sale($"c{extraClient}", new DateOnly(2025, 7, extraDay), extraAmount));

    private static ClientBase Build(int[] kinds, int[] amounts, int[][] noise)
    {
        var sales = new List<Sale>();
        for (var c = 0; c < kinds.Length; c++)
        {
            var i = 0;
            foreach (var m in SalesMonth.Range(new(2023, 1), new(2025, 6)))
            {
                decimal a = amounts[c];
                var amount = kinds[c] switch
                {
                    0 => a,                                              // steady: X
                    1 => a + (a * noise[c][i] / 200m),                   // up to ±15 %: X or Y
                    2 => m.Month is 11 or 12 ? 5 * a : a,                 // seasonal: Z
                    3 => noise[c][i] > 0 ? a * noise[c][i] : 0m,          // erratic: Z
                    _ => m < new SalesMonth(2024, 1) ? a : 0m,            // lapsed: no sale in the window
                };
                if (amount != 0m)
                {
                    sales.Add(new Sale($"c{c}", new DateOnly(m.Year, m.Month, 1 + (i % 28)), amount));
                }

                i++;
            }
        }

        return new ClientBase(Enumerable.Range(0, kinds.Length).Select(c => new Client($"c{c}")), [], sales, []);
    }

    [Trait("Category", "Slow")]
    [Property(MaxTest = 200)]
    public Property ASaleInTheIncompleteAsOfMonth_NeverChangesAnXyzClass() => Prop.ForAll(Scenarios().ToArbitrary(), s =>
    {
        var before = new SegmentationAnalyzer().Analyze(s.Base, s.AsOf);
        var after = new SegmentationAnalyzer().Analyze(
            new ClientBase(s.Base.Clients, [], [.. s.Base.Sales, s.Extra], []), s.AsOf);
        return s.Base.Clients.All(c => before.Xyz.ClassOf(c.Id) == after.Xyz.ClassOf(c.Id)
                                       && before.Abc.ClassOf(c.Id) == after.Abc.ClassOf(c.Id));
    });

    [Trait("Category", "Slow")]
    [Fact]
    public void TheScenarioGenerator_ReachesEveryXyzClass()
    {
        var seen = new HashSet<XyzClass>();
        foreach (var s in Scenarios().Sample(300))
        {
            var result = new SegmentationAnalyzer().Analyze(s.Base, s.AsOf);
            seen.UnionWith(result.Xyz.Entries.Select(e => e.Class));
        }

        Assert.Equal(Enum.GetValues<XyzClass>(), seen.Order());
    }
}
