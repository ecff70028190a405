using System.Collections.Immutable;

namespace SalesDomain.Simulation.Results;

/// <summary>The replications of one scenario and their monthly bands.</summary>
public sealed class SimulationResult
{
    private readonly Band[][] _bands;

    internal SimulationResult(string scenario, long seed, int months, ImmutableArray<ReplicationOutcome> outcomes)
    {
        Scenario = scenario;
        Seed = seed;
        Months = months;
        Outcomes = outcomes;
        var metrics = Enum.GetValues<Metric>();
        _bands = new Band[metrics.Length][];
        var sample = new decimal[outcomes.Length];
        foreach (var metric in metrics)
        {
            var bands = _bands[(int)metric] = new Band[months];
            for (var month = 0; month < months; month++)
            {
                for (var r = 0; r < outcomes.Length; r++)
                {
                    sample[r] = outcomes[r].Series[(int)metric][month];
                }

                bands[month] = Band.Of(sample);
            }
        }
    }

    /// <summary>Scenario name.</summary>
    public string Scenario { get; }

    /// <summary>Seed every replication's random streams derive from.</summary>
    public long Seed { get; }

    /// <summary>Horizon in months.</summary>
    public int Months { get; }

    /// <summary>Number of replications.</summary>
    public int Runs => Outcomes.Length;

    /// <summary>Every replication in index order (independent of the degree of parallelism).</summary>
    public ImmutableArray<ReplicationOutcome> Outcomes { get; }

    /// <summary>The band of a metric in a month (0-based).</summary>
    public Band BandOf(Metric metric, int month) => _bands[(int)metric][month];

    /// <summary>The band of a metric in the last month.</summary>
    public Band Final(Metric metric) => _bands[(int)metric][Months - 1];

    /// <summary>The band over replications of a metric summed over the whole horizon (e.g. total revenue, total profit).</summary>
    public Band Total(Metric metric)
        => Band.Of([.. Outcomes.Select(o => o.Series[(int)metric].Sum())]);

    /// <summary>
    /// The band over replications of a figure computed from each replication (e.g. a ratio of ledger entries).
    /// </summary>
    public Band Of(Func<ReplicationOutcome, decimal> figure) => Band.Of([.. Outcomes.Select(Guard.NotNull(figure))]);
}
