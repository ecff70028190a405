using SalesDomain.Calendar;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Segmentation;

/// <summary>Hand-computed ABC examples (DOMAIN.md §2; docs/segmentation.md).</summary>
public class AbcAnalysisTests
{
    private static AbcResult Classify(params (string Id, decimal Value)[] values)
        => AbcAnalysis.Classify(values.Select(v => new ClientValue(v.Id, v.Value)));

    [Fact]
    public void Classify_HandComputedExample_UsesShareOfClientsBefore()
    {
        // total 100: shares before a=0, b=.50, c=.80, d=.90, e=.95
        var result = Classify(("a", 50m), ("b", 30m), ("c", 10m), ("d", 6m), ("e", 4m));

        Assert.Equal([AbcClass.A, AbcClass.A, AbcClass.B, AbcClass.B, AbcClass.C], result.Entries.Select(e => e.Class));
        Assert.Equal([0m, 0.5m, 0.8m, 0.9m, 0.96m], result.Entries.Select(e => e.CumulativeShareBefore));
        Assert.Equal(100m, result.PositiveTotal);
    }

    [Fact]
    public void Classify_EqualValues_ShareTheClassOfTheFirstOfThem()
    {
        // 700/100/100/100: b starts at 70 % (A); c and d start at 80 % and 90 % but tie with b, so they are A too.
        var result = Classify(("a", 700m), ("b", 100m), ("c", 100m), ("d", 100m));

        Assert.Equal([AbcClass.A, AbcClass.A, AbcClass.A, AbcClass.A], result.Entries.Select(e => e.Class));
        Assert.Equal([0m, 0.7m, 0.8m, 0.9m], result.Entries.Select(e => e.CumulativeShareBefore));
    }

    [Fact]
    public void Classify_TieAcrossTheBBoundary_StaysB()
    {
        // c starts at 90 % (B), d at 95 % would be C, but it ties with c.
        var result = Classify(("a", 60m), ("b", 30m), ("c", 5m), ("d", 5m));

        Assert.Equal([AbcClass.A, AbcClass.A, AbcClass.B, AbcClass.B], result.Entries.Select(e => e.Class));
    }

    [Fact]
    public void Classify_ClientCrossingBoundary_BelongsToUpperClass()
    {
        // b starts at 70 % (< 80 %) and ends at 90 %: it crosses the A boundary, so it is A.
        var result = Classify(("a", 70m), ("b", 20m), ("c", 10m));

        Assert.Equal(AbcClass.A, result.ClassOf("b"));
        Assert.Equal(AbcClass.B, result.ClassOf("c")); // starts at 90 % < 95 %
    }

    [Fact]
    public void Classify_SingleClient_IsA()
        => Assert.Equal(AbcClass.A, Classify(("only", 0.01m)).ClassOf("only"));

    [Fact]
    public void Classify_TiesAreBrokenByOrdinalClientId()
    {
        var result = Classify(("c2", 10m), ("c10", 10m), ("C1", 10m));

        Assert.Equal(["C1", "c10", "c2"], result.Entries.Select(e => e.ClientId));
        Assert.Equal([1, 2, 3], result.Entries.Select(e => e.Rank));
    }

    [Fact]
    public void Classify_ZeroAndNegativeValues_AreCAndDoNotCountInShares()
    {
        var result = Classify(("a", 80m), ("b", 20m), ("zero", 0m), ("ret", -50m));

        Assert.Equal(100m, result.PositiveTotal);
        Assert.Equal(AbcClass.A, result.ClassOf("a"));
        Assert.Equal(AbcClass.B, result.ClassOf("b")); // starts at exactly 80 %: not below 80 %, below 95 %
        Assert.Equal(AbcClass.C, result.ClassOf("zero"));
        Assert.Equal(AbcClass.C, result.ClassOf("ret"));
        Assert.Equal(1m, result["ret"].CumulativeShareBefore);
    }

    [Fact]
    public void Classify_ExactlyAtThreshold_GoesToNextClass()
    {
        // a holds exactly 80 %: b starts at 0.80, which is not below 0.80, so b is not A; 0.80 < 0.95, so b is B.
        var result = Classify(("a", 80m), ("b", 15m), ("c", 5m));

        Assert.Equal(AbcClass.B, result.ClassOf("b"));
        Assert.Equal(AbcClass.C, result.ClassOf("c")); // starts at exactly 0.95
    }

    [Fact]
    public void Classify_AllZero_AllC()
    {
        var result = Classify(("a", 0m), ("b", 0m), ("c", -1m));

        Assert.All(result.Entries, e => Assert.Equal(AbcClass.C, e.Class));
        Assert.Equal(0m, result.PositiveTotal);
    }

    [Fact]
    public void Classify_Empty_IsEmpty()
    {
        var result = AbcAnalysis.Classify([]);

        Assert.Empty(result.Entries);
        Assert.Equal(0, result.Count(AbcClass.A));
    }

    [Fact]
    public void Classify_CustomThresholds_AreApplied()
    {
        var options = new AbcOptions { AThreshold = 0.5m, BThreshold = 0.9m };
        var result = AbcAnalysis.Classify(
            [new("a", 50m), new("b", 40m), new("c", 10m)], options);

        Assert.Equal([AbcClass.A, AbcClass.B, AbcClass.C], result.Entries.Select(e => e.Class));
    }

    [Fact]
    public void Classify_DuplicateClientId_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => AbcAnalysis.Classify([new("a", 1m), new("a", 2m)]));
        Assert.Contains("'a'", e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    public void Options_ThresholdOutOfRange_ThrowsNamingField(double a)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new AbcOptions { AThreshold = (decimal)a });
        Assert.Equal(nameof(AbcOptions.AThreshold), e.ParamName);
    }

    [Fact]
    public void Options_AAboveB_Throws()
        => Assert.Throws<ArgumentException>(() => AbcAnalysis.Classify([], new AbcOptions { AThreshold = 0.9m, BThreshold = 0.8m }));

    [Fact]
    public void Classify_ClientBaseByProfit_SumsProfitWithinDates()
    {
        var day = new DateOnly(2025, 1, 10);
        var clientBase = new ClientBase(
            [new Client("a"), new Client("b"), new Client("idle")],
            [],
            [
                new Sale("a", day, 1000m, profit: 10m),
                new Sale("b", day, 100m, profit: 90m),
                new Sale("b", day.AddYears(1), 100m, profit: 1000m), // outside the window
            ],
            []);

        var result = AbcAnalysis.Classify(clientBase, new AnalysisWindow(new SalesMonth(2025, 1), new SalesMonth(2025, 12)), AbcMeasure.Profit);

        Assert.Equal(90m, result["b"].Value);
        Assert.Equal(AbcClass.A, result.ClassOf("b"));
        Assert.Equal(AbcClass.B, result.ClassOf("a")); // starts at 90/100 = 0.9
        Assert.Equal(AbcClass.C, result.ClassOf("idle"));
    }
}
