namespace SalesDomain.Model;

/// <summary>The job a sales employee does (DOMAIN.md §7).</summary>
public enum ManagerRole
{
    /// <summary>Acquires new clients (active funnel).</summary>
    Hunter,

    /// <summary>Develops existing clients (proactive funnel).</summary>
    Farmer,

    /// <summary>Does both jobs; routine work first, acquisition in the remaining time (seed 003).</summary>
    Generalist,

    /// <summary>Takes orders of non-target clients off the managers (seed 000).</summary>
    Assistant,

    /// <summary>Head of sales; joins at closing (block 3).</summary>
    Head,
}
