namespace SalesDomain.Simulation.Results;

/// <summary>
/// A figure over replications: the mean with its standard error and 95 % confidence interval (how precisely the runs
/// pin down the expected value), and the 5 % and 95 % percentiles (how widely single outcomes spread). Formulas in
/// docs/simulator.md in the repository, "Statistics".
/// </summary>
/// <param name="Mean">Arithmetic mean over replications.</param>
/// <param name="P05">5th percentile.</param>
/// <param name="P95">95th percentile.</param>
public readonly record struct Band(decimal Mean, decimal P05, decimal P95)
{
    /// <summary>Number of replications the band is computed from (0 for a band built by hand).</summary>
    public int Count { get; init; }

    /// <summary>Standard error of the mean, s ÷ √n with the sample standard deviation s (n − 1); null when n &lt; 2.</summary>
    public decimal? StandardError { get; init; }

    /// <summary>Lower end of the 95 % confidence interval of the mean, mean − t(0.975, n − 1) × SE; null when n &lt; 2.</summary>
    public decimal? Ci95Low { get; init; }

    /// <summary>Upper end of the 95 % confidence interval of the mean, mean + t(0.975, n − 1) × SE; null when n &lt; 2.</summary>
    public decimal? Ci95High { get; init; }

    /// <summary>Half the width of the 95 % confidence interval, t(0.975, n − 1) × SE; null when n &lt; 2.</summary>
    public decimal? Ci95HalfWidth => Ci95High - Mean;

    /// <summary>
    /// The band of a sample. Percentiles interpolate linearly between order statistics at rank p × (n − 1)
    /// (Hyndman–Fan type 7); the order of <paramref name="values"/> does not matter. The mean is exact (decimal), the
    /// standard error is computed in double precision; every figure is rounded to 6 decimals.
    /// </summary>
    /// <exception cref="ArgumentException">The sample is empty.</exception>
    public static Band Of(ReadOnlySpan<decimal> values)
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException("A band needs at least one value, had 0.", nameof(values));
        }

        var sorted = values.ToArray();
        Array.Sort(sorted);
        var sum = 0m;
        foreach (var v in sorted)
        {
            sum += v;
        }

        var n = sorted.Length;
        var mean = sum / n;
        var band = new Band(Math.Round(mean, 6), Percentile(sorted, 0.05m), Percentile(sorted, 0.95m)) { Count = n };
        if (n < 2)
        {
            return band;
        }

        var squares = 0.0;
        foreach (var v in sorted)
        {
            var d = (double)(v - mean);
            squares += d * d;
        }

        var se = Math.Sqrt(squares / (n - 1) / n);
        var half = SampleStatistics.StudentT975(n - 1) * se;
        return band with
        {
            StandardError = Math.Round((decimal)se, 6),
            Ci95Low = Math.Round(mean - (decimal)half, 6),
            Ci95High = Math.Round(mean + (decimal)half, 6),
        };
    }

    private static decimal Percentile(decimal[] sorted, decimal p)
    {
        var rank = p * (sorted.Length - 1);
        var lo = (int)Math.Floor(rank);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return Math.Round(sorted[lo] + ((rank - lo) * (sorted[hi] - sorted[lo])), 6);
    }
}
