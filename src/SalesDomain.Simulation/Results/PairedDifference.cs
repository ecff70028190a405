namespace SalesDomain.Simulation.Results;

/// <summary>
/// The difference (alternative − baseline) of a figure, paired per replication on common random numbers: its band
/// (mean, standard error, 95 % confidence interval, 5–95 % percentiles of the per-replication differences) and
/// <see cref="PPositive"/>, the probability that the expected difference is above zero.
/// </summary>
/// <param name="Band">The band of the per-replication differences.</param>
/// <param name="PPositive">
/// P(Δ &gt; 0) = Φ(mean ÷ SE), the normal approximation of the paired mean difference (docs/simulator.md in the repository); with a standard
/// error of zero (or unknown, one run) it is 1 when the mean is above zero and 0 otherwise.
/// </param>
/// <param name="ShareOfRunsPositive">The share of replications whose own difference is above zero (not a probability of the mean).</param>
public readonly record struct PairedDifference(Band Band, double PPositive, double ShareOfRunsPositive)
{
    /// <summary>The paired difference of per-replication differences.</summary>
    /// <exception cref="ArgumentException">The sample is empty.</exception>
    public static PairedDifference Of(ReadOnlySpan<decimal> differences)
    {
        var band = Band.Of(differences);
        var positive = 0;
        foreach (var d in differences)
        {
            positive += d > 0m ? 1 : 0;
        }

        return new PairedDifference(band, ProbabilityPositive(band), (double)positive / differences.Length);
    }

    /// <summary>Φ(mean ÷ SE) of a band; 1 or 0 by the sign of the mean when the standard error is zero or unknown.</summary>
    public static double ProbabilityPositive(Band band)
        => band.StandardError is { } se && se > 0m
            ? Math.Round(SampleStatistics.NormalCdf((double)band.Mean / (double)se), 6)
            : band.Mean > 0m ? 1 : 0;
}
