using SalesDomain.Segmentation;
using SalesDomain.Segmentation.Columnar;

namespace SalesDomain.Tests.Segmentation.Columnar;

/// <summary>The columnar segmentation's checks of its matrix, buffers, thresholds and thread count, each by name.</summary>
public class ColumnarSegmentationGuardTests
{
    private static readonly RevenueMatrix Three = new(new long[] { 100, 200, 300, 400, 500, 600 }, 3, 2);

    [Fact]
    public void ANullMatrix_IsRejectedByName()
    {
        Assert.Equal("matrix", Assert.Throws<ArgumentNullException>(() => ColumnarSegmentation.Segment(null!)).ParamName);
        Assert.Equal("matrix", Assert.Throws<ArgumentNullException>(() => ColumnarSegmentation.SegmentInto(null!, new long[1], new byte[1])).ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void AThreadCountThatIsNeitherPositiveNorMinusOne_IsRejected(int threads)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ColumnarSegmentation.Segment(Three, maxDegreeOfParallelism: threads));
        Assert.Equal("maxDegreeOfParallelism", error.ParamName);
        Assert.StartsWith($"maxDegreeOfParallelism must be positive or -1, was {threads}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuffersShorterThanTheBase_AreRejectedWithTheirLength()
    {
        var totals = Assert.Throws<ArgumentOutOfRangeException>(() => ColumnarSegmentation.SegmentInto(Three, new long[2], new byte[3]));
        Assert.Equal("totalCents", totals.ParamName);
        Assert.StartsWith("totalCents must hold at least the 3 clients of the matrix, was 2.", totals.Message, StringComparison.Ordinal);

        var cells = Assert.Throws<ArgumentOutOfRangeException>(() => ColumnarSegmentation.SegmentInto(Three, new long[3], new byte[2]));
        Assert.Equal("cells", cells.ParamName);
        Assert.StartsWith("cells must hold at least the 3 clients of the matrix, was 2.", cells.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThresholdsOutOfOrder_AreRejected()
    {
        var abc = Assert.Throws<ArgumentException>(() => ColumnarSegmentation.Segment(Three, abcOptions: new AbcOptions { AThreshold = 0.9m, BThreshold = 0.5m }));
        Assert.Equal("AThreshold", abc.ParamName);
        var xyz = Assert.Throws<ArgumentException>(() => ColumnarSegmentation.Segment(Three, xyzOptions: new XyzOptions { XThreshold = 0.5m, YThreshold = 0.1m }));
        Assert.Equal("XThreshold", xyz.ParamName);
    }
}
