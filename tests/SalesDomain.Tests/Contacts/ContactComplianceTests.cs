using System.Collections.Immutable;
using System.Globalization;
using SalesDomain.Calendar;
using SalesDomain.Contacts;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Contacts;

/// <summary>Hand-computed contact reports (DOMAIN.md §3, seed 004; docs/contacts.md).</summary>
public class ContactComplianceTests
{
    private static readonly DateOnly AsOf = new(2024, 3, 20);

    internal static ClientBase Base(params ContactEvent[] contacts) => new(
        [
            new Client("a") { ManagerId = "m1", DecisionMakers = [new DecisionMaker("d", "Anna")] },
            new Client("b") { ManagerId = "m1" },
            new Client("c") { ManagerId = "m2", DecisionMakers = [new DecisionMaker("d", "Ivan")] },
            new Client("free"),
        ],
        [new Manager("m1", "One", ManagerRole.Farmer), new Manager("m2", "Two", ManagerRole.Farmer)],
        [],
        contacts);

    internal static readonly ImmutableDictionary<string, ClientSegment> Segments = new Dictionary<string, ClientSegment>
    {
        ["a"] = new(AbcClass.A, XyzClass.X),
        ["b"] = new(AbcClass.B),
        ["c"] = new(AbcClass.C, XyzClass.Z),
        ["free"] = new(AbcClass.C),
    }.ToImmutableDictionary();

    private static ContactEvent Call(string client, string manager, int day, ContactKind kind = ContactKind.Call)
        => new(client, manager, new DateOnly(2024, 3, 1).AddDays(day - 1), kind);

    [Trait("Category", "Slow")]
    [Fact]
    public void Evaluate_CountsThisMonthsCountedContacts_AndDueDates()
    {
        var report = ContactCompliance.Evaluate(
            Base(
                Call("a", "m1", 2), Call("a", "m1", 9, ContactKind.Meeting), Call("a", "m1", 12, ContactKind.IncomingCall),
                Call("b", "m1", -20), Call("c", "m2", 21)), // b: last month; c: after the as-of date
            Segments,
            AsOf,
            new Dictionary<string, decimal> { ["m1"] = 2m });

        var a = report["a"];
        Assert.Equal((4, 2), (a.Required, a.Made)); // the incoming call does not count
        Assert.Equal(new DateOnly(2024, 3, 24), a.NextDue); // 3rd of 4 in March's 31 days: day ⌈3 × 31 / 4⌉ = 24
        Assert.False(a.Overdue);
        Assert.Equal(2m, a.HoursRequired);

        var b = report["b"];
        Assert.Equal((2, 0), (b.Required, b.Made));
        Assert.Equal(new DateOnly(2024, 2, 29), b.NextDue); // February ended at 1 of 2: its 2nd contact, due 29 Feb
        Assert.True(b.Overdue);

        var c = report["c"];
        Assert.Equal((1, 0, (DateOnly?)null), (c.Required, c.Made, c.LastContact));
        Assert.Equal(new DateOnly(2024, 2, 29), c.NextDue); // February ended at 0 of 1: due on its last day
        Assert.True(c.Overdue);

        var m1 = report.Manager("m1");
        Assert.Equal((2, 0, 0m, false), (m1.Clients, m1.CompliantClients, m1.ComplianceShare, m1.MeetsNorm));
        Assert.Equal(["b"], m1.ClientsWithoutContactThisMonth.AsEnumerable());
        Assert.Equal((3m, 2m, -1m, false), (m1.RequiredHours, m1.CapacityHours!.Value, m1.SpareHours!.Value, m1.WithinCapacity!.Value));
        Assert.Null(report.Manager("m2").CapacityHours);
        Assert.Null(report.Manager("m2").WithinCapacity);
        Assert.Equal(["b", "c", "free"], report.WithoutContactThisMonth.Select(s => s.ClientId));
    }

    [Fact]
    public void Evaluate_CellNormOverridesClassNorm()
    {
        var norms = ContactNorms.Default with { PerCell = ImmutableDictionary<(AbcClass, XyzClass), int>.Empty.Add((AbcClass.C, XyzClass.Z), 0) };
        var report = ContactCompliance.Evaluate(Base(), Segments, AsOf, norms: norms);

        Assert.Equal(0, report["c"].Required);
        Assert.Null(report["c"].NextDue);
        Assert.False(report["c"].Overdue);
        Assert.True(report["c"].MeetsNorm);
        Assert.Equal(1, report["free"].Required); // C without XYZ keeps the class norm
    }

