namespace SalesDomain.Simulation.Engine;

/// <summary>Where a client stands in the base (DOMAIN.md §1): potential pool, active, or lost (kept in view).</summary>
internal enum ClientStatus : byte
{
    Potential,
    Active,
    Lost,
}

/// <summary>
/// The clients of one replication as parallel arrays (struct of arrays): allocated once per replication, so the weekly
/// loop allocates nothing. Index i is the client; -1 means "none" in week, month and manager fields.
/// </summary>
internal sealed class ClientTable
{
    public ClientTable(int count, int historyMonths)
    {
        Count = count;
        HistoryMonths = historyMonths;
        Potential = new double[count];
        Growth = new double[count];
        IntervalWeeks = new double[count];
        NoiseSigma = new double[count];
        Channel = new byte[count];
        Region = new byte[count];
        Industry = new byte[count];
        Status = new ClientStatus[count];
        Owner = new int[count];
        Acquirer = new int[count];
        WalletShare = new double[count];
        Development = new double[count];
        RecentContacts = new double[count];
        LastPurchaseWeek = new int[count];
        LastContactWeek = new int[count];
        ContactsThisMonth = new int[count];
        ReactivationMonth = new int[count];
        Abc = new byte[count];
        Xyz = new byte[count];
        AcquiredWeek = new int[count];
        HandOverWeek = new int[count];
        RefusalWeek = new int[count];
        DowngradeWeek = new int[count];
        LostWeek = new int[count];
        Origin = new byte[count];
        BonusMonth = new int[count];
        BonusManager = new int[count];
        RevenueThisMonth = new long[count];
        LifetimeRevenue = new long[count];
        History = new long[count * historyMonths];
        ActiveList = new int[count];
        ActivePosition = new int[count];
        PotentialList = new int[count];
        PotentialPosition = new int[count];
    }

    public int Count { get; }

    public int HistoryMonths { get; }

    /// <summary>Monthly revenue potential (currency units), grows monthly by <see cref="Growth"/>.</summary>
    public double[] Potential { get; }

    public double[] Growth { get; }

    /// <summary>Mean weeks between purchases.</summary>
    public double[] IntervalWeeks { get; }

    public double[] NoiseSigma { get; }

    public byte[] Channel { get; }

    public byte[] Region { get; }

    public byte[] Industry { get; }

    public ClientStatus[] Status { get; }

    /// <summary>Assigned manager, -1 ownerless.</summary>
    public int[] Owner { get; }

    /// <summary>Manager who won the client, -1 for the initial base.</summary>
    public int[] Acquirer { get; }

    /// <summary>Share of potential the client spends with us.</summary>
    public double[] WalletShare { get; }

    /// <summary>Upsell/cross-sell development 0..1.</summary>
    public double[] Development { get; }

    /// <summary>Exponentially weighted contacts (weight 0.75 a week, ≈ the last 4 weeks).</summary>
    public double[] RecentContacts { get; }

    public int[] LastPurchaseWeek { get; }

    public int[] LastContactWeek { get; }

    public int[] ContactsThisMonth { get; }

    /// <summary>Month of the last reactivation-list contact, -1 never.</summary>
    public int[] ReactivationMonth { get; }

    /// <summary>0 = A, 1 = B, 2 = C.</summary>
    public byte[] Abc { get; }

    /// <summary>0 = X, 1 = Y, 2 = Z.</summary>
    public byte[] Xyz { get; }

    public int[] AcquiredWeek { get; }

    public int[] HandOverWeek { get; }

    /// <summary>Week of a scheduled early refusal, -1 none.</summary>
    public int[] RefusalWeek { get; }

    /// <summary>How the client came to be active last: 0 initial base, 1 won by the active funnel, 2 won back.</summary>
    public byte[] Origin { get; }

    /// <summary>Week the client was last lost (for the win-back curve).</summary>
    public int[] LostWeek { get; }

    /// <summary>Week a scheduled downgrade lowers the client's wallet share, -1 none.</summary>
    public int[] DowngradeWeek { get; }

    /// <summary>Month the client was won by the active funnel while its sales are booked for bonuses, -1 none.</summary>
    public int[] BonusMonth { get; }

    public int[] BonusManager { get; }

    /// <summary>Revenue of the current month in cents.</summary>
    public long[] RevenueThisMonth { get; }

    /// <summary>Sum of every purchase of the client, in cents.</summary>
    public long[] LifetimeRevenue { get; }

    /// <summary>Ring buffer of monthly revenue in cents, <see cref="HistoryMonths"/> per client.</summary>
    public long[] History { get; }

    /// <summary>Active clients, unordered; first <c>ActiveCount</c> entries are used.</summary>
    public int[] ActiveList { get; }

    public int[] ActivePosition { get; }

    public int ActiveCount { get; set; }

    /// <summary>Potential clients hunters can still win; first <c>PotentialCount</c> entries are used.</summary>
    public int[] PotentialList { get; }

    public int[] PotentialPosition { get; }

    public int PotentialCount { get; set; }

    /// <summary>Every column back to zero and both lists empty: the table a new <see cref="ClientTable"/> starts with.</summary>
    public void Clear()
    {
        Array.Clear(Potential);
        Array.Clear(Growth);
        Array.Clear(IntervalWeeks);
        Array.Clear(NoiseSigma);
        Array.Clear(Channel);
        Array.Clear(Region);
        Array.Clear(Industry);
        Array.Clear(Status);
        Array.Clear(Owner);
        Array.Clear(Acquirer);
        Array.Clear(WalletShare);
        Array.Clear(Development);
        Array.Clear(RecentContacts);
        Array.Clear(LastPurchaseWeek);
        Array.Clear(LastContactWeek);
        Array.Clear(ContactsThisMonth);
        Array.Clear(ReactivationMonth);
        Array.Clear(Abc);
        Array.Clear(Xyz);
        Array.Clear(AcquiredWeek);
        Array.Clear(HandOverWeek);
        Array.Clear(RefusalWeek);
        Array.Clear(Origin);
        Array.Clear(LostWeek);
        Array.Clear(DowngradeWeek);
        Array.Clear(BonusMonth);
        Array.Clear(BonusManager);
        Array.Clear(RevenueThisMonth);
        Array.Clear(LifetimeRevenue);
        Array.Clear(History);
        Array.Clear(ActiveList);
        Array.Clear(ActivePosition);
        Array.Clear(PotentialList);
        Array.Clear(PotentialPosition);
        ActiveCount = 0;
        PotentialCount = 0;
    }

    public void AddActive(int i)
    {
        ActivePosition[i] = ActiveCount;
        ActiveList[ActiveCount++] = i;
    }

    public void RemoveActive(int i) => Remove(ActiveList, ActivePosition, i, ActiveCount--);

    public void AddPotential(int i)
    {
        PotentialPosition[i] = PotentialCount;
        PotentialList[PotentialCount++] = i;
    }

    public void RemovePotential(int i) => Remove(PotentialList, PotentialPosition, i, PotentialCount--);

    private static void Remove(int[] list, int[] position, int i, int count)
    {
        var at = position[i];
        var last = list[count - 1];
        list[at] = last;
        position[last] = at;
        position[i] = -1;
    }
}
