using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulation;

/// <summary>
/// The memory a Monte Carlo run needs (docs/simulator.md in the repository, "Bounds"): each replication in flight holds a table of every
/// client (about 200 bytes plus 16 per month of the ABC/XYZ window) and each finished replication keeps its monthly
/// series (16 bytes per metric and month). A front end compares the estimate with the memory it has before it starts,
/// so a run that cannot fit is refused at once with the figure instead of failing after minutes.
/// </summary>
public static class SimulationMemory
{
    /// <summary>Estimated bytes of a client's per-replication state, without its history window.</summary>
    public const long BytesPerClient = 320;

    /// <summary>Estimated bytes of one month of one metric kept per finished replication.</summary>
    public const long BytesPerMetricMonth = 16;

    /// <summary>The bytes a run of <paramref name="scenarios"/> with <paramref name="options"/> needs at its peak.</summary>
    /// <param name="scenarios">The scenarios run with the same options (one for <c>run</c>, several for <c>compare</c>).</param>
    /// <param name="options">Runs, months and workers; <paramref name="maxRuns"/> overrides the runs when given.</param>
    /// <param name="maxRuns">The most replications (for a run to a precision), or null for <see cref="SimulationOptions.Runs"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static long Estimate(IReadOnlyList<Scenario> scenarios, SimulationOptions options, int? maxRuns = null)
    {
        Guard.NotNull(scenarios);
        Guard.NotNull(options);
        var workers = options.Workers == 0 ? Environment.ProcessorCount : options.Workers;
        var runs = (long)(maxRuns ?? options.Runs);
        var metrics = Enum.GetValues<Metric>().Length;
        long results = 0, inFlight = 0;
        foreach (var scenario in scenarios)
        {
            Guard.NotNull(scenario, nameof(scenarios));
            var months = (long)Math.Clamp(options.Months ?? scenario.Months, 1, Scenario.MaxMonths);
            var clients = Math.Clamp((long)(scenario.Population?.MarketCapacity ?? 0) + (scenario.Population?.InitialActive ?? 0), 0, Scenario.MaxClients);
            var window = (long)Math.Clamp(Math.Max(scenario.Farming?.AbcWindowMonths ?? 0, scenario.Farming?.XyzWindowMonths ?? 0), 0, 24);

            // Every scenario's finished replications are kept; the replications in flight are one scenario's at a time.
            results += (runs * ((metrics * months * BytesPerMetricMonth) + 256)) + (metrics * months * 128);
            inFlight = Math.Max(inFlight, Math.Min(workers, runs) * clients * (BytesPerClient + (8 * window)));
        }

        return results + inFlight;
    }

    /// <summary>
    /// The message refusing a run that needs <paramref name="needed"/> bytes when <paramref name="available"/> are
    /// available, or null when it fits (with a quarter kept free for the runtime).
    /// </summary>
    /// <param name="needed">Bytes the run needs (<see cref="Estimate"/>).</param>
    /// <param name="available">Bytes available to the process, e.g. <c>GC.GetGCMemoryInfo().TotalAvailableMemoryBytes</c>.</param>
    public static string? Refusal(long needed, long available)
        => needed <= available / 4 * 3
            ? null
            : $"the simulation needs about {Format(needed)} of memory, {Format(available)} is available; lower --runs, --months or the population";

    private static string Format(long bytes)
        => bytes >= 1L << 30
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.0} GiB")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.0} MiB");
}
