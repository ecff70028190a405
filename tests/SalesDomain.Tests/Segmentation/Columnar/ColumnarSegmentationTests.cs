using SalesDomain.Segmentation;
using SalesDomain.Segmentation.Columnar;

namespace SalesDomain.Tests.Segmentation.Columnar;

/// <summary>Examples and large-base checks of the columnar segmentation (DOMAIN.md §2).</summary>
public class ColumnarSegmentationTests
{
    [Fact]
    public void Empty_GivesAnEmptyMatrix()
    {
        var result = ColumnarSegmentation.Segment(new RevenueMatrix(Array.Empty<long>(), 0, 24));
        Assert.Equal(0, result.Clients);
        Assert.All(result.Matrix.Cells, c => Assert.Equal(0, c.Clients));
        Assert.Equal(0m, result.PositiveTotal);
    }

    [Fact]
    public void CrossingClient_BelongsToTheUpperClass_AndTiesGoByIndex()
    {
        // Totals 50, 30, 10, 10 (cents ×100): shares before 0, 0.5, 0.8, 0.9 → A, A, B, B; ties 10/10 by index.
        long[] cents = [5000, 0, 3000, 0, 1000, 0, 0, 1000];
        var result = ColumnarSegmentation.Segment(new RevenueMatrix(cents, 4, 2));
        Assert.Equal([AbcClass.A, AbcClass.A, AbcClass.B, AbcClass.B], Enumerable.Range(0, 4).Select(result.AbcOf));
        Assert.Equal(100m, result.PositiveTotal);
    }

    [Fact]
    public void CvExactlyOnTheThresholds_IsTheLowerClass()
    {
        long[] cents = [1100, 900, 500, 300, 100, -100];
        var result = ColumnarSegmentation.Segment(new RevenueMatrix(cents, 3, 2));
        Assert.Equal([XyzClass.X, XyzClass.Y, XyzClass.Z], Enumerable.Range(0, 3).Select(result.XyzOf));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void ManyChunks_MatchTheReference_AndDoNotDependOnThreads()
    {
        const int clients = 80_000, periods = 6;
        var random = new Random(7);
        var cents = new long[clients * periods];
        for (var i = 0; i < cents.Length; i++)
        {
            cents[i] = random.Next(10) == 0 ? 0 : random.Next(-50, 200_000);
        }

        var matrix = new RevenueMatrix(cents, clients, periods);
        Assert.True(ColumnarSegmentationProperties.MatchesReference(matrix, AbcOptions.Default, XyzOptions.Default, threads: -1));
        var one = ColumnarSegmentation.Segment(matrix, maxDegreeOfParallelism: 1);
        var many = ColumnarSegmentation.Segment(matrix, maxDegreeOfParallelism: 4);
        Assert.True(one.Cells.SequenceEqual(many.Cells));
        Assert.True(one.Matrix.Cells.SequenceEqual(many.Matrix.Cells));
    }

    [Fact]
    public void BadShapeOrRange_IsRejectedNamingTheField()
    {
        var length = Assert.Throws<ArgumentException>(() => new RevenueMatrix(new long[5], 2, 3));
        Assert.Contains("cents", length.Message);
        var range = Assert.Throws<ArgumentOutOfRangeException>(() => new RevenueMatrix(new[] { RevenueMatrix.MaxCents + 1 }, 1, 1));
        Assert.Contains("cents[0]", range.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => RevenueMatrix.FromAmounts([1.234m], 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => RevenueMatrix.FromAmounts([decimal.MaxValue], 1));
        Assert.Equal([12345L, -5L], RevenueMatrix.FromAmounts([123.45m, -0.05m], 2).Cents.ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnarSegmentation.Segment(new RevenueMatrix(new long[2], 1, 2), maxDegreeOfParallelism: 0));
    }

    [Fact]
    public void IntoBuffers_ShorterThanTheBase_AreRejectedNamingThem()
    {
        var matrix = new RevenueMatrix(new long[6], 3, 2);
        var totals = Assert.Throws<ArgumentOutOfRangeException>(() => ColumnarSegmentation.SegmentInto(matrix, new long[2], new byte[3]));
        Assert.Equal("totalCents", totals.ParamName);
        Assert.Contains("2", totals.Message);
        var cells = Assert.Throws<ArgumentOutOfRangeException>(() => ColumnarSegmentation.SegmentInto(matrix, new long[3], new byte[2]));
        Assert.Equal("cells", cells.ParamName);
        Assert.Throws<ArgumentNullException>(() => ColumnarSegmentation.SegmentInto(null!, new long[3], new byte[3]));
        var shared = new long[8];
        var aliased = Assert.Throws<ArgumentException>(() => ColumnarSegmentation.SegmentInto(new RevenueMatrix(shared.AsMemory(0, 6), 3, 2), shared.AsMemory(5, 3), new byte[3]));
        Assert.Equal("totalCents", aliased.ParamName);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void CutsAmongHugeTotals_AreRankedExactly()
    {
        // Totals near 10¹⁵ cents: a bucket spans far more than 2³² cents, so the clients at the cuts are ranked by
        // (total, index) pairs rather than packed keys; ties and a few small clients around them.
        const int clients = 6_000;
        var random = new Random(11);
        var cents = new long[clients * 4];
        for (var i = 0; i < clients; i++)
        {
            var total = i % 7 == 0 ? random.Next(1, 1000) : 900_000_000_000_000L + (random.NextInt64(0, 1L << 44) & ~0xFFFL);
            for (var j = 0; j < 4; j++)
            {
                cents[(i * 4) + j] = j == i % 4 ? total : 0;
            }
        }

        var matrix = new RevenueMatrix(cents, clients, 4);
        Assert.True(ColumnarSegmentationProperties.MatchesReference(matrix, AbcOptions.Default, XyzOptions.Default, threads: -1));
        Assert.True(ColumnarSegmentationProperties.MatchesReference(matrix, new AbcOptions { AThreshold = 0.5m, BThreshold = 0.5m }, XyzOptions.Default, threads: 1));
    }

    [Fact]
    public void LastTotalOfABucket_IsTheLargestTotalInOrBelowIt()
    {
        Assert.Equal(0, TotalsHistogram.LastTotalOf(-1));
        for (var bucket = 0; bucket < TotalsHistogram.Buckets; bucket++)
        {
            var last = TotalsHistogram.LastTotalOf(bucket);
            if (last == long.MaxValue)
            {
                Assert.True(TotalsHistogram.BucketOf(long.MaxValue) <= bucket);
                continue;
            }

            Assert.True(TotalsHistogram.BucketOf(last) <= bucket, $"bucket {bucket}: {last}");
            Assert.True(TotalsHistogram.BucketOf(last + 1) > bucket, $"bucket {bucket}: {last} + 1");
        }
    }
}
