using System.Collections.Immutable;
using SalesDomain.Simulation.Engine;
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
        options = Check(scenarios, options);
        var results = new List<SimulationResult>(scenarios.Count);
        for (var k = 0; k < scenarios.Count; k++)
        {
            var index = k;
            results.Add(MonteCarlo.Run(scenarios[k], options, done => progress?.Invoke(index, done), cancellationToken));
        }

        return new ScenarioComparison(results);
    }

    /// <summary>
    /// A comparison of results already run on common random numbers (the same seed, months and replications, e.g.
    /// merged with <see cref="MonteCarlo.Merge"/> after a distributed run); the baseline first.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two results, or results of different runs or horizons.</exception>
    public static ScenarioComparison Of(IReadOnlyList<SimulationResult> results)
    {
        Guard.NotNull(results);
        if (results.Count < 2)
        {
            throw new ArgumentException($"A comparison needs at least two scenarios, had {results.Count}.", nameof(results));
        }

        if (results.Any(r => r.Runs != results[0].Runs || r.Months != results[0].Months || r.Seed != results[0].Seed))
        {
            throw new ArgumentException("The results of a comparison must have the same seed, runs and months.", nameof(results));
        }

        return new ScenarioComparison([.. results]);
    }

    /// <summary>
    /// Runs every scenario in batches of the same replications until, for every alternative, the 95 % confidence
    /// interval of the paired difference of the headline figure has a half width of at most
    /// <see cref="PrecisionTarget.RelativeHalfWidth"/> × |baseline's headline mean|, or the cap is reached.
    /// <see cref="SimulationOptions.Runs"/> is ignored.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two scenarios.</exception>
    public static ScenarioComparison RunToPrecision(
        IReadOnlyList<Scenario> scenarios, SimulationOptions? options = null, PrecisionTarget? target = null,
        Action<int, int>? progress = null, CancellationToken cancellationToken = default)
    {
        options = Check(scenarios, options);
        target ??= new PrecisionTarget();
        var plans = scenarios.Select(s => new SimulationPlan(s, options.Months!.Value)).ToArray();
        var outcomes = plans.Select(_ => new List<ReplicationOutcome>()).ToArray();
        while (outcomes[0].Count < target.MaxRuns)
        {
            var done = outcomes[0].Count;
            var batch = Math.Min(target.BatchRuns, target.MaxRuns - done);
            for (var k = 0; k < plans.Length; k++)
            {
                var index = k;
                outcomes[k].AddRange(MonteCarlo.Replications(
                    plans[k], options, done, batch, progress is null ? null : n => progress(index, done + n), cancellationToken));
            }

            var baseline = Band.Of([.. outcomes[0].Select(target.Headline)]);
            var met = true;
            for (var k = 1; k < plans.Length && met; k++)
            {
                met = target.IsMet(Paired(outcomes[0], outcomes[k], target.Headline).Band, baseline.Mean);
            }

            if (met)
            {
                break;
            }
        }

        return new ScenarioComparison(
            [.. scenarios.Select((s, k) => new SimulationResult(s.Name, options.Seed, plans[k].Months, [.. outcomes[k]]))]);
    }

    /// <summary>The band of (scenario − baseline) of a metric in the last month, paired per replication.</summary>
    public Band FinalDifference(int scenario, Metric metric) => FinalPaired(scenario, metric).Band;

    /// <summary>The band of (scenario − baseline) of a metric summed over the horizon, paired per replication.</summary>
    public Band TotalDifference(int scenario, Metric metric) => TotalPaired(scenario, metric).Band;

    /// <summary>(scenario − baseline) of a metric in the last month, paired per replication, with P(Δ &gt; 0).</summary>
    public PairedDifference FinalPaired(int scenario, Metric metric)
        => Paired(Results[0].Outcomes, Results[scenario].Outcomes, o => o.SeriesOf(metric)[^1]);

    /// <summary>(scenario − baseline) of a metric summed over the horizon, paired per replication, with P(Δ &gt; 0).</summary>
    public PairedDifference TotalPaired(int scenario, Metric metric)
        => Paired(Results[0].Outcomes, Results[scenario].Outcomes, o => o.Series[(int)metric].Sum());

    /// <summary>(scenario − baseline) of any per-replication figure, paired per replication, with P(Δ &gt; 0).</summary>
    public PairedDifference Paired(int scenario, Func<ReplicationOutcome, decimal> figure)
        => Paired(Results[0].Outcomes, Results[scenario].Outcomes, Guard.NotNull(figure));

    private static PairedDifference Paired(IReadOnlyList<ReplicationOutcome> baseline, IReadOnlyList<ReplicationOutcome> other, Func<ReplicationOutcome, decimal> figure)
    {
        var diffs = new decimal[baseline.Count];
        for (var r = 0; r < diffs.Length; r++)
        {
            diffs[r] = figure(other[r]) - figure(baseline[r]);
        }

        return PairedDifference.Of(diffs);
    }

    private static SimulationOptions Check(IReadOnlyList<Scenario> scenarios, SimulationOptions? options)
    {
        Guard.NotNull(scenarios);
        if (scenarios.Count < 2)
        {
            throw new ArgumentException($"A comparison needs at least two scenarios, had {scenarios.Count}.", nameof(scenarios));
        }

        options ??= new SimulationOptions();
        return options with { Months = options.Months ?? scenarios[0].Months };
    }
}
