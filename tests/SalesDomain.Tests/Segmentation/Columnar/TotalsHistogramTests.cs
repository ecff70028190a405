using SalesDomain.Segmentation.Columnar;

namespace SalesDomain.Tests.Segmentation.Columnar;

/// <summary>The bucket counts, exact sums, merging and cuts of <see cref="TotalsHistogram"/>.</summary>
public class TotalsHistogramTests
{
    [Fact]
    public void MergingHistograms_CarriesOutOfTheLow64Bits()
    {
        // Three totals of 2⁶³ − 1 in one bucket: the low words 2⁶⁴ − 2 and 2⁶³ − 1 overflow when merged.
        using var merged = new TotalsHistogram();
        using var other = new TotalsHistogram();
        merged.Add(0, long.MaxValue);
        merged.Add(0, long.MaxValue);
        other.Add(0, long.MaxValue);
        other.Add(0, -7);
        merged.Add(other);

        var bucket = TotalsHistogram.BucketOf(long.MaxValue);
        Assert.Equal(3, merged.ClientsOf(0, bucket));
        Assert.Equal(3 * (Int128)long.MaxValue, merged.SumOf(0, bucket));
        Assert.Equal(3 * (Int128)long.MaxValue, merged.PositiveTotal());
        Assert.Equal(1, merged.NonPositiveClients);
        Assert.Equal(-7, merged.NonPositiveSum);
    }

    [Fact]
    public void TheLowestBucket_CanHoldTheCut()
    {
        // A total of one cent lies in bucket 0, the last one the cut walk reaches.
        using var histogram = new TotalsHistogram();
        histogram.Add(0, 1);
        Assert.Equal(0, TotalsHistogram.BucketOf(1));
        Assert.Equal(new TotalsHistogram.CutRange(0, 0), histogram.FindCut(0m));
    }

    [Fact]
    public void ACumulativeValueEqualToTheBound_DoesNotCrossIt()
    {
        using var histogram = new TotalsHistogram();
        histogram.Add(0, 5);
        var bucket = TotalsHistogram.BucketOf(5);
        Assert.Equal(new TotalsHistogram.CutRange(-1, -1), histogram.FindCut(5m));
        Assert.Equal(new TotalsHistogram.CutRange(bucket, bucket), histogram.FindCut(4.99m));
    }
}
