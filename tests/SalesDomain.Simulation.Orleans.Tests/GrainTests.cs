using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulation.Orleans.Tests;

/// <summary>An in-process cluster of two silos for the grain and coordinator tests.</summary>
public sealed class TwoSiloCluster : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<Configurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    private sealed class Configurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder.Services.AddSingleton(new WorkerSettings { Threads = 1 });
    }
}

public sealed class GrainTests(TwoSiloCluster fixture) : IClassFixture<TwoSiloCluster>
{
    private static readonly SimulationOptions Options = new() { Seed = 7, Runs = 7, Months = 3 };

    private static Scenario Scenario => BuiltInScenarios.Named(BuiltInScenarios.DefaultName);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public async Task A_distributed_run_is_bit_for_bit_the_local_run_whatever_the_batch_size(int batchRuns)
    {
        var local = MonteCarlo.Run(Scenario, Options);
        var simulation = new DistributedSimulation(fixture.Cluster.Client, new DistributedOptions { BatchRuns = batchRuns, MaxInFlight = 3 });
        var progress = new List<(int Scenario, int Done)>();

        var distributed = await simulation.RunAsync([Scenario], Options, (k, done) => { lock (progress) { progress.Add((k, done)); } });

        Assert.Equal(Fingerprint.Of(local), Fingerprint.Of(distributed[0]));
        Assert.Equal(local.Total(Metric.Profit), distributed[0].Total(Metric.Profit));
        Assert.Contains((0, Options.Runs), progress);
    }

    [Fact]
    public async Task A_distributed_comparison_is_the_local_comparison()
    {
        string[] names = [BuiltInScenarios.Names[0], BuiltInScenarios.Names[^1]];
        var scenarios = names.Select(BuiltInScenarios.Named).ToList();
        var local = ScenarioComparison.Run(scenarios, Options);
        var distributed = await new DistributedSimulation(fixture.Cluster.Client, new DistributedOptions { BatchRuns = 2 }).CompareAsync(scenarios, Options);

        Assert.Equal(local.Results.Select(Fingerprint.Of), distributed.Results.Select(Fingerprint.Of));
        Assert.Equal(local.TotalPaired(1, Metric.Profit), distributed.TotalPaired(1, Metric.Profit));
    }

    [Fact]
    public async Task Runs_to_a_precision_stop_where_the_local_run_stops()
    {
        var target = new PrecisionTarget { BatchRuns = 4, MaxRuns = 12, RelativeHalfWidth = 0.05m };
        var local = MonteCarlo.RunToPrecision(Scenario, Options, target);
        var distributed = await new DistributedSimulation(fixture.Cluster.Client, new DistributedOptions { BatchRuns = 3 })
            .RunToPrecisionAsync([Scenario], Options, target);

        Assert.Equal(Fingerprint.Of(local), Fingerprint.Of(distributed[0]));
    }

    [Fact]
    public async Task A_work_item_is_idempotent_by_key()
    {
        var json = WorkItem.JsonOf(Scenario);
        var item = new WorkItem(WorkItem.HashOf(json), EngineVersion.Current, 11, 2, 4, 2);
        var grain = fixture.Cluster.Client.GetGrain<IReplicationBatchGrain>(item.Key);

        var first = await grain.RunAsync(item, json);
        var again = await grain.RunAsync(item, json);

        Assert.Null(first.Refusal);
        Assert.Equal([4, 5], first.Replications.Select(r => r.Replication));
        // The kept answer: the same replications and the same run time, so the second call ran nothing.
        Assert.Equal(first.Seconds, again.Seconds);
        Assert.Equal(first.Replications.Select(r => r.Ledger), again.Replications.Select(r => r.Ledger));
    }

    [Fact]
    public async Task A_worker_refuses_an_item_of_another_engine_version_with_a_clear_message()
    {
        var json = WorkItem.JsonOf(Scenario);
        var item = new WorkItem(WorkItem.HashOf(json), "0.0.1+other (engine 00)", 1, 2, 0, 1);

        var batch = await fixture.Cluster.Client.GetGrain<IReplicationBatchGrain>(item.Key).RunAsync(item, json);

        Assert.Empty(batch.Replications);
        Assert.Contains($"runs SalesDomain {EngineVersion.Current}, but the client runs 0.0.1+other (engine 00)", batch.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_worker_refuses_a_scenario_that_does_not_match_the_hash()
    {
        var item = new WorkItem(WorkItem.HashOf("{}"), EngineVersion.Current, 1, 2, 0, 1);

        var batch = await fixture.Cluster.Client.GetGrain<IReplicationBatchGrain>(item.Key).RunAsync(item, WorkItem.JsonOf(Scenario));

        Assert.Contains("does not match the hash", batch.Refusal, StringComparison.Ordinal);
    }
}
