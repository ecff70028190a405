using SalesDomain.Segmentation;
using SalesDomain.Segmentation.Columnar;

namespace SalesDomain.Tests.Segmentation.Columnar;

/// <summary>
/// When <see cref="XyzDecider"/> trusts its double comparison and when it defers to the exact decimal class of the
/// row. The sums of squares given here are deliberately off, as rounding could make them, so that the two disagree.
/// </summary>
public class XyzDeciderTests
{
    private const double X2 = 0.1 * 0.1;
    private const double Y2 = 0.25 * 0.25;

    [Fact]
    public void SquaresJustAboveTheXBound_DeferToTheExactClass()
    {
        // 110, 90: CV exactly 10 % (X); squares one part in 10¹² too large read as just beyond X in double.
        long[] row = [110, 90];
        var squares = 20_200d * (1 + 1e-12);
        Assert.Equal(XyzClass.X, XyzDecider.Decide(row, 200, squares, 2, X2, Y2, XyzOptions.Default));
    }

    [Fact]
    public void SquaresJustAboveTheYBound_DeferToTheExactClass()
    {
        // 125, 75: CV exactly 25 % (Y); squares one part in 10¹² too large read as just beyond Y in double.
        long[] row = [125, 75];
        var squares = 21_250d * (1 + 1e-12);
        Assert.Equal(XyzClass.Y, XyzDecider.Decide(row, 200, squares, 2, X2, Y2, XyzOptions.Default));
    }

    [Fact]
    public void ClearOfBothBounds_TheDoubleComparisonDecides()
    {
        // Squares far from the row's own (which is X): the double comparison is trusted as it stands.
        long[] row = [110, 90];
        Assert.Equal(XyzClass.Z, XyzDecider.Decide(row, 200, 40_000d, 2, X2, Y2, XyzOptions.Default));
        Assert.Equal(XyzClass.Y, XyzDecider.Decide(row, 200, 20_400d, 2, X2, Y2, XyzOptions.Default));
    }

    [Fact]
    public void DistanceToTheXBoundExactlyTheTolerance_DefersToTheExactClass()
    {
        // Sum 1, squares 1 over one period: the spread is 0 and the tolerance 10⁻⁹, exactly the distance to an X
        // bound of 10⁻⁹; the double comparison would say X, the row (0, 3: CV 100 %) says Z.
        long[] row = [0, 3];
        Assert.Equal(XyzClass.Z, XyzDecider.Decide(row, 1, 1d, 1, 1e-9, 1d, XyzOptions.Default));
    }

    [Fact]
    public void DistanceToTheYBoundExactlyTheTolerance_DefersToTheExactClass()
    {
        // As above with the Y bound at 10⁻⁹ and the X bound far off: the double comparison would say X.
        long[] row = [0, 3];
        Assert.Equal(XyzClass.Z, XyzDecider.Decide(row, 1, 1d, 1, 0.5, 1e-9, XyzOptions.Default));
    }
}
