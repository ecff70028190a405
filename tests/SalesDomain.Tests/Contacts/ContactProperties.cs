using SalesDomain.Calendar;
using SalesDomain.Contacts;
using SalesDomain.Model;
using SalesDomain.Testing;

namespace SalesDomain.Tests.Contacts;

/// <summary>Invariants of the contact report over generated bases (DOMAIN.md §3; docs/contacts.md).</summary>
[Properties(Arbitrary = new[] { typeof(ContactArbitraries) }, MaxTest = 200)]
public class ContactProperties
{
    private static ContactReport Report(ContactWorld w) => ContactCompliance.Evaluate(w.Base, w.Segments, w.AsOf, w.CapacityHours);

    [Trait("Category", "Slow")]
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
        var contactedToday = world.Base.ContactsOf(client).Any(c => c.Date == world.AsOf && ContactNorms.Default.Counts(c));
        return !now.Overdue && now.Made == before.Made + (contactedToday ? 0 : 1) && now.LastContact == world.AsOf;
    }

    [Trait("Category", "Slow")]
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

    [Trait("Category", "Slow")]
    [Property]
    public bool ContactsAfterTheAsOfDate_ChangeNothing(ContactWorld world)
    {
        var past = world with
        {
            Base = new ClientBase(world.Base.Clients, world.Base.Managers, [], world.Base.Contacts.Where(c => c.Date <= world.AsOf)),
        };
        return Report(world).Clients.SequenceEqual(Report(past).Clients);
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool AMissedMonth_WithNoContactSince_IsAlwaysOverdue(ContactWorld world)
    {
        var month = SalesMonth.Of(world.AsOf);
        var previous = month.AddMonths(-1);
        return Report(world).Clients.All(c =>
        {
            var days = world.Base.ContactsOf(c.ClientId).Where(e => ContactNorms.Default.Counts(e) && e.Date <= world.AsOf).Select(e => e.Date).Distinct().ToArray();
            var missed = c.Required > 0 && days.Count(previous.Contains) < c.Required && !days.Any(month.Contains);
            return !missed || c.Overdue;
        });
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool ContactDays_NeverExceedContactEvents_NorTheDaysOfTheMonthSoFar(ContactWorld world)
    {
        var days = Report(world);
        var events = ContactCompliance.Evaluate(world.Base, world.Segments, world.AsOf, world.CapacityHours, ContactNorms.Default with { CountContactDays = false });
        return days.Clients.All(c => c.Made <= events[c.ClientId].Made && c.Made <= world.AsOf.Day);
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool NextDue_IsAfterTheLastContactUnlessAMonthWasMissed_AndWithinTheNextMonth(ContactWorld world)
        => Report(world).Clients.All(c => c.NextDue is not { } due
            || ((c.LastContact is not { } last || due > last || (c.Made == 0 && due < SalesMonth.Of(world.AsOf).FirstDay))
                && due >= SalesMonth.Of(world.AsOf).AddMonths(-1).FirstDay
                && due <= SalesMonth.Of(world.AsOf).AddMonths(1).LastDay));

    [Trait("Category", "Slow")]
    [Fact]
    public void Worlds_ReachSameDayContactsAndTheLastDayOfThePreviousMonth()
    {
        var worlds = SalesGenerators.SampleAcrossSizes(ContactGenerators.Worlds(), 200, seed: 5);
        Assert.Contains(worlds, w => w.Base.Contacts.GroupBy(c => (c.ClientId, c.Date)).Any(g => g.Count() > 1));
        Assert.Contains(worlds, w => w.Base.Contacts.Any(c => c.Date == SalesMonth.Of(w.AsOf).FirstDay.AddDays(-1)));
        Assert.Contains(worlds, w => w.AsOf.Day == 1);
    }
}
