namespace SalesDomain.Segmentation.Columnar;

/// <summary>
/// Decides XYZ from a row's exact sum S (cents) and approximate sum of squares Q (<see cref="double"/>): with n periods,
/// CV ≤ t ⇔ n·Q − S² ≤ t²·S² (S &gt; 0). The double comparison is trusted only when it clears the threshold by more than
/// 10⁻⁹·n·Q, far above its rounding error (about n·2⁻⁵²·n·Q); otherwise <see cref="XyzAnalysis"/> decides in decimal,
/// so the class always equals the reference's.
/// </summary>
internal sealed class XyzDecider(XyzOptions options, int periods)
{
    private const double Tolerance = 1e-9;
    private readonly double _x2 = (double)options.XThreshold * (double)options.XThreshold;
    private readonly double _y2 = (double)options.YThreshold * (double)options.YThreshold;

    /// <summary>The class of one row.</summary>
    public XyzClass Classify(ReadOnlySpan<long> row, long sum, double squares)
    {
        if (sum <= 0)
        {
            return XyzClass.Z;
        }

        double s = sum;
        var nq = periods * squares;
        var spread = nq - (s * s);
        var s2 = s * s;
        var xBound = _x2 * s2;
        var yBound = _y2 * s2;
        var tolerance = Tolerance * nq;
        if (Math.Abs(spread - xBound) <= tolerance || Math.Abs(spread - yBound) <= tolerance)
        {
            return Exact(row);
        }

        return spread <= xBound ? XyzClass.X : spread <= yBound ? XyzClass.Y : XyzClass.Z;
    }

    private XyzClass Exact(ReadOnlySpan<long> row)
    {
        Span<decimal> amounts = row.Length <= 256 ? stackalloc decimal[row.Length] : new decimal[row.Length];
        for (var j = 0; j < row.Length; j++)
        {
            amounts[j] = RevenueMatrix.ToAmount(row[j]);
        }

        return XyzAnalysis.Measure(amounts, options).Class;
    }
}
