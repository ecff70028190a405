using System.Collections.Immutable;

namespace SalesDomain.Segmentation;

/// <summary>
/// XYZ analysis (DOMAIN.md §2; docs/segmentation.md): the coefficient of variation CV = σ / μ of a client's
/// per-period amounts, σ the population standard deviation. X if CV ≤ x, Y if CV ≤ y, else Z; a mean ≤ 0 gives Z.
/// Periods without sales count as zero. The comparison is exact in <see cref="decimal"/>: with n periods,
/// S = Σ aᵢ and Q = Σ aᵢ², CV ≤ t ⇔ n·Q − S² ≤ t²·S² (for S &gt; 0).
/// </summary>
public static class XyzAnalysis
{
    /// <summary>Classifies one client's per-period amounts.</summary>
    /// <param name="amounts">Amount per period, zeros included; an empty series is Z.</param>
    /// <param name="options">Thresholds; defaults when null.</param>
    public static XyzClass Classify(ReadOnlySpan<decimal> amounts, XyzOptions? options = null)
        => Measure(amounts, options ?? XyzOptions.Default).Class;

    /// <summary>The coefficient of variation of per-period amounts; <see langword="null"/> when the mean is ≤ 0 or the series is empty.</summary>
    public static double? CoefficientOfVariation(ReadOnlySpan<decimal> amounts) => Measure(amounts, XyzOptions.Default).Cv;

    /// <summary>Classifies every client of a base.</summary>
    /// <param name="clientBase">The base; clients without sales are Z.</param>
    /// <param name="options">Thresholds and window; defaults when null.</param>
    /// <param name="asOf">
    /// The date whose period ends the window; sales after it are ignored. Default: the date of the latest sale.
    /// </param>
    public static XyzResult Classify(Model.ClientBase clientBase, XyzOptions? options = null, DateOnly? asOf = null)
    {
        Guard.NotNull(clientBase);
        options ??= XyzOptions.Default;
        options.Validate();
        var period = options.Period;

        DateOnly? earliest = null, latest = null;
        foreach (var sale in clientBase.Sales)
        {
            if (asOf is { } d && sale.Date > d)
            {
                continue;
            }

            earliest = earliest is null || sale.Date < earliest ? sale.Date : earliest;
            latest = latest is null || sale.Date > latest ? sale.Date : latest;
        }

        var end = asOf ?? latest;
        var entries = ImmutableArray.CreateBuilder<XyzEntry>(clientBase.Clients.Length);
        if (earliest is null || end is null)
        {
            foreach (var client in clientBase.Clients)
            {
                entries.Add(new XyzEntry(client.Id, 0, 0m, null, XyzClass.Z));
            }

            return new XyzResult(entries.MoveToImmutable(), null, end is { } e ? SalesPeriods.StartOf(SalesPeriods.IndexOf(e, period), period) : null);
        }

        var baseStart = SalesPeriods.IndexOf(earliest.Value, period);
        var last = SalesPeriods.IndexOf(end.Value, period);
        var endDate = end.Value;
        var clients = clientBase.Clients;
        var measured = new XyzEntry[clients.Length];

        // Clients are independent: measured in parallel over fixed ranges, each with its own buffer.
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, Math.Max(1, clients.Length), 16_384),
            range =>
            {
                var buffer = new decimal[Math.Max(0, last - baseStart + 1)];
                for (var i = range.Item1; i < Math.Min(range.Item2, clients.Length); i++)
                {
                    measured[i] = MeasureClient(clientBase, clients[i].Id, options, baseStart, last, endDate, buffer);
                }
            });

        return new XyzResult(
            System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(measured), SalesPeriods.StartOf(baseStart, period), SalesPeriods.StartOf(last, period));
    }

    private static XyzEntry MeasureClient(
        Model.ClientBase clientBase, string id, XyzOptions options, int baseStart, int last, DateOnly end, decimal[] buffer)
    {
        var period = options.Period;
        var sales = clientBase.SalesOf(id); // ordered by date
        var start = baseStart;
        if (options.Window == XyzWindow.FromFirstPurchase)
        {
            start = sales.Length > 0 && sales[0].Date <= end ? SalesPeriods.IndexOf(sales[0].Date, period) : last + 1;
        }

        var series = buffer.AsSpan(0, Math.Max(0, last - start + 1));
        series.Clear();
        foreach (var sale in sales)
        {
            if (sale.Date > end)
            {
                break;
            }

            series[SalesPeriods.IndexOf(sale.Date, period) - start] += sale.Amount;
        }

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
