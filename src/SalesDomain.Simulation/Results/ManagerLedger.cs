using SalesDomain.Model;

namespace SalesDomain.Simulation.Results;

/// <summary>One manager's seat over a replication: hours by activity against hours available, clients, norm compliance.</summary>
public sealed record ManagerLedger
{
    /// <summary>Name of the manager's group (<c>$.salesForce[i].name</c>).</summary>
    public string Group { get; init; } = "";

    /// <summary>Role of the group.</summary>
    public ManagerRole Role { get; init; }

    /// <summary>Capacity hours over the horizon (paperwork and idle time included).</summary>
    public decimal AvailableHours { get; init; }

    /// <summary>Hours spent on the active funnel.</summary>
    public decimal HuntingHours { get; init; }

    /// <summary>Hours spent on contacts with own clients.</summary>
    public decimal FarmingHours { get; init; }

    /// <summary>Hours spent on the reactivation list.</summary>
    public decimal ReactivationHours { get; init; }

    /// <summary>Active clients assigned at the end.</summary>
    public int FinalClients { get; init; }

    /// <summary>
    /// Share of the manager's client-months (clients with a non-zero norm) whose contacts reached the norm; null when no
    /// client of the manager had a norm (no "100 %" for nothing to do).
    /// </summary>
    public decimal? NormCompliance { get; init; }
}
