using SalesDomain.Contacts;
using SalesDomain.Model;
using SalesDomain.Testing;

namespace SalesDomain.Tests.Contacts;

/// <summary>Invariants of the contact report over generated bases (DOMAIN.md §3; docs/contacts.md).</summary>
[Properties(Arbitrary = new[] { typeof(ContactArbitraries) }, MaxTest = 200)]
public class ContactProperties
{
    private static ContactReport Report(ContactWorld w) => ContactCompliance.Evaluate(w.Base, w.Segments, w.AsOf, w.CapacityHours);

    [Property]
    public bool LoggingACountedContactToday_ClearsOverdue_AndAddsOneMade(ContactWorld world, int pick)
    {
        if (world.Base.Clients.IsEmpty || world.Base.Managers.IsEmpty)
        {
            return true;
        }

        var client = world.Base.Clients[Math.Abs(pick % world.Base.Clients.Length)].Id;
        var call = new ContactEvent(client, world.Base.Managers[0].Id, world.AsOf, ContactKind.Call);
        var after = world with { Base = new ClientBase(world.Base.Clients, world.Base.Managers, [], [.. world.Base.Contacts, call]) };
        var (before, now) = (Report(world)[client], Report(after)[client]);
        return !now.Overdue && now.Made == before.Made + 1 && now.LastContact == world.AsOf;
    }

    [Property]
    public bool ManagerSummaries_AddUpToTheirClients(ContactWorld world)
    {
        var report = Report(world);
        return report.Managers.All(m =>
        {
            var own = report.Clients.Where(c => c.ManagerId == m.ManagerId).ToArray();
            return m.Clients == own.Length
                   && m.CompliantClients == own.Count(c => c.MeetsNorm)
                   && m.ComplianceShare is >= 0m and <= 1m
                   && m.RequiredHours == own.Sum(c => c.HoursRequired)
                   && m.ClientsWithoutContactThisMonth.SequenceEqual(own.Where(c => c.Made == 0).Select(c => c.ClientId));
        });
    }

    [Property]
    public bool ContactsAfterTheAsOfDate_ChangeNothing(ContactWorld world)
    {
        var past = world with
        {
            Base = new ClientBase(world.Base.Clients, world.Base.Managers, [], world.Base.Contacts.Where(c => c.Date <= world.AsOf)),
        };
        return Report(world).Clients.SequenceEqual(Report(past).Clients);
    }
}
