using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Contacts;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Testing;

/// <summary>A generated base with everything the contact report and the redistribution planner need.</summary>
/// <remarks>
/// <see cref="Base"/> is a <see cref="ClientBase"/>, a class compared by reference, so two worlds are equal only when
/// they share it (two worlds generated from the same seed have equal segments and capacities but are not equal);
/// the maps compare by content.
/// </remarks>
/// <param name="Base">Clients (some ownerless, some without decision makers), managers of every role, contact events.</param>
/// <param name="Segments">A segment for every client (XYZ sometimes unknown).</param>
/// <param name="CapacityHours">Capacity for some managers (missing, zero, small or huge).</param>
/// <param name="AsOf">The as-of date (often the first or last day of a month).</param>
public sealed record ContactWorld(
    ClientBase Base,
    ImmutableDictionary<string, ClientSegment> Segments,
    ImmutableDictionary<string, decimal> CapacityHours,
    DateOnly AsOf)
{
    /// <summary>
    /// Whether the two are equal: the same <see cref="Base"/> (by reference), <see cref="Segments"/> and
    /// <see cref="CapacityHours"/> by key and value in any order, the same as-of date.
    /// </summary>
    public bool Equals(ContactWorld? other) =>
        other is not null && Equals(Base, other.Base) && ContentEquality.Map(Segments, other.Segments)
        && ContentEquality.Map(CapacityHours, other.CapacityHours) && AsOf == other.AsOf;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.MapHash(Segments), ContentEquality.MapHash(CapacityHours), Base, AsOf);
}

/// <summary>
/// FsCheck generators for the contacts area that reach the edge cases: no managers, no clients, ownerless clients,
/// clients without decision makers, managers without capacity or with zero or huge capacity, contacts of every kind
/// before the month, within it and after the as-of date, several contacts on the as-of day and contacts on the last
/// day of the previous month.
/// </summary>
public static class ContactGenerators
{
    /// <summary>As-of dates: the first and last day of a month, a mid-month day, and 29 February.</summary>
    public static Gen<DateOnly> AsOf() =>
        Gen.Elements(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31), new DateOnly(2024, 3, 15), new DateOnly(2024, 2, 29));

    /// <summary>Capacity in hours a month: absent (null), 0, 0.5..20 in half hours, or 1000.</summary>
    public static Gen<decimal?> Capacity() =>
        Gen.Frequency(
            (1, Gen.Constant<decimal?>(null)),
            (1, Gen.Constant<decimal?>(0m)),
            (5, Gen.Choose(1, 40).Select(h => (decimal?)(h / 2m))),
            (1, Gen.Constant<decimal?>(1000m)));

    /// <summary>Whole worlds of 0..size clients and 0..6 managers.</summary>
    public static Gen<ContactWorld> Worlds() =>
        from asOf in AsOf()
        from managerCount in Gen.Choose(0, 6)
        from roles in Gen.Elements(Enum.GetValues<ManagerRole>()).ArrayOf(managerCount)
        from capacities in Capacity().ArrayOf(managerCount)
        from clientCount in Gen.Sized(s => Gen.Choose(0, Math.Max(1, s)))
        from owners in Gen.Choose(-1, managerCount - 1).ArrayOf(clientCount)
        from withContactData in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false))).ArrayOf(clientCount)
        from abc in Gen.Elements(Enum.GetValues<AbcClass>()).ArrayOf(clientCount)
        from xyz in Gen.Elements<XyzClass?>(XyzClass.X, XyzClass.Y, XyzClass.Z, null).ArrayOf(clientCount)
        from contacts in Contacts(clientCount, managerCount, asOf)
        select Build(asOf, roles, capacities, owners, withContactData, abc, xyz, contacts);

    private static Gen<(int Client, int Manager, int DaysBefore, ContactKind Kind)[]> Contacts(int clients, int managers, DateOnly asOf)
        => clients == 0 || managers == 0
            ? Gen.Constant(Array.Empty<(int, int, int, ContactKind)>())
            : (from client in Gen.Choose(0, clients - 1)
               from manager in Gen.Choose(0, managers - 1)
               from daysBefore in Gen.Frequency(
                   (4, Gen.Choose(0, asOf.Day - 1)), (2, Gen.Choose(asOf.Day, 90)), (1, Gen.Choose(-5, -1)),
                   (1, Gen.Constant(0)), (1, Gen.Constant(asOf.Day)))
               from kind in Gen.Elements(Enum.GetValues<ContactKind>())
               select (client, manager, daysBefore, kind)).ArrayOf(clients * 4);

    private static ContactWorld Build(
        DateOnly asOf, ManagerRole[] roles, decimal?[] capacities, int[] owners, bool[] withContactData, AbcClass[] abc,
        XyzClass?[] xyz, (int Client, int Manager, int DaysBefore, ContactKind Kind)[] contacts)
    {
        var managers = roles.Select((r, i) => new Manager($"m{i}", $"Manager {i}", r));
        var clients = owners.Select((o, i) => new Client($"c{i}")
        {
            ManagerId = o < 0 ? null : $"m{o}",
            HasContract = true,
            DecisionMakers = withContactData[i] ? [new DecisionMaker("d", $"Decision maker {i}")] : [],
        });
        var events = contacts.Select(c => new ContactEvent($"c{c.Client}", $"m{c.Manager}", asOf.AddDays(-c.DaysBefore), c.Kind));
        var segments = abc.Select((a, i) => (Id: $"c{i}", Segment: new ClientSegment(a, xyz[i])))
            .ToImmutableDictionary(p => p.Id, p => p.Segment, StringComparer.Ordinal);
        var capacity = capacities.Select((c, i) => (Id: $"m{i}", Hours: c)).Where(p => p.Hours is not null)
            .ToImmutableDictionary(p => p.Id, p => p.Hours!.Value, StringComparer.Ordinal);
        return new ContactWorld(new ClientBase(clients, managers, [], events), segments, capacity, asOf);
    }
}

/// <summary>FsCheck arbitraries for the contacts area; register with <c>[Properties(Arbitrary = …)]</c>.</summary>
public static class ContactArbitraries
{
    /// <summary>Whole worlds, see <see cref="ContactGenerators.Worlds"/>.</summary>
    public static Arbitrary<ContactWorld> World() => ContactGenerators.Worlds().ToArbitrary();
}
