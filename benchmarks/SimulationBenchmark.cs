using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SalesDomain.Model;
using SalesDomain.Simulation;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Benchmarks;

/// <summary>
/// Monte Carlo throughput (docs/simulator.md): a 100,000-client population (80,000 potential + 20,000 active),
/// 36 months (156 weeks), 100 replications of the split scaled ×20 (80 hunters, 120 farmers), on all cores. Each
/// invocation counts population × weeks × replications operations, so the reported time per operation is the time per
/// client-week; client-weeks per second = 1 / that. One cold invocation (Monitoring), as a run is a batch job.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class SimulationBenchmark
{
    private const int Population = 100_000;
    private const int Weeks = 156;
    private const int Replications = 100;
    private Scenario _scenario = BuiltInScenarios.Split;

    /// <summary>The scaled scenario (after <see cref="Setup"/>).</summary>
    public Scenario Scenario => _scenario;

    [GlobalSetup]
    public void Setup()
    {
        var split = BuiltInScenarios.Split;
        _scenario = split with
        {
            Months = 36,
            Population = split.Population with { MarketCapacity = 80_000, InitialActive = 20_000 },
            SalesForce =
            [
                new ManagerSpec { Name = "hunters", Role = ManagerRole.Hunter, Count = 80 },
                new ManagerSpec { Name = "farmers", Role = ManagerRole.Farmer, Count = 120 },
            ],
        };
    }

    [Benchmark(OperationsPerInvoke = Population * Weeks * Replications)]
    public decimal ClientWeeks()
        => MonteCarlo.Run(_scenario, new SimulationOptions { Seed = 42, Runs = Replications }).Final(SalesDomain.Simulation.Results.Metric.Revenue).Mean;
}
