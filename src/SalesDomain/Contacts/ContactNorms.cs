using System.Collections.Immutable;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Contacts;

/// <summary>
/// Contact norms (DOMAIN.md §3, seed 004; docs/contacts.md in the repository): the contacts a month each client needs by its ABC class,
/// optionally overridden per ABC×XYZ cell, which contact kinds count, whether contact days or contact events are
/// counted, and the hours a contact takes. Months are calendar months; due dates follow <see cref="ContactSchedule"/>.
/// </summary>
public sealed record ContactNorms
{
    /// <summary>The seed's norms: A 4, B 2, C 1 contacts a month; calls, meetings and visits count; 0.5 h a contact.</summary>
    public static ContactNorms Default { get; } = new();

    /// <summary>Contacts a month per ABC class; default A 4, B 2, C 1 (seed 004); every class present, each ≥ 0.</summary>
    public ImmutableDictionary<AbcClass, int> PerClass
    {
        get;
        init
        {
            Guard.NotNull(value, nameof(PerClass));
            foreach (var abc in Enum.GetValues<AbcClass>())
            {
                if (!value.TryGetValue(abc, out var n))
                {
                    throw new ArgumentException($"{nameof(PerClass)} must give a norm for class {abc}.", nameof(PerClass));
                }

                Guard.NotNegative(n, $"{nameof(PerClass)}[{abc}]");
            }

            field = value;
        }
    } = ImmutableDictionary.CreateRange(
        [new(AbcClass.A, 4), new KeyValuePair<AbcClass, int>(AbcClass.B, 2), new(AbcClass.C, 1)]);

    /// <summary>
    /// Contacts a month per ABC×XYZ cell, overriding <see cref="PerClass"/> for clients whose XYZ class is known;
    /// default none; each ≥ 0.
    /// </summary>
    public ImmutableDictionary<(AbcClass Abc, XyzClass Xyz), int> PerCell
    {
        get;
        init
        {
            Guard.NotNull(value, nameof(PerCell));
            foreach (var (cell, n) in value)
            {
                Guard.NotNegative(n, $"{nameof(PerCell)}[{cell.Abc}{cell.Xyz}]");
            }

            field = value;
        }
    } = ImmutableDictionary<(AbcClass Abc, XyzClass Xyz), int>.Empty;

    /// <summary>
    /// The contact kinds that count toward a norm; default call, meeting and visit (a visit is a meeting at the
    /// client's site); incoming calls do not count by default, since the seed counts the manager's own contacts.
    /// </summary>
    public ImmutableHashSet<ContactKind> CountedKinds
    {
        get;
        init => field = Guard.NotNull(value, nameof(CountedKinds));
    } = [ContactKind.Call, ContactKind.Meeting, ContactKind.Visit];

    /// <summary>
    /// Whether a norm counts contact days (default true): several counted contacts with one client on one day count
    /// once, as the funnel counts one call a day per decision maker. False counts every contact event.
    /// </summary>
    public bool CountContactDays { get; init; } = true;

    /// <summary>Hours one contact takes on average, for the capacity check; default 0.5; ≥ 0.</summary>
    public decimal HoursPerContact { get; init => field = Guard.NotNegative(value, nameof(HoursPerContact)); } = 0.5m;

    /// <summary>
    /// Share of a manager's clients that must meet their norm for the manager to meet it; default 0.8; within [0, 1].
    /// </summary>
    public decimal ManagerComplianceThreshold
    {
        get;
        init => field = Guard.Share(value, nameof(ManagerComplianceThreshold));
    } = 0.8m;

    /// <summary>Contacts a month a client of this segment needs: the cell's override when present, else the class norm.</summary>
    public int RequiredPerMonth(ClientSegment segment)
        => segment.Xyz is { } xyz && PerCell.TryGetValue((segment.Abc, xyz), out var cell) ? cell : PerClass[segment.Abc];

    /// <summary>Whether a contact event counts toward a norm.</summary>
    public bool Counts(ContactEvent contact) => CountedKinds.Contains(Guard.NotNull(contact).Kind);

    /// <summary>Whether the norms are the same: the same norms per class and per cell, counted kinds and settings (by content).</summary>
    public bool Equals(ContactNorms? other) =>
        other is not null && ContentEquality.Map(PerClass, other.PerClass) && ContentEquality.Map(PerCell, other.PerCell)
        && ContentEquality.Set(CountedKinds, other.CountedKinds) && CountContactDays == other.CountContactDays
        && HoursPerContact == other.HoursPerContact && ManagerComplianceThreshold == other.ManagerComplianceThreshold;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.MapHash(PerClass),
        ContentEquality.MapHash(PerCell),
        ContentEquality.SetHash(CountedKinds),
        CountContactDays,
        HoursPerContact,
        ManagerComplianceThreshold);
}
