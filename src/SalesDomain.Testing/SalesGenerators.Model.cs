using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Model;

namespace SalesDomain.Testing;

/// <summary>Generators of the model's parts: clients, managers, decision makers (DOMAIN.md §1).</summary>
public static partial class SalesGenerators
{
    /// <summary>Sales channels of DOMAIN.md §1, with the empty string for "unknown".</summary>
    public static ImmutableArray<string> Channels { get; } =
        ["online shop", "retail", "chain", "end user B2B", "end user B2C", "end user B2G", ""];

    /// <summary>Regions drawn for generated clients, with the empty string for "unknown".</summary>
    public static ImmutableArray<string> Regions { get; } = ["North", "South", "Centre", "Ural", "Siberia", "Far East", ""];

    /// <summary>Industries drawn for generated clients, with the empty string for "unknown".</summary>
    public static ImmutableArray<string> Industries { get; } =
        ["construction", "food", "software", "logistics", "medicine", "agriculture", ""];

    /// <summary>
    /// Prefixes of generated client ids: lower and upper case and a non-Latin letter, so that ordinal order
    /// ("C7" &lt; "c10" &lt; "c2" &lt; "Ж3") differs from numeric and from culture-aware order.
    /// </summary>
    public static ImmutableArray<string> ClientIdPrefixes { get; } = ["c", "C", "c-", "Ж"];

    private static readonly string[] PersonNames = ["Anna Petrova", "Ivan Sokolov", "Olga Smirnova", "Pavel Orlov", "Maria Ilyina", "Dmitry Volkov"];
    private static readonly string[] Positions = ["", "CEO", "purchasing manager", "chief engineer", "CFO"];
    private static readonly string[] Teams = ["", "North team", "Key accounts"];

    /// <summary>
    /// A valid client id unique by its <paramref name="index"/>: one of <see cref="ClientIdPrefixes"/> followed by
    /// the index, so ids of distinct indexes never collide.
    /// </summary>
    public static Gen<string> UniqueClientId(int index) => Gen.Elements(ClientIdPrefixes.AsEnumerable()).Select(p => $"{p}{index}");

    /// <summary>Up to <paramref name="max"/> decision makers with distinct ids "dm1", "dm2", ….</summary>
    /// <param name="max">Most decision makers; default 7 (more than the funnel counts per organisation); not negative.</param>
    public static Gen<ImmutableArray<DecisionMaker>> DecisionMakers(int max = 7) =>
        Gen.Choose(0, Guard.NotNegative(max)).SelectMany(n =>
            Gen.Zip(Gen.Elements(PersonNames), Gen.Elements(Positions)).ArrayOf(n).Select(people =>
                people.Select((p, i) => new DecisionMaker($"dm{i + 1}", p.Item1, p.Item2)).ToImmutableArray()));

    /// <summary>
    /// A client with the given id: channel, region and industry from the lists above (sometimes unknown), an
    /// assigned manager from <paramref name="managerIds"/> or none (<see cref="ClientBaseShape.OwnerlessShare"/>),
    /// Partner/VIP flags, a contract (<see cref="ClientBaseShape.ContractShare"/>; half of them dated, from a year
    /// before <see cref="ClientBaseShape.FirstDay"/> to the last day of the history, its first and last days
    /// included), an optional potential and up to
    /// <see cref="ClientBaseShape.MaxDecisionMakers"/> decision makers.
    /// </summary>
    /// <param name="id">The client id.</param>
    /// <param name="managerIds">Ids of the managers the client may be assigned to; empty for an ownerless client.</param>
    /// <param name="shape">Shares and limits; <see cref="ClientBaseShape.Default"/> when null.</param>
    public static Gen<Client> Client(string id, IReadOnlyList<string> managerIds, ClientBaseShape? shape = null)
    {
        shape ??= ClientBaseShape.Default;
        var manager = managerIds.Count == 0
            ? Gen.Constant<string?>(null)
            : Chance(shape.OwnerlessShare).SelectMany(ownerless =>
                ownerless ? Gen.Constant<string?>(null) : Gen.Elements(managerIds.AsEnumerable()).Select(m => (string?)m));
        var flags = Gen.Frequency(
            (8, Gen.Constant(ClientFlags.None)),
            (1, Gen.Constant(ClientFlags.Partner)),
            (1, Gen.Constant(ClientFlags.Vip)),
            (1, Gen.Constant(ClientFlags.Partner | ClientFlags.Vip)));
        var potential = Gen.Frequency(
            (1, Gen.Constant<decimal?>(null)),
            (1, PurchaseAmount(0d).Select(a => (decimal?)(a * 12))));
        return
            from channel in Gen.Elements(Channels.AsEnumerable())
            from region in Gen.Elements(Regions.AsEnumerable())
            from industry in Gen.Elements(Industries.AsEnumerable())
            from managerId in manager
            from flag in flags
            from hasContract in Chance(shape.ContractShare)
            from contractDate in ContractDate(shape)
            from yearly in potential
            from decisionMakers in DecisionMakers(shape.MaxDecisionMakers)
            select new Model.Client(id)
            {
                Name = $"{industry} company {id}",
                Channel = channel,
                Region = region,
                Industry = industry,
                ManagerId = managerId,
                Flags = flag,
                HasContract = hasContract,
                ContractDate = hasContract ? contractDate : null,
                Potential = yearly,
                DecisionMakers = decisionMakers,
            };
    }

