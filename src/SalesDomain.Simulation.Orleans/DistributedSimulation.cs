using Orleans;
using Orleans.Runtime;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulation.Orleans;

/// <summary>How the coordinator splits and retries work.</summary>
public sealed record DistributedOptions
{
    /// <summary>Replications per work item; default 10; ≥ 1. The result does not depend on it.</summary>
    public int BatchRuns
    {
        get => field;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(BatchRuns), value, $"BatchRuns must be >= 1, was {value}.");
    } = 10;

    /// <summary>Work items in flight at once; 0 = twice the number of active silos at the start (default).</summary>
    public int MaxInFlight
    {
        get => field;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxInFlight), value, $"MaxInFlight must be >= 0, was {value}.");
    }

    /// <summary>Attempts of one work item before the run fails (a silo that dies costs one or a few); default 40.</summary>
    public int MaxAttempts
    {
        get => field;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxAttempts), value, $"MaxAttempts must be >= 1, was {value}.");
    } = 40;

    /// <summary>Pause before the first retry of an item; doubled up to 5 s after each failure; default 250 ms.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often the coordinator reads the set of active silos, to resend the items of one that died; default 1 s.</summary>
    public TimeSpan WatchPeriod
    {
        get => field;
        init => field = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(WatchPeriod), value, $"WatchPeriod must be > 0, was {value}.");
    } = TimeSpan.FromSeconds(1);

    /// <summary>Called with each failure that is retried (work item key, attempt, error); e.g. to log it.</summary>
    public Action<string, int, Exception>? OnRetry { get; init; }
}

/// <summary>A worker refused work (another SalesDomain version), or an item could not be run after every attempt.</summary>
public sealed class DistributedSimulationException : Exception
{
    /// <summary>A failure with its message.</summary>
    public DistributedSimulationException(string message) : base(message) { }

    /// <summary>A failure with its message and cause.</summary>
    public DistributedSimulationException(string message, Exception inner) : base(message, inner) { }

    /// <summary>A failure without a message.</summary>
    public DistributedSimulationException() { }
}

/// <summary>
/// The client-side coordinator of a distributed run (docs/distributed.md): splits the replications of every scenario
/// into <see cref="WorkItem"/>s of <see cref="DistributedOptions.BatchRuns"/>, sends them to
/// <see cref="IReplicationBatchGrain"/>s across the cluster, retries the items of a silo that died on the others, and
/// merges the replications in index order with <see cref="MonteCarlo.Merge"/>. The results are bit-for-bit those of
/// <see cref="MonteCarlo"/> and <see cref="ScenarioComparison"/> run locally with the same options, whatever the number
/// of silos, the batch size or the order in which items finish.
/// </summary>
public sealed class DistributedSimulation
{
    private readonly IClusterClient _client;
    private readonly DistributedOptions _options;

    /// <summary>A coordinator over a connected cluster client.</summary>
    public DistributedSimulation(IClusterClient client, DistributedOptions? options = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _options = options ?? new DistributedOptions();
    }

    /// <summary>Runs each scenario with the same options, like <see cref="MonteCarlo.Run"/> for each; all items share the cluster.</summary>
    /// <param name="scenarios">Valid scenarios.</param>
    /// <param name="options">Seed, runs and months (workers are the silos' business).</param>
    /// <param name="progress">Called with (scenario index, replications done) as work items finish.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <exception cref="DistributedSimulationException">A worker refused the work, or an item failed on every attempt.</exception>
    public async Task<IReadOnlyList<SimulationResult>> RunAsync(
        IReadOnlyList<Scenario> scenarios, SimulationOptions options, Action<int, int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(options);
        using var run = await StartAsync(cancellationToken).ConfigureAwait(false);
        var jobs = scenarios.Select(Job.Of).ToArray();
        var outcomes = await Task.WhenAll(jobs.Select((job, k) =>
            RunRangeAsync(run, job, options, 0, options.Runs, Counter(progress, k, 0), cancellationToken))).ConfigureAwait(false);
        return [.. jobs.Select((job, k) => MonteCarlo.Merge(job.Scenario, options, outcomes[k]))];
    }

