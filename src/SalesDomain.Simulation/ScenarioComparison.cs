using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulation;

/// <summary>
/// Several scenarios on common random numbers: every scenario runs replication r with the same seed, so the
/// differences to the baseline (the first) are paired per replication and their bands are narrower than the
/// difference of two independent bands.
/// </summary>
public sealed class ScenarioComparison
{
    private ScenarioComparison(IReadOnlyList<SimulationResult> results) => Results = results;

    /// <summary>One result per scenario, the baseline first.</summary>
    public IReadOnlyList<SimulationResult> Results { get; }

    /// <summary>Runs every scenario with the same options.</summary>
    /// <exception cref="ArgumentException">Fewer than two scenarios.</exception>
    public static ScenarioComparison Run(
        IReadOnlyList<Scenario> scenarios, SimulationOptions? options = null, Action<int, int>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(scenarios);
        if (scenarios.Count < 2)
        {
            throw new ArgumentException($"A comparison needs at least two scenarios, had {scenarios.Count}.", nameof(scenarios));
        }

        options ??= new SimulationOptions();
        var months = options.Months ?? scenarios[0].Months;
        var results = new List<SimulationResult>(scenarios.Count);
        for (var k = 0; k < scenarios.Count; k++)
        {
            var index = k;
            results.Add(MonteCarlo.Run(scenarios[k], options with { Months = months }, done => progress?.Invoke(index, done), cancellationToken));
        }

        return new ScenarioComparison(results);
    }

    /// <summary>The band of (scenario − baseline) of a metric in the last month, paired per replication.</summary>
    public Band FinalDifference(int scenario, Metric metric)
        => Difference(scenario, o => o.Series[(int)metric][^1]);

    /// <summary>The band of (scenario − baseline) of a metric summed over the horizon, paired per replication.</summary>
    public Band TotalDifference(int scenario, Metric metric)
        => Difference(scenario, o => o.Series[(int)metric].Sum());

    private Band Difference(int scenario, Func<ReplicationOutcome, decimal> figure)
    {
        var baseline = Results[0].Outcomes;
        var other = Results[scenario].Outcomes;
        var diffs = new decimal[baseline.Length];
        for (var r = 0; r < diffs.Length; r++)
        {
            diffs[r] = figure(other[r]) - figure(baseline[r]);
        }

        return Band.Of(diffs);
    }
}
