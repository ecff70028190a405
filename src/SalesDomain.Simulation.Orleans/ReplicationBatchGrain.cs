using System.Diagnostics;
using Orleans;
using Orleans.Placement;
using Orleans.Runtime;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulation.Orleans;

/// <summary>A grain that runs one <see cref="WorkItem"/>; its key is <see cref="WorkItem.Key"/>.</summary>
[Alias("SalesDomain.IReplicationBatchGrain")]
public interface IReplicationBatchGrain : IGrainWithStringKey
{
    /// <summary>
    /// Runs the item's replications of the scenario (given as JSON, checked against the item's hash), or refuses an item
    /// made by another engine version. Idempotent: a second call with the same key returns the same replications.
    /// </summary>
    [Alias("Run")]
    Task<ReplicationBatch> RunAsync(WorkItem item, string scenarioJson);
}

/// <summary>How a worker runs its work items.</summary>
public sealed record WorkerSettings
{
    /// <summary>Replications of one item run at once; 0 = all cores (default).</summary>
    public int Threads { get; init; }
}

/// <summary>
/// Runs a batch of replications with <see cref="MonteCarlo.RunReplications"/> off the grain scheduler and keeps the
/// answer for the activation's life, so a repeated call with the same key (a retry) is answered without running again.
/// Placed at random over the silos.
/// </summary>
[RandomPlacement]
public sealed class ReplicationBatchGrain(WorkerSettings settings, ILocalSiloDetails silo) : Grain, IReplicationBatchGrain
{
    private Task<ReplicationBatch>? _answer;

    /// <inheritdoc />
    public Task<ReplicationBatch> RunAsync(WorkItem item, string scenarioJson)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(scenarioJson);
        var worker = silo.SiloAddress.ToString();
        if (item.Key != this.GetPrimaryKeyString())
        {
            return Task.FromResult(new ReplicationBatch { Worker = worker, Refusal = $"work item {item.Key} was sent to grain {this.GetPrimaryKeyString()}" });
        }

        if (item.EngineVersion != EngineVersion.Current)
        {
            return Task.FromResult(new ReplicationBatch
            {
                Worker = worker,
                Refusal = $"worker {worker} runs SalesDomain {EngineVersion.Current}, but the client runs {item.EngineVersion}; "
                    + "every worker must run the same SalesDomain version as the client (results of other versions may differ)",
            });
        }

        if (WorkItem.HashOf(scenarioJson) != item.ScenarioHash)
        {
            return Task.FromResult(new ReplicationBatch { Worker = worker, Refusal = $"the scenario sent to worker {worker} does not match the hash of work item {item.Key}" });
        }

        return _answer ??= Task.Run(() => Run(item, scenarioJson, worker));
    }

    private ReplicationBatch Run(WorkItem item, string scenarioJson, string worker)
    {
        var clock = Stopwatch.StartNew();
        var scenario = ScenarioJson.Parse(scenarioJson);
        var options = new SimulationOptions { Seed = item.Seed, Months = item.Months, Workers = settings.Threads };
        var outcomes = MonteCarlo.RunReplications(scenario, options, item.First, item.Count);
        return new ReplicationBatch
        {
            Worker = worker,
            Replications = [.. outcomes.Select(LedgerJson.ToPayload)],
            Seconds = clock.Elapsed.TotalSeconds,
        };
    }
}
