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

    /// <summary>Most replications of one run: 1,000,000 (and <see cref="SimulationMemory"/> must fit).</summary>
    public const int MaxRuns = 1_000_000;

    /// <summary>Replications; default 100; 1..<see cref="MaxRuns"/>.</summary>
    public int Runs
    {
        get => field;
        init => field = value is >= 1 and <= MaxRuns ? value : throw Guard.OutOfRange(nameof(Runs), value, $"must be within 1..{MaxRuns}");
    } = 100;

    /// <summary>Horizon in months; null = the scenario's <see cref="Scenario.Months"/>; 1..<see cref="Scenario.MaxMonths"/>.</summary>
    public int? Months
    {
        get => field;
        init => field = value is null or (>= 1 and <= Scenario.MaxMonths)
            ? value
            : throw Guard.OutOfRange(nameof(Months), value, $"must be within 1..{Scenario.MaxMonths}");
    }

    /// <summary>Replications run at once; 0 = all cores (default). The result does not depend on it.</summary>
    public int Workers { get => field; init => field = Guard.NotNegative(value, nameof(Workers)); }
}

/// <summary>
/// Monte Carlo runner (docs/simulator.md in the repository): R replications of a scenario, each with its own random streams derived from
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
        var outcomes = Replications(plan, options, 0, options.Runs, progress, cancellationToken);
        return new SimulationResult(scenario.Name, options.Seed, plan.Months, ImmutableArray.Create(outcomes));
    }

    /// <summary>
    /// Runs one scenario in batches until the headline figure is precise enough (<see cref="PrecisionTarget"/>);
    /// <see cref="SimulationOptions.Runs"/> is ignored. Replication r is the same as in <see cref="Run"/>.
    /// </summary>
    /// <param name="scenario">A valid scenario (checked).</param>
    /// <param name="options">Seed, months, workers; defaults when null.</param>
    /// <param name="target">The precision and the cap; defaults when null.</param>
    /// <param name="progress">Called with the number of finished replications (from worker threads).</param>
    /// <param name="cancellationToken">Stops between replications.</param>
    /// <exception cref="ScenarioException">The scenario is not valid.</exception>
    public static SimulationResult RunToPrecision(
        Scenario scenario, SimulationOptions? options = null, PrecisionTarget? target = null, Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(scenario);
        options ??= new SimulationOptions();
        target ??= new PrecisionTarget();
        var plan = new SimulationPlan(scenario, options.Months ?? scenario.Months);
        var outcomes = new List<ReplicationOutcome>();
        while (outcomes.Count < target.MaxRuns)
        {
            var batch = Math.Min(target.BatchRuns, target.MaxRuns - outcomes.Count);
            var done = outcomes.Count;
            outcomes.AddRange(Replications(plan, options, done, batch, progress is null ? null : n => progress(done + n), cancellationToken));
            var headline = Band.Of([.. outcomes.Select(target.Headline)]);
            if (target.IsMet(headline, headline.Mean))
            {
                break;
            }
        }

        return new SimulationResult(scenario.Name, options.Seed, plan.Months, [.. outcomes]);
    }

    /// <summary>
    /// Replications [<paramref name="first"/>, first + <paramref name="count"/>) of one scenario, in index order: the
    /// seam for running a simulation in pieces (several processes or machines, docs/distributed.md). Replication r is
    /// exactly replication r of <see cref="Run"/> with the same seed and months, so the pieces, put back in index order
    /// by <see cref="Merge"/>, give a result bit-for-bit equal to <see cref="Run"/>'s.
    /// </summary>
    /// <param name="scenario">A valid scenario (checked).</param>
    /// <param name="options">Seed, months and workers (<see cref="SimulationOptions.Runs"/> is not used).</param>
    /// <param name="first">Index of the first replication (0-based); first + count must not exceed <see cref="SimulationOptions.MaxRuns"/>.</param>
    /// <param name="count">Number of replications, ≥ 1.</param>
    /// <param name="progress">Called with the number of finished replications of this piece (from worker threads).</param>
    /// <param name="cancellationToken">Stops between replications.</param>
    /// <exception cref="ScenarioException">The scenario is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The range is empty or outside 0..<see cref="SimulationOptions.MaxRuns"/>.</exception>
    public static IReadOnlyList<ReplicationOutcome> RunReplications(
        Scenario scenario, SimulationOptions options, int first, int count, Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(scenario);
        Guard.NotNull(options);
        if (first < 0 || count < 1 || first > SimulationOptions.MaxRuns - count)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"Replications [{first}, {first} + {count}) must lie within 0..{SimulationOptions.MaxRuns}.");
        }

        var plan = new SimulationPlan(scenario, options.Months ?? scenario.Months);
        return Replications(plan, options, first, count, progress, cancellationToken);
    }

    /// <summary>
    /// The result of replications 0 … n − 1 of one scenario run in pieces by <see cref="RunReplications"/>, given in
    /// index order; equal, bit for bit, to the result of <see cref="Run"/> with the same seed, months and n runs.
    /// </summary>
    /// <param name="scenario">The scenario the replications ran.</param>
    /// <param name="options">The seed and months they ran with.</param>
    /// <param name="outcomes">Replications 0 … n − 1, in index order, n ≥ 1.</param>
    /// <exception cref="ArgumentException">The outcomes are not replications 0 … n − 1 in order, or not of the horizon.</exception>
    public static SimulationResult Merge(Scenario scenario, SimulationOptions options, IReadOnlyList<ReplicationOutcome> outcomes)
    {
        Guard.NotNull(scenario);
        Guard.NotNull(options);
        Guard.NotNull(outcomes);
        var months = options.Months ?? scenario.Months;
        if (outcomes.Count == 0)
        {
            throw new ArgumentException("A result needs at least one replication.", nameof(outcomes));
        }

        for (var r = 0; r < outcomes.Count; r++)
        {
            if (outcomes[r].Replication != r || outcomes[r].Series.Length != Enum.GetValues<Metric>().Length || outcomes[r].Series[0].Length != months)
            {
                throw new ArgumentException(
                    $"Outcome {r} is replication {outcomes[r].Replication} over {outcomes[r].Series[0].Length} months; expected replication {r} over {months}.", nameof(outcomes));
            }
        }

        return new SimulationResult(scenario.Name, options.Seed, months, [.. outcomes]);
    }

    /// <summary>Replications <paramref name="first"/> … first + count − 1 of a plan, in index order, run in parallel.</summary>
    internal static ReplicationOutcome[] Replications(
        SimulationPlan plan, SimulationOptions options, int first, int count, Action<int>? progress, CancellationToken cancellationToken)
    {
        var outcomes = new ReplicationOutcome[count];
        var done = 0;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.Workers == 0 ? Environment.ProcessorCount : options.Workers,
            CancellationToken = cancellationToken,
        };
        // Each worker thread keeps one workspace for all its replications (results do not depend on it).
        Parallel.For(
            0,
            count,
            parallel,
            () => (Workspace?)null,
            (r, _, workspace) =>
            {
                workspace ??= Workspace.For(plan);
                outcomes[r] = Replication.Run(plan, options.Seed, first + r, workspace);
                progress?.Invoke(Interlocked.Increment(ref done));
                return workspace;
            },
            _ => { });
        return outcomes;
    }
}
