using System.Collections.Immutable;
using SalesDomain.Simulation.Engine;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulation;

/// <summary>How a simulation is run: seed, replications, horizon, parallelism.</summary>
public sealed record SimulationOptions
{
    /// <summary>Seed of every random stream; replication r of seed s always draws the same numbers; default 1.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Replications; default 100; must be ≥ 1.</summary>
    public int Runs { get => field; init => field = Guard.Positive(value, nameof(Runs)); } = 100;

    /// <summary>Horizon in months; null = the scenario's <see cref="Scenario.Months"/>.</summary>
    public int? Months { get => field; init => field = value is null ? null : Guard.Positive(value.Value, nameof(Months)); }

    /// <summary>Replications run at once; 0 = all cores (default). The result does not depend on it.</summary>
    public int Workers { get => field; init => field = Guard.NotNegative(value, nameof(Workers)); }
}

/// <summary>
/// Monte Carlo runner (docs/simulator.md): R replications of a scenario, each with its own random streams derived from
/// (seed, replication index), run in parallel, collected in index order, so the result is bit-for-bit the same for any
/// degree of parallelism. Scenarios run with the same options use common random numbers.
/// </summary>
public static class MonteCarlo
{
    /// <summary>Runs one scenario.</summary>
    /// <param name="scenario">A valid scenario (checked).</param>
    /// <param name="options">Seed, runs, months, workers; defaults when null.</param>
    /// <param name="progress">Called with the number of finished replications (from worker threads).</param>
    /// <param name="cancellationToken">Stops between replications.</param>
    /// <exception cref="ScenarioException">The scenario is not valid.</exception>
    public static SimulationResult Run(
        Scenario scenario, SimulationOptions? options = null, Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(scenario);
        options ??= new SimulationOptions();
        var plan = new SimulationPlan(scenario, options.Months ?? scenario.Months);
        var outcomes = new ReplicationOutcome[options.Runs];
        var done = 0;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.Workers == 0 ? Environment.ProcessorCount : options.Workers,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, options.Runs, parallel, r =>
        {
            outcomes[r] = Replication.Run(plan, options.Seed, r);
            progress?.Invoke(Interlocked.Increment(ref done));
        });
        return new SimulationResult(scenario.Name, options.Seed, plan.Months, ImmutableArray.Create(outcomes));
    }
}
