using SalesDomain.Calendar;

namespace SalesDomain.Segmentation;

/// <summary>
/// XYZ analysis (DOMAIN.md §2; docs/segmentation.md in the repository): the coefficient of variation CV = σ / μ of a client's
/// per-period amounts, σ the population standard deviation. X if CV ≤ x, Y if CV ≤ y, else Z; a mean ≤ 0 gives Z.
/// The periods are those of the analysis window (<see cref="AnalysisWindow"/>; by default the 12 complete months
/// before the as-of date, so an incomplete as-of month never counts); periods without sales count as zero. The comparison is exact in <see cref="decimal"/>: with n periods,
/// S = Σ aᵢ and Q = Σ aᵢ², CV ≤ t ⇔ n·Q − S² ≤ t²·S² (for S &gt; 0).
/// </summary>
public static class XyzAnalysis
{
    /// <summary>Classifies one client's per-period amounts.</summary>
    /// <param name="amounts">Amount per period, zeros included; an empty series is Z.</param>
    /// <param name="options">Thresholds; defaults when null.</param>
    /// <exception cref="ArgumentException">The thresholds are out of order.</exception>
    public static XyzClass Classify(ReadOnlySpan<decimal> amounts, XyzOptions? options = null)
    {
        options ??= XyzOptions.Default;
        options.Validate();
        return Measure(amounts, options).Class;
    }

    /// <summary>
    /// Classifies one client's per-period amounts given as integers in any unit (cents, say: the class does not depend
    /// on the unit), exactly as <see cref="Classify(ReadOnlySpan{decimal}, XyzOptions?)"/> would classify them, faster:
    /// the comparison runs in <see cref="double"/> and falls back to <see cref="decimal"/> only near a threshold.
    /// </summary>
    /// <param name="amounts">Amount per period, zeros included; an empty series is Z.</param>
    /// <param name="options">Thresholds; defaults when null.</param>
    /// <exception cref="ArgumentException">The thresholds are out of order.</exception>
    public static XyzClass Classify(ReadOnlySpan<long> amounts, XyzOptions? options = null)
    {
        options ??= XyzOptions.Default;
        options.Validate();
        long sum = 0;
        var squares = 0d;
        foreach (var a in amounts)
        {
            if (a is > ExactIntegerBound or < -ExactIntegerBound || amounts.Length > MaxExactPeriods)
            {
                return InDecimal(amounts, options);
            }

            sum += a;
            squares += (double)a * a;
        }

        double x = (double)options.XThreshold, y = (double)options.YThreshold;
        return Columnar.XyzDecider.Decide(amounts, sum, squares, amounts.Length, x * x, y * y, options);
    }

    /// <summary>The class of integer amounts beyond the exact double path, in decimal.</summary>
    private static XyzClass InDecimal(ReadOnlySpan<long> amounts, XyzOptions options)
    {
        var wide = new decimal[amounts.Length];
        for (var j = 0; j < amounts.Length; j++)
        {
            wide[j] = amounts[j];
        }

        return Measure(wide, options).Class;
    }

    /// <summary>Integer amounts up to 2⁴⁴ in magnitude sum exactly in 64 bits over up to 2¹⁸ periods.</summary>
    private const long ExactIntegerBound = 1L << 44;

    private const int MaxExactPeriods = 1 << 18;

    /// <summary>The coefficient of variation of per-period amounts; <see langword="null"/> when the mean is ≤ 0 or the series is empty.</summary>
    public static double? CoefficientOfVariation(ReadOnlySpan<decimal> amounts) => Measure(amounts, XyzOptions.Default).Cv;

