using SalesDomain.Simulation.Results;

namespace SalesDomain.Simulation;

/// <summary>
/// When a simulation with an automatic number of runs stops (docs/simulator.md in the repository, "Runs until a precision"):
/// replications run in batches of <see cref="BatchRuns"/> until the 95 % confidence interval of the headline figure —
/// <see cref="Metric"/> summed over the horizon, or its paired difference to the baseline in a comparison — has a half
/// width of at most <see cref="RelativeHalfWidth"/> × |mean of the headline figure| (the baseline's in a comparison), or
/// <see cref="MaxRuns"/> replications have run. The stopping point depends only on the outcomes, so it is the same for
/// a given seed whatever the degree of parallelism.
/// </summary>
public sealed record PrecisionTarget
{
    /// <summary>Headline metric, summed over the horizon; default <see cref="Metric.Profit"/>.</summary>
    public Metric Metric { get; init; } = Metric.Profit;

    /// <summary>Target half width of the 95 % confidence interval relative to the headline mean; default 0.01 (±1 %); must be &gt; 0.</summary>
    public decimal RelativeHalfWidth
    {
        get => field;
        init => field = value > 0m ? value : throw new ArgumentOutOfRangeException(nameof(RelativeHalfWidth), value, $"RelativeHalfWidth must be > 0, was {value}.");
    } = 0.01m;

    /// <summary>Replications per batch (the first batch too); default 20; must be ≥ 2.</summary>
    public int BatchRuns
    {
        get => field;
        init => field = value >= 2 ? value : throw new ArgumentOutOfRangeException(nameof(BatchRuns), value, $"BatchRuns must be >= 2, was {value}.");
    } = 20;

    /// <summary>Cap on replications; default 1,000; must be ≥ 2. The last batch is cut to reach the cap exactly.</summary>
    public int MaxRuns
    {
        get => field;
        init => field = value is >= 2 and <= SimulationOptions.MaxRuns
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxRuns), value, $"MaxRuns must be within 2..{SimulationOptions.MaxRuns}, was {value}.");
    } = 1000;

    /// <summary>True when <paramref name="band"/> (of the headline or of its difference) is precise enough relative to <paramref name="reference"/>.</summary>
    public bool IsMet(Band band, decimal reference)
        => band.Ci95HalfWidth is { } half && half <= RelativeHalfWidth * Math.Abs(reference);

    /// <summary>The headline figure of one replication: the metric summed over the horizon.</summary>
    public decimal Headline(ReplicationOutcome outcome)
    {
        var sum = 0m;
        foreach (var v in Guard.NotNull(outcome).SeriesOf(Metric))
        {
            sum += v;
        }

        return sum;
    }
}
