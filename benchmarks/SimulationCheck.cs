using System.Diagnostics;
using System.Globalization;
using SalesDomain.Simulation;
using SalesDomain.Simulation.Results;

namespace SalesDomain.Benchmarks;

/// <summary>
/// "check-sim [runs]": the <see cref="SimulationBenchmark"/> workload (100,000 clients, 156 weeks) with fewer
/// replications, timed once, printing client-weeks per second and bytes allocated per client-week.
/// </summary>
internal static class SimulationCheck
{
    public static int Run(int runs)
    {
        var benchmark = new SimulationBenchmark();
        benchmark.Setup();
        var scenario = benchmark.Scenario;
        var options = new SimulationOptions { Seed = 42, Runs = runs };
        MonteCarlo.Run(scenario, options with { Runs = 1, Months = 3 });
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var result = MonteCarlo.Run(scenario, options);
        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        var clientWeeks = (double)result.Outcomes.Sum(o => o.Ledger.ClientWeeks);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{runs} runs, {clientWeeks:N0} client-weeks in {watch.Elapsed.TotalSeconds:F1} s: {clientWeeks / watch.Elapsed.TotalSeconds / 1e6:F2} million client-weeks/s, {1e9 * watch.Elapsed.TotalSeconds / clientWeeks:F1} ns and {allocated / clientWeeks:F1} bytes per client-week; final revenue {result.Final(Metric.Revenue).Mean:N0}"));
        return 0;
    }
}
