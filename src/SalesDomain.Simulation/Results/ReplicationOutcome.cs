namespace SalesDomain.Simulation.Results;

/// <summary>The result of one replication: monthly series per metric and the ledger.</summary>
public sealed class ReplicationOutcome
{
    internal ReplicationOutcome(int replication, decimal[][] series, ReplicationLedger ledger)
    {
        Replication = replication;
        Series = series;
        Ledger = ledger;
    }

    /// <summary>
    /// An outcome rebuilt from its parts, e.g. after it crossed a process boundary (docs/distributed.md): the
    /// replication index, one monthly series per <see cref="Metric"/> in enum order, and the ledger.
    /// </summary>
    /// <param name="replication">Replication index, ≥ 0.</param>
    /// <param name="series">One series per metric (index = (int)metric), all of the same length ≥ 1; copied.</param>
    /// <param name="ledger">The books of the replication.</param>
    /// <exception cref="ArgumentException">Not one series per metric, or series of different lengths.</exception>
    public static ReplicationOutcome Restore(int replication, IReadOnlyList<decimal[]> series, ReplicationLedger ledger)
    {
        Guard.NotNegative(replication, nameof(replication));
        Guard.NotNull(series);
        Guard.NotNull(ledger);
        if (series.Count != Enum.GetValues<Metric>().Length || series.Any(s => s is null || s.Length == 0 || s.Length != series[0].Length))
        {
            throw new ArgumentException($"An outcome needs {Enum.GetValues<Metric>().Length} series of the same non-zero length, one per metric.", nameof(series));
        }

        return new ReplicationOutcome(replication, [.. series.Select(s => (decimal[])s.Clone())], ledger);
    }

    /// <summary>Replication index (0-based); with the seed it fixes every random stream.</summary>
    public int Replication { get; }

    /// <summary>Monthly value of a metric (index = month, 0-based).</summary>
    public ReadOnlySpan<decimal> SeriesOf(Metric metric) => Series[(int)metric];

    /// <summary>The books of the replication.</summary>
    public ReplicationLedger Ledger { get; }

    internal decimal[][] Series { get; }
}