    [Fact]
    public void Evaluate_ManagerWithAllClientsOnNorm_MeetsIt()
    {
        var contacts = Enumerable.Range(1, 4).Select(d => Call("a", "m1", d * 4))
            .Concat([Call("b", "m1", 3), Call("b", "m1", 18, ContactKind.Visit)]).ToArray();
        var report = ContactCompliance.Evaluate(Base(contacts), Segments, AsOf);

        Assert.Equal((2, 1m, true), (report.Manager("m1").CompliantClients, report.Manager("m1").ComplianceShare, report.Manager("m1").MeetsNorm));
        Assert.Equal(new DateOnly(2024, 4, 8), report["a"].NextDue); // norm met: April's 1st of 4, day ⌈30 / 4⌉ = 8
        Assert.False(report["a"].Overdue);
    }

    [Fact]
    public void Evaluate_MissingSegment_Throws()
        => Assert.Throws<ArgumentException>(() => ContactCompliance.Evaluate(Base(), Segments.Remove("b"), AsOf));

    [Fact]
    public void Evaluate_CapacityForUnknownManager_Throws()
        => Assert.Throws<ArgumentException>(() =>
            ContactCompliance.Evaluate(Base(), Segments, AsOf, new Dictionary<string, decimal> { ["nobody"] = 1m }));

    [Fact]
    public void Norms_MissingClassOrNegativeNorm_Throws()
    {
        Assert.Throws<ArgumentException>(() => ContactNorms.Default with { PerClass = ImmutableDictionary<AbcClass, int>.Empty.Add(AbcClass.A, 4) });
        Assert.Throws<ArgumentOutOfRangeException>(() => ContactNorms.Default with { PerClass = ContactNorms.Default.PerClass.SetItem(AbcClass.B, -1) });
    }

    [Fact]
    public void Evaluate_FourCallsOnOneDay_AreOneContactDay()
    {
        // A client (4 a month): four calls on 3 March. As of 31 March: 1 contact day of 4, the 2nd was due on
        // 16 March (⌈2 × 31 / 4⌉), so the client is overdue. Counting events instead, the norm is met and the next
        // contact is April's first, due 8 April.
        var calls = Enumerable.Repeat(Call("a", "m1", 3), 4).ToArray();
        var asOf = new DateOnly(2024, 3, 31);

        var days = ContactCompliance.Evaluate(Base(calls), Segments, asOf)["a"];
        Assert.Equal((1, false, new DateOnly(2024, 3, 16), true), (days.Made, days.MeetsNorm, days.NextDue!.Value, days.Overdue));

        var events = ContactCompliance.Evaluate(Base(calls), Segments, asOf, norms: ContactNorms.Default with { CountContactDays = false })["a"];
        Assert.Equal((4, true, new DateOnly(2024, 4, 8), false), (events.Made, events.MeetsNorm, events.NextDue!.Value, events.Overdue));
    }

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData("2024-02-01", 0, false, "2024-02-29")] // January met (1 of 1): February's contact is due on its last day
    [InlineData("2024-02-29", 0, false, "2024-02-29")] // due today: not yet overdue, but February closes at 0 of 1
    [InlineData("2024-03-01", 0, true, "2024-02-29")]  // February missed: overdue from 1 March
    [InlineData("2024-03-20", 0, true, "2024-02-29")]
    public void Evaluate_CLastContactedOn31January_IsOverdueOnceFebruaryIsMissed(string asOf, int made, bool overdue, string due)
    {
        var c = ContactCompliance.Evaluate(Base(new ContactEvent("c", "m2", new DateOnly(2024, 1, 31), ContactKind.Call)), Segments, DateOnly.Parse(asOf, CultureInfo.InvariantCulture))["c"];

        Assert.Equal((made, overdue, DateOnly.Parse(due, CultureInfo.InvariantCulture)), (c.Made, c.Overdue, c.NextDue!.Value));
        Assert.False(c.MeetsNorm);
    }

    [Theory]
    [InlineData(2024, 3, 4, new[] { 8, 16, 24, 31 })]
    [InlineData(2024, 3, 2, new[] { 16, 31 })]
    [InlineData(2024, 3, 1, new[] { 31 })]
    [InlineData(2024, 2, 4, new[] { 8, 15, 22, 29 })]
    [InlineData(2023, 2, 1, new[] { 28 })]
    [InlineData(2024, 4, 31, new[] { 1, 2, 3 })] // more contacts than days: the first three of 31 on 1, 2, 3 April
    public void Deadline_SpreadsTheNormOverTheCalendarMonth(int year, int month, int norm, int[] days)
        => Assert.Equal(days, days.Select((_, k) => ContactSchedule.Deadline(new SalesMonth(year, month), k + 1, norm).Day));

    [Fact]
    public void Deadline_ContactOutsideTheNorm_Throws()
        => Assert.Equal("contact", Assert.Throws<ArgumentOutOfRangeException>(() => ContactSchedule.Deadline(new SalesMonth(2024, 3), 5, 4)).ParamName);
}
