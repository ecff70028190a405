using SalesDomain.Calendar;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace SalesDomain.Contacts;

/// <summary>Contact discipline of a base as of a date: per client and per manager (DOMAIN.md §3; docs/contacts.md in the repository).</summary>
/// <remarks>
/// A class with lookups by client and by manager, compared by reference; compare <see cref="Clients"/> and
/// <see cref="Managers"/> (records that compare by content) for content.
/// </remarks>
public sealed class ContactReport
{
    private readonly FrozenDictionary<string, ClientContactStatus> _byClient;
    private readonly FrozenDictionary<string, ManagerContactSummary> _byManager;

    internal ContactReport(
        DateOnly asOf, ContactNorms norms, ImmutableArray<ClientContactStatus> clients, ImmutableArray<ManagerContactSummary> managers)
    {
        AsOf = asOf;
        Norms = norms;
        Clients = clients;
        Managers = managers;
        _byClient = clients.ToFrozenDictionary(c => c.ClientId, StringComparer.Ordinal);
        _byManager = managers.ToFrozenDictionary(m => m.ManagerId, StringComparer.Ordinal);
    }

    /// <summary>The as-of date.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The month of the as-of date, whose contacts the norms count.</summary>
    public SalesMonth Month => SalesMonth.Of(AsOf);

    /// <summary>The norms used.</summary>
    public ContactNorms Norms { get; }

    /// <summary>Every client, in base order.</summary>
    public ImmutableArray<ClientContactStatus> Clients { get; }

    /// <summary>Every manager, in base order.</summary>
    public ImmutableArray<ManagerContactSummary> Managers { get; }

    /// <summary>Clients whose next contact was due before the as-of date.</summary>
    public IEnumerable<ClientContactStatus> Overdue => Clients.Where(c => c.Overdue);

    /// <summary>Clients with no counted contact this month.</summary>
    public IEnumerable<ClientContactStatus> WithoutContactThisMonth => Clients.Where(c => !c.ContactedThisMonth);

    /// <summary>The status of a client.</summary>
    /// <exception cref="KeyNotFoundException">The client is not in the report.</exception>
    public ClientContactStatus this[string clientId] => _byClient.TryGetValue(Guard.NotNull(clientId), out var s)
        ? s
        : throw new KeyNotFoundException($"Client '{clientId}' is not in the contact report.");

    /// <summary>The summary of a manager.</summary>
    /// <exception cref="KeyNotFoundException">The manager is not in the report.</exception>
    public ManagerContactSummary Manager(string managerId) => _byManager.TryGetValue(Guard.NotNull(managerId), out var m)
        ? m
        : throw new KeyNotFoundException($"Manager '{managerId}' is not in the contact report.");
}
