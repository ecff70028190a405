namespace SalesDomain.Simulation.Bonus;

/// <summary>
/// What a replication records for the bonus program while it runs: activations by the active funnel, the monthly
/// revenue of each activated client over its first month and renewal window, and the monthly revenue of each manager's
/// assigned clients (commission base). Only filled when the program has a bonus that needs it.
/// </summary>
internal sealed class BonusBooks
{
    public BonusBooks(int managers, int months, Func<int, string> outletOf)
    {
        Managers = managers;
        Months = months;
        OutletOf = outletOf;
        OwnedRevenue = new decimal[managers * months];
    }

    public int Managers { get; }

    public int Months { get; }

    /// <summary>The outlet type (sales channel name) of a client, for graded activation bonuses.</summary>
    public Func<int, string> OutletOf { get; }

    /// <summary>(client, manager, month) of each client won by the active funnel, in the order they were won.</summary>
    public List<(int Client, int Manager, int Month)> Activations { get; } = [];

    /// <summary>(client, manager, month, revenue) of activated clients in their window months with non-zero revenue.</summary>
    public List<(int Client, int Manager, int Month, decimal Revenue)> WindowSales { get; } = [];

    /// <summary>(client, month) of each activated client lost (refused) inside its window.</summary>
    public List<(int Client, int Month)> Refusals { get; } = [];

    /// <summary>Revenue of each manager's assigned clients, index manager × months + month.</summary>
    public decimal[] OwnedRevenue { get; }
}