    /// <summary>Runs each scenario until its headline figure is precise enough, like <see cref="MonteCarlo.RunToPrecision"/> for each.</summary>
    /// <exception cref="DistributedSimulationException">A worker refused the work, or an item failed on every attempt.</exception>
    public async Task<IReadOnlyList<SimulationResult>> RunToPrecisionAsync(
        IReadOnlyList<Scenario> scenarios, SimulationOptions options, PrecisionTarget target, Action<int, int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(target);
        using var run = await StartAsync(cancellationToken).ConfigureAwait(false);
        var jobs = scenarios.Select(Job.Of).ToArray();
        return await Task.WhenAll(jobs.Select(async (job, k) =>
        {
            var outcomes = new List<ReplicationOutcome>();
            while (outcomes.Count < target.MaxRuns)
            {
                var done = outcomes.Count;
                var batch = Math.Min(target.BatchRuns, target.MaxRuns - done);
                outcomes.AddRange(await RunRangeAsync(run, job, options, done, batch, Counter(progress, k, done), cancellationToken).ConfigureAwait(false));
                var headline = Band.Of([.. outcomes.Select(target.Headline)]);
                if (target.IsMet(headline, headline.Mean))
                {
                    break;
                }
            }

            return MonteCarlo.Merge(job.Scenario, options, outcomes);
        })).ConfigureAwait(false);
    }

