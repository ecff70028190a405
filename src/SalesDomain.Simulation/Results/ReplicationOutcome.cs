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

    /// <summary>Replication index (0-based); with the seed it fixes every random stream.</summary>
    public int Replication { get; }

    /// <summary>Monthly value of a metric (index = month, 0-based).</summary>
    public ReadOnlySpan<decimal> SeriesOf(Metric metric) => Series[(int)metric];

    /// <summary>The books of the replication.</summary>
    public ReplicationLedger Ledger { get; }

    internal decimal[][] Series { get; }
}