    /// <summary>
    /// A contract date or none (half the time): a day from a year before <see cref="ClientBaseShape.FirstDay"/> to the
    /// last day of the history, with its first and last days weighted up.
    /// </summary>
    /// <param name="shape">The history's first day and length.</param>
    public static Gen<DateOnly?> ContractDate(ClientBaseShape shape)
    {
        Guard.NotNull(shape);
        var first = shape.FirstDay.Year > 1 ? shape.FirstDay.AddYears(-1) : DateOnly.MinValue; // the calendar starts at 0001-01-01
        var last = shape.EndDay.AddDays(-1);
        return Gen.Frequency(
            (4, Gen.Constant<DateOnly?>(null)),
            (1, Gen.Constant<DateOnly?>(first)),
            (1, Gen.Constant<DateOnly?>(last)),
            (2, Gen.Choose(0, last.DayNumber - first.DayNumber).Select(d => (DateOnly?)first.AddDays(d))));
    }

    /// <summary>A stand-alone client (id "c0"…"c99" with any prefix, assigned to "m0", "m1" or nobody).</summary>
    public static Gen<Client> Client() =>
        Gen.Choose(0, 99).SelectMany(UniqueClientId).SelectMany(id => Client(id, ["m0", "m1"]));

    /// <summary>A manager with the given id, any role, a team or none.</summary>
    public static Gen<Manager> Manager(string id) =>
        from name in Gen.Elements(PersonNames)
        from role in Gen.Elements(Enum.GetValues<ManagerRole>())
        from team in Gen.Elements(Teams)
        select new Model.Manager(id, name, role) { Team = team };

    /// <summary>A stand-alone manager with id "m0"…"m9".</summary>
    public static Gen<Manager> Manager() => Gen.Choose(0, 9).SelectMany(i => Manager($"m{i}"));

    /// <summary>
    /// A stand-alone sale: a <see cref="PurchaseAmount"/>, a return one time in ten, to a client "c0"…"c99", mostly
    /// within the default two-year window and one time in five anywhere in the calendar the model accepts
    /// (0001-01-01 … 9999-12-31, its first and last days weighted up).
    /// </summary>
    public static Gen<Sale> Sale() =>
        from client in Gen.Choose(0, 99).SelectMany(UniqueClientId)
        from date in Gen.Frequency(
            (8, Gen.Choose(0, ClientBaseShape.Default.EndDay.DayNumber - Epoch.DayNumber - 1).Select(Epoch.AddDays)),
            (1, Gen.Elements(DateOnly.MinValue, DateOnly.MaxValue)),
            (1, Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber).Select(DateOnly.FromDayNumber)))
        from amount in PurchaseAmount()
        from isReturn in Chance(0.1)
        select new Model.Sale(client, date, isReturn ? -amount : amount);

    /// <summary>
    /// A first day for a history of <paramref name="periods"/> months anywhere in the calendar: the calendar's first
    /// day, the latest day whose history still ends within it (9997-12-31 for 24 months), <see cref="Epoch"/>, or any
    /// day between.
    /// </summary>
    /// <param name="periods">Length of the history in months; positive, at most 119,976 (the calendar's length).</param>
    public static Gen<DateOnly> FirstDayInCalendar(int periods)
    {
        var latest = DateOnly.MaxValue.AddMonths(-Guard.Positive(periods));
        return Gen.Frequency(
            (1, Gen.Constant(DateOnly.MinValue)),
            (1, Gen.Constant(latest)),
            (1, Gen.Constant(Epoch <= latest ? Epoch : DateOnly.MinValue)),
            (3, Gen.Choose(DateOnly.MinValue.DayNumber, latest.DayNumber).Select(DateOnly.FromDayNumber)));
    }

    /// <summary>
    /// A client base of <paramref name="shape"/> (<see cref="ClientBaseShape.Default"/> when null) whose history
    /// starts on a <see cref="FirstDayInCalendar"/> day instead of the shape's own first day, with the shape it was
    /// drawn from: sale and contact dates reach both ends of the calendar.
    /// </summary>
    /// <param name="shape">Size and shape; its <see cref="ClientBaseShape.FirstDay"/> is replaced.</param>
    public static Gen<DatedClientBase> ClientBaseAcrossTheCalendar(ClientBaseShape? shape = null)
    {
        shape ??= ClientBaseShape.Default;
        return FirstDayInCalendar(shape.Periods)
            .Select(first => shape with { FirstDay = first })
            .SelectMany(s => ClientBase(s).Select(b => new DatedClientBase(s, b)));
    }

    /// <summary>A stand-alone contact event of a client of <see cref="Client()"/> by manager "m0" or "m1".</summary>
    public static Gen<ContactEvent> ContactEvent() =>
        Client().SelectMany(c => Contacts(c, ["m0", "m1"], ClientBaseShape.Default with { MaxContactsPerMonth = 1, Periods = 1 }))
            .Where(events => !events.IsEmpty)
            .Select(events => events[0]);
}