    /// <summary>Compares scenarios on common random numbers, like <see cref="ScenarioComparison.Run"/>.</summary>
    /// <exception cref="DistributedSimulationException">A worker refused the work, or an item failed on every attempt.</exception>
    public async Task<ScenarioComparison> CompareAsync(
        IReadOnlyList<Scenario> scenarios, SimulationOptions options, Action<int, int>? progress = null, CancellationToken cancellationToken = default)
    {
        options = CompareOptions(scenarios, options);
        return ScenarioComparison.Of(await RunAsync(scenarios, options, progress, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Compares scenarios in batches until every paired difference is precise enough, like <see cref="ScenarioComparison.RunToPrecision"/>.</summary>
    /// <exception cref="DistributedSimulationException">A worker refused the work, or an item failed on every attempt.</exception>
    public async Task<ScenarioComparison> CompareToPrecisionAsync(
        IReadOnlyList<Scenario> scenarios, SimulationOptions options, PrecisionTarget target, Action<int, int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        options = CompareOptions(scenarios, options);
        using var run = await StartAsync(cancellationToken).ConfigureAwait(false);
        var jobs = scenarios.Select(Job.Of).ToArray();
        var outcomes = jobs.Select(_ => new List<ReplicationOutcome>()).ToArray();
        while (outcomes[0].Count < target.MaxRuns)
        {
            var done = outcomes[0].Count;
            var batch = Math.Min(target.BatchRuns, target.MaxRuns - done);
            var batches = await Task.WhenAll(jobs.Select((job, k) =>
                RunRangeAsync(run, job, options, done, batch, Counter(progress, k, done), cancellationToken))).ConfigureAwait(false);
            for (var k = 0; k < jobs.Length; k++)
            {
                outcomes[k].AddRange(batches[k]);
            }

            var baseline = Band.Of([.. outcomes[0].Select(target.Headline)]);
            var met = true;
            for (var k = 1; k < jobs.Length && met; k++)
            {
                var diffs = outcomes[k].Select((o, r) => target.Headline(o) - target.Headline(outcomes[0][r])).ToArray();
                met = target.IsMet(PairedDifference.Of(diffs).Band, baseline.Mean);
            }

            if (met)
            {
                break;
            }
        }

        return ScenarioComparison.Of([.. jobs.Select((job, k) => MonteCarlo.Merge(job.Scenario, options, outcomes[k]))]);
    }

    private static SimulationOptions CompareOptions(IReadOnlyList<Scenario> scenarios, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(options);
        if (scenarios.Count < 2)
        {
            throw new ArgumentException($"A comparison needs at least two scenarios, had {scenarios.Count}.", nameof(scenarios));
        }

        return options with { Months = options.Months ?? scenarios[0].Months };
    }

    /// <summary>Progress of one scenario: replications done before this range plus those of its finished items.</summary>
    private static Action<int> Counter(Action<int, int>? progress, int scenario, int before)
    {
        var done = 0;
        return n =>
        {
            var total = Interlocked.Add(ref done, n);
            progress?.Invoke(scenario, before + total);
        };
    }

    private async Task<Throttle> StartAsync(CancellationToken cancellationToken)
    {
        var inFlight = _options.MaxInFlight;
        if (inFlight == 0)
        {
            var hosts = await _client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(cancellationToken).ConfigureAwait(false);
            inFlight = Math.Max(2, 2 * hosts.Count);
        }

        return new Throttle(_client, inFlight, _options.WatchPeriod);
    }

    private async Task<IReadOnlyList<ReplicationOutcome>> RunRangeAsync(
        Throttle throttle, Job job, SimulationOptions options, int first, int count, Action<int> done, CancellationToken cancellationToken)
    {
        var months = options.Months ?? job.Scenario.Months;
        var items = new List<WorkItem>();
        for (var start = first; start < first + count; start += _options.BatchRuns)
        {
            items.Add(new WorkItem(job.Hash, EngineVersion.Current, options.Seed, months, start, Math.Min(_options.BatchRuns, first + count - start)));
        }

        var batches = await Task.WhenAll(items.Select(async item =>
        {
            var outcomes = await RunItemAsync(throttle, item, job.Json, cancellationToken).ConfigureAwait(false);
            done(item.Count);
            return outcomes;
        })).ConfigureAwait(false);

        // In replication order, whatever order the items finished in.
        var merged = batches.SelectMany(b => b).ToArray();
        for (var r = 0; r < merged.Length; r++)
        {
            if (merged[r].Replication != first + r)
            {
                throw new DistributedSimulationException($"Replication {first + r} of scenario '{job.Scenario.Name}' came back as replication {merged[r].Replication}.");
            }
        }

        return merged;
    }

    private async Task<IReadOnlyList<ReplicationOutcome>> RunItemAsync(Throttle throttle, WorkItem item, string json, CancellationToken cancellationToken)
    {
        var delay = _options.RetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            ReplicationBatch batch;
            await throttle.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                using var call = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, throttle.Changed);
                batch = await _client.GetGrain<IReplicationBatchGrain>(item.Key).RunAsync(item, json).WaitAsync(call.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (IsTransient(e, cancellationToken) && attempt < _options.MaxAttempts)
            {
                _options.OnRetry?.Invoke(item.Key, attempt, e);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
                continue;
            }
            catch (Exception e) when (IsTransient(e, cancellationToken))
            {
                throw new DistributedSimulationException($"Work item {item.Key} failed {attempt} times; last error: {e.Message}", e);
            }
            finally
            {
                throttle.Gate.Release();
            }

            if (batch.Refusal is { } refusal)
            {
                throw new DistributedSimulationException(refusal);
            }

            var outcomes = batch.Replications.Select(LedgerJson.FromPayload).ToArray();
            if (outcomes.Length != item.Count || outcomes.Where((o, i) => o.Replication != item.First + i).Any())
            {
                throw new DistributedSimulationException($"Worker {batch.Worker} returned {outcomes.Length} replications for work item {item.Key}.");
            }

            return outcomes;
        }
    }

    /// <summary>Failures of the cluster (a silo gone, a lost message, a time-out), not of the work itself.</summary>
    private static bool IsTransient(Exception e, CancellationToken cancellationToken)
        => !cancellationToken.IsCancellationRequested
            && e is not (ArgumentException or ScenarioException or DistributedSimulationException or InvalidOperationException or NotSupportedException);

    private sealed record Job(Scenario Scenario, string Json, string Hash)
    {
        public static Job Of(Scenario scenario)
        {
            ArgumentNullException.ThrowIfNull(scenario);
            var json = WorkItem.JsonOf(scenario);
            return new Job(scenario, json, WorkItem.HashOf(json));
        }
    }

    /// <summary>
    /// The gate of items in flight, and a watch of the cluster: its <see cref="Changed"/> token is cancelled whenever the
    /// set of active silos shrinks or cannot be read in time, so that calls that went to (or through) a silo that died
    /// are sent again (a live grain answers a repeated call from its kept answer, without running again).
    /// </summary>
    private sealed class Throttle : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _watch;
        private CancellationTokenSource _changed = new();

        public Throttle(IClusterClient client, int inFlight, TimeSpan poll)
        {
            Gate = new SemaphoreSlim(inFlight, inFlight);
            _watch = Task.Run(() => WatchAsync(client, poll));
        }

        public SemaphoreSlim Gate { get; }

        public CancellationToken Changed => Volatile.Read(ref _changed).Token;

        private async Task WatchAsync(IClusterClient client, TimeSpan poll)
        {
            HashSet<string>? known = null;
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(poll, _stop.Token).ConfigureAwait(false);
                    var hosts = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)
                        .WaitAsync(poll * 5, _stop.Token).ConfigureAwait(false);
                    var now = hosts.Keys.Select(k => k.ToString()).ToHashSet(StringComparer.Ordinal);
                    if (known is not null && !known.IsSubsetOf(now))
                    {
                        Renew();
                    }

                    known = now;
                }
                catch (OperationCanceledException) when (_stop.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception)
                {
                    // The cluster could not be read in time (e.g. the gateway died): send what is in flight again.
                    known = null;
                    Renew();
                }
            }
        }

        private void Renew()
        {
            var old = Interlocked.Exchange(ref _changed, new CancellationTokenSource());
            old.Cancel();
            // Not disposed: an attempt may still be linking to its token.
        }

        public void Dispose()
        {
            _stop.Cancel();
            try
            {
                _watch.Wait(TimeSpan.FromSeconds(10));
            }
            catch (AggregateException)
            {
                // The watch ends with the run.
            }

            _stop.Dispose();
            _changed.Dispose();
            Gate.Dispose();
        }
    }
}
