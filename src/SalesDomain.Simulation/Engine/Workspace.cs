namespace SalesDomain.Simulation.Engine;

/// <summary>
/// The per-client memory of a replication: the client table and the per-client lists and keys the weekly and monthly
/// passes fill. A parallel worker keeps one and hands it from one replication to the next, so a run does not fault in
/// tens of megabytes of fresh pages per replication; the table is cleared before each use, so a reused workspace
/// gives the result a fresh one gives.
/// </summary>
internal sealed class Workspace
{
    private bool _used;

    private Workspace(int population, int historyMonths)
    {
        Clients = new ClientTable(population, historyMonths);
        ContactOrder = new int[population];
        ReactivationList = new int[population];
        SortKeys = new double[population];
        AbcValues = new long[population];
        ChurnKeys = new ulong[population];
        PurchaseKeys = new ulong[population];
    }

    public ClientTable Clients { get; }

    /// <summary>Next month's contact plan (written at each month end before it is read).</summary>
    public int[] ContactOrder { get; }

    /// <summary>The reactivation list (written at each month end before it is read).</summary>
    public int[] ReactivationList { get; }

    /// <summary>Sort keys of the reactivation list (scratch).</summary>
    public double[] SortKeys { get; }

    /// <summary>ABC values of the active clients (scratch).</summary>
    public long[] AbcValues { get; }

    /// <summary>Each client's churn-stream key (written for every client when a replication starts).</summary>
    public ulong[] ChurnKeys { get; }

    /// <summary>Each client's purchase-stream key (written for every client when a replication starts).</summary>
    public ulong[] PurchaseKeys { get; }

    /// <summary>A new workspace that fits <paramref name="plan"/>.</summary>
    public static Workspace For(SimulationPlan plan) => new(plan.Population, plan.HistoryMonths);

    /// <summary>Readies the workspace for a replication of <paramref name="plan"/>: clears the table if a replication used it before.</summary>
    public void Prepare(SimulationPlan plan)
    {
        if (Clients.Count != plan.Population || Clients.HistoryMonths != plan.HistoryMonths)
        {
            throw new InvalidOperationException(
                $"A workspace for {Clients.Count} clients and {Clients.HistoryMonths} history months cannot run a plan of {plan.Population} and {plan.HistoryMonths}.");
        }

        if (_used)
        {
            Clients.Clear();
        }

        _used = true;
    }
}
