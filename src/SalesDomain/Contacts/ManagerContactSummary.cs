using System.Collections.Immutable;

namespace SalesDomain.Contacts;

/// <summary>A manager's contact discipline and capacity as of a date (DOMAIN.md §3, seed 004; docs/contacts.md in the repository).</summary>
/// <param name="ManagerId">Id of the manager.</param>
/// <param name="Clients">Number of clients assigned to the manager.</param>
/// <param name="CompliantClients">Of those, clients whose contacts this month reach the norm.</param>
/// <param name="ComplianceShare">CompliantClients / Clients; 1 for a manager without clients.</param>
/// <param name="MeetsNorm">Whether <paramref name="ComplianceShare"/> reaches the compliance threshold.</param>
/// <param name="ClientsWithoutContactThisMonth">Ids of the manager's clients with no counted contact this month.</param>
/// <param name="RequiredHours">Σ norm × hours per contact over the manager's clients, hours a month.</param>
/// <param name="CapacityHours">Hours a month the manager has for contacts; null when not given.</param>
public sealed record ManagerContactSummary(
    string ManagerId,
    int Clients,
    int CompliantClients,
    decimal ComplianceShare,
    bool MeetsNorm,
    ImmutableArray<string> ClientsWithoutContactThisMonth,
    decimal RequiredHours,
    decimal? CapacityHours)
{
    /// <summary>Capacity − required hours; null when the capacity is not given; negative when overloaded.</summary>
    public decimal? SpareHours => CapacityHours - RequiredHours;

    /// <summary>Whether the norms fit the capacity; null when the capacity is not given.</summary>
    public bool? WithinCapacity => SpareHours is { } spare ? spare >= 0m : null;

    /// <summary>Whether the summaries are equal by content: the same figures and the same clients without a contact, in order.</summary>
    public bool Equals(ManagerContactSummary? other) =>
        other is not null && ManagerId == other.ManagerId && Clients == other.Clients && CompliantClients == other.CompliantClients
        && ComplianceShare == other.ComplianceShare && MeetsNorm == other.MeetsNorm
        && ContentEquality.Sequence(ClientsWithoutContactThisMonth, other.ClientsWithoutContactThisMonth)
        && RequiredHours == other.RequiredHours && CapacityHours == other.CapacityHours;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ManagerId, Clients, CompliantClients, ComplianceShare, MeetsNorm, ContentEquality.SequenceHash(ClientsWithoutContactThisMonth), RequiredHours, CapacityHours);
}
