namespace SalesDomain.Simulation.Results;

/// <summary>The spread of a figure over replications: mean and the 5 % and 95 % percentiles (linear interpolation).</summary>
/// <param name="Mean">Arithmetic mean over replications.</param>
/// <param name="P05">5th percentile.</param>
/// <param name="P95">95th percentile.</param>
public readonly record struct Band(decimal Mean, decimal P05, decimal P95)
{
    /// <summary>
    /// The band of a sample. Percentiles interpolate linearly between order statistics at rank p × (n − 1)
    /// (Hyndman–Fan type 7); the order of <paramref name="values"/> does not matter.
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

        return new Band(Math.Round(sum / sorted.Length, 6), Percentile(sorted, 0.05m), Percentile(sorted, 0.95m));
    }

    private static decimal Percentile(decimal[] sorted, decimal p)
    {
        var rank = p * (sorted.Length - 1);
        var lo = (int)Math.Floor(rank);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return Math.Round(sorted[lo] + ((rank - lo) * (sorted[hi] - sorted[lo])), 6);
    }
}