    /// <summary>Classifies every client of a base over the periods of an analysis window.</summary>
    /// <param name="clientBase">The base; clients without sales in the window are Z.</param>
    /// <param name="window">The months analysed; with quarterly periods it must be made of whole quarters.</param>
    /// <param name="options">Thresholds, period and client start; defaults when null.</param>
    /// <exception cref="ArgumentException">The window is not made of whole periods.</exception>
    public static XyzResult Classify(Model.ClientBase clientBase, AnalysisWindow window, XyzOptions? options = null)
    {
        Guard.NotNull(clientBase);
        options ??= XyzOptions.Default;
        options.Validate();
        var periods = window.PeriodCount(options.Period);
        var clients = clientBase.Clients;
        var measured = new XyzEntry[clients.Length];

        // Clients are independent: measured in parallel over fixed ranges, each with its own buffer.
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, Math.Max(1, clients.Length), 16_384),
            range =>
            {
                var buffer = new decimal[periods];
                for (var i = range.Item1; i < Math.Min(range.Item2, clients.Length); i++)
                {
                    measured[i] = MeasureClient(clientBase.SalesOf(clients[i].Id), clients[i].Id, options, window, buffer);
                }
            });

        return new XyzResult(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(measured), window, options.Period);
    }

    private static XyzEntry MeasureClient(
        System.Collections.Immutable.ImmutableArray<Model.Sale> sales, string id, XyzOptions options, AnalysisWindow window, decimal[] buffer)
    {
        var period = options.Period;
        buffer.AsSpan().Clear();
        var first = buffer.Length; // the client's first period with a sale in the window
        foreach (var sale in sales) // ordered by date
        {
            if (sale.Date > window.LastDay)
            {
                break;
            }

            if (sale.Date >= window.FirstDay)
            {
                var p = window.PeriodIndexOf(sale.Date, period);
                buffer[p] += sale.Amount;
                first = Math.Min(first, p);
            }
        }

        var series = options.Window == XyzWindow.FromFirstPurchase ? buffer.AsSpan(Math.Min(first, buffer.Length)) : buffer.AsSpan();
        var (mean, cv, cls) = Measure(series, options);
        return new XyzEntry(id, series.Length, mean, cv, cls);
    }

    internal static (decimal Mean, double? Cv, XyzClass Class) Measure(ReadOnlySpan<decimal> amounts, XyzOptions options)
    {
        var n = amounts.Length;
        if (n == 0)
        {
            return (0m, null, XyzClass.Z);
        }

        try
        {
            decimal s = 0m, q = 0m;
            foreach (var a in amounts)
            {
                s += a;
                q += a * a;
            }

            var mean = s / n;
            if (s <= 0m)
            {
                return (mean, null, XyzClass.Z);
            }

            var spread = Math.Max(0m, (n * q) - (s * s)); // n²σ²
            var s2 = s * s;
            var cls = spread <= options.XThreshold * options.XThreshold * s2 ? XyzClass.X
                : spread <= options.YThreshold * options.YThreshold * s2 ? XyzClass.Y
                : XyzClass.Z;
            return (mean, Math.Sqrt((double)spread) / (double)s, cls);
        }
        catch (OverflowException)
        {
            return MeasureInDouble(amounts, options);
        }
    }

    /// <summary>Fallback for amounts whose squares overflow <see cref="decimal"/> (beyond about 10¹⁴ per period).</summary>
    private static (decimal Mean, double? Cv, XyzClass Class) MeasureInDouble(ReadOnlySpan<decimal> amounts, XyzOptions options)
    {
        double s = 0d;
        foreach (var a in amounts)
        {
            s += (double)a;
        }

        var n = amounts.Length;
        var mean = s / n;
        if (mean <= 0d)
        {
            return ((decimal)mean, null, XyzClass.Z);
        }

        double m2 = 0d;
        foreach (var a in amounts)
        {
            var d = (double)a - mean;
            m2 += d * d;
        }

        var cv = Math.Sqrt(m2 / n) / mean;
        var cls = cv <= (double)options.XThreshold ? XyzClass.X : cv <= (double)options.YThreshold ? XyzClass.Y : XyzClass.Z;
        return ((decimal)mean, cv, cls);
    }
}
