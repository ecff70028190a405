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
    public XyzClass Classify(ReadOnlySpan<long> row, long sum, double squares) => Decide(row, sum, squares, periods, _x2, _y2, options);

    /// <summary>
    /// The class of a row of integer amounts (any unit: the class is scale-free) with its exact sum and approximate
    /// sum of squares; x2 and y2 the squared thresholds in double.
    /// </summary>
    internal static XyzClass Decide(ReadOnlySpan<long> row, long sum, double squares, int periods, double x2, double y2, XyzOptions options)
    {
        if (sum <= 0)
        {
            return XyzClass.Z;
        }

        double s = sum;
        var nq = periods * squares;
        var spread = nq - (s * s);
        var s2 = s * s;
        var xBound = x2 * s2;
        var yBound = y2 * s2;
        var tolerance = Tolerance * nq;
        if (Math.Abs(spread - xBound) <= tolerance || Math.Abs(spread - yBound) <= tolerance)
        {
            return Exact(row, options);
        }

        return spread <= xBound ? XyzClass.X : spread <= yBound ? XyzClass.Y : XyzClass.Z;
    }

    private static XyzClass Exact(ReadOnlySpan<long> row, XyzOptions options)
    {
        Span<decimal> amounts = row.Length <= 256 ? stackalloc decimal[row.Length] : new decimal[row.Length];
        for (var j = 0; j < row.Length; j++)
        {
            amounts[j] = RevenueMatrix.ToAmount(row[j]);
        }

        return XyzAnalysis.Measure(amounts, options).Class;
    }
}
