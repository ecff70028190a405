using System.Collections.Immutable;
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
        Assert.Equal(new DateOnly(2024, 3, 16), a.NextDue); // 9 March + ⌊30/4⌋ = 7 days
        Assert.True(a.Overdue);
        Assert.Equal(2m, a.HoursRequired);

        var b = report["b"];
        Assert.Equal((2, 0), (b.Required, b.Made));
        Assert.Equal(new DateOnly(2024, 2, 24), b.NextDue); // 9 Feb + 15 days
        Assert.True(b.Overdue);

        var c = report["c"];
        Assert.Equal((1, 0, (DateOnly?)null), (c.Required, c.Made, c.LastContact));
        Assert.Equal(new DateOnly(2024, 3, 1), c.NextDue); // never contacted: due from the first of the month
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
        Assert.False(report["a"].Overdue); // 16 March + 7 = 23 March
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

    [Theory]
    [InlineData(4, 7)]
    [InlineData(2, 15)]
    [InlineData(1, 30)]
    [InlineData(31, 1)]
    public void IntervalDays_IsThirtyOverNorm(int norm, int days) => Assert.Equal(days, ContactNorms.IntervalDays(norm));
}
