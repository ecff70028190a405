using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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

    private readonly double _periods = periods;

    /// <summary>The class of one row.</summary>
    public XyzClass Classify(ReadOnlySpan<long> row, long sum, double squares) => Decide(row, sum, squares, periods, _x2, _y2, options);

    /// <summary>
    /// The XYZ decision of four rows at once from their exact sums (as the nearest doubles) and approximate sums of
    /// squares, by the rule of <see cref="Decide"/>: lane k of <c>Classes</c> is row k's class (0 = X, 1 = Y, 2 = Z)
    /// when its sum is positive; bit k of <c>Near</c> is set when the double comparison is too close to call, so that
    /// row k must be decided by <see cref="Classify"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (Vector256<long> Classes, uint Near) DecideFour(Vector256<double> sums, Vector256<double> squares)
    {
        var nq = squares * _periods;
        var s2 = sums * sums;
        var spread = nq - s2;
        var xBound = s2 * _x2;
        var yBound = s2 * _y2;
        var tolerance = nq * Tolerance;
        var near = Vector256.LessThanOrEqual(Vector256.Abs(spread - xBound), tolerance)
            | Vector256.LessThanOrEqual(Vector256.Abs(spread - yBound), tolerance);

        // A true comparison is all ones (−1): X + (beyond X) + (beyond Y).
        var classes = -Vector256.GreaterThan(spread, xBound).AsInt64() - Vector256.GreaterThan(spread, yBound).AsInt64();
        return (classes, near.ExtractMostSignificantBits());
    }

    /// <summary>Four <see cref="long"/> values as the nearest <see cref="double"/>s.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<double> ToDouble(Vector256<long> values) => Avx512DQ.VL.IsSupported
        ? Avx512DQ.VL.ConvertToVector256Double(values)
        : Vector256.Create((double)values.GetElement(0), values.GetElement(1), values.GetElement(2), values.GetElement(3));

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
