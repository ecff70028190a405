using SalesDomain.Calendar;
using System.Collections.Immutable;
using SalesDomain.Model;

namespace SalesDomain.Contacts;

/// <summary>
/// Measures contact discipline against the norms (DOMAIN.md §3, seed 004; docs/contacts.md in the repository): per client the contacts
/// made this month versus required, the next due date and whether it is overdue; per manager the compliance share,
/// the clients with no contact this month and the hours the norms need versus the capacity given. Pure.
/// </summary>
public static class ContactCompliance
{
    /// <summary>Builds the contact report.</summary>
    /// <param name="clientBase">The base: clients, managers and contact events.</param>
    /// <param name="segments">The segment of every client, keyed by client id.</param>
    /// <param name="asOf">The as-of date; contacts after it are ignored.</param>
    /// <param name="capacityHours">Contact hours a month per manager id; managers not listed have no capacity given.</param>
    /// <param name="norms">The norms; <see cref="ContactNorms.Default"/> when null.</param>
    /// <exception cref="ArgumentException">A client has no segment, or a capacity is negative or names an unknown manager.</exception>
    public static ContactReport Evaluate(
        ClientBase clientBase,
        IReadOnlyDictionary<string, ClientSegment> segments,
        DateOnly asOf,
        IReadOnlyDictionary<string, decimal>? capacityHours = null,
        ContactNorms? norms = null)
    {
        Guard.NotNull(clientBase);
        Guard.NotNull(segments);
        norms ??= ContactNorms.Default;
        capacityHours ??= ImmutableDictionary<string, decimal>.Empty;
        foreach (var (managerId, hours) in capacityHours)
        {
            if (!clientBase.TryGetManager(managerId, out _))
            {
                throw new ArgumentException($"Capacity is given for unknown manager '{managerId}'.", nameof(capacityHours));
            }

            Guard.NotNegative(hours, $"{nameof(capacityHours)}[{managerId}]");
        }

        var clients = clientBase.Clients.Select(c => StatusOf(clientBase, c, segments, asOf, norms)).ToImmutableArray();
        var byId = clients.ToDictionary(c => c.ClientId, StringComparer.Ordinal);
        var managers = clientBase.Managers.Select(m =>
        {
            var own = clientBase.ClientsOf(m.Id).Select(c => byId[c.Id]).ToArray();
            var compliant = own.Count(c => c.MeetsNorm);
            var share = own.Length == 0 ? 1m : (decimal)compliant / own.Length;
            return new ManagerContactSummary(
                m.Id,
                own.Length,
                compliant,
                share,
                share >= norms.ManagerComplianceThreshold,
                [.. own.Where(c => !c.ContactedThisMonth).Select(c => c.ClientId)],
                own.Sum(c => c.HoursRequired),
                capacityHours.TryGetValue(m.Id, out var capacity) ? capacity : null);
        }).ToImmutableArray();
        return new ContactReport(asOf, norms, clients, managers);
    }

    private static ClientContactStatus StatusOf(
        ClientBase clientBase, Client client, IReadOnlyDictionary<string, ClientSegment> segments, DateOnly asOf, ContactNorms norms)
    {
        if (!segments.TryGetValue(client.Id, out var segment))
        {
            throw new ArgumentException($"No segment is given for client '{client.Id}'.", nameof(segments));
        }

        var month = SalesMonth.Of(asOf);
        var previous = month.AddMonths(-1);
        var required = norms.RequiredPerMonth(segment);
        var (made, madePrevious) = (0, 0);
        DateOnly? last = null;
        foreach (var contact in clientBase.ContactsOf(client.Id))
        {
            if (contact.Date > asOf || !norms.Counts(contact))
            {
                continue;
            }

            // Contacts are ordered by date, so a repeat on the same day follows the first one.
            var counts = !norms.CountContactDays || last != contact.Date;
            last = contact.Date;
            if (counts && month.Contains(contact.Date))
            {
                made++;
            }
            else if (counts && previous.Contains(contact.Date))
            {
                madePrevious++;
            }
        }

        return new ClientContactStatus(
            client.Id, client.ManagerId, segment, required, made, last,
            ContactSchedule.NextDue(made, madePrevious, last, required, asOf), !client.DecisionMakers.IsEmpty,
            required * norms.HoursPerContact)
        {
            AsOf = asOf,
        };
    }
}
