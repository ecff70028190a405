using System.Collections.Immutable;
using System.Globalization;
using SalesDomain.Model;

namespace SalesDomain.Reactivation;

/// <summary>What the lost-client list is ranked by (DOMAIN.md §3, seed 002: "top by profit/potential").</summary>
public enum LostClientRanking
{
    /// <summary>Profit earned up to the as-of date, descending; then potential, then id.</summary>
    Profit,

    /// <summary>The client's recorded yearly potential, descending (unknown last); then profit, then id.</summary>
    Potential,

    /// <summary>Net revenue up to the as-of date, descending; then potential, then id (for data without profit).</summary>
    Revenue,
}

/// <summary>Settings of the lost-client list.</summary>
public sealed record LostClientOptions
{
    /// <summary>The defaults below.</summary>
    public static LostClientOptions Default { get; } = new();

    /// <summary>The rule that marks a client lost; default a 365-day activity window (DOMAIN.md §1).</summary>
    public BaseStatusRule Status { get; init => field = Guard.NotNull(value, nameof(Status)); } = BaseStatusRule.Default;

    /// <summary>Ranking key; default <see cref="LostClientRanking.Profit"/>.</summary>
    public LostClientRanking RankBy { get; init => field = Guard.Defined(value, nameof(RankBy)); } = LostClientRanking.Profit;

    /// <summary>Size of the top list; default 20; &gt; 0.</summary>
    public int Top { get; init => field = Guard.Positive(value, nameof(Top)); } = 20;

    /// <summary>Days from the as-of date to a return-plan step's due date; default 7; ≥ 0.</summary>
    public int ReturnLeadDays { get; init => field = Guard.NotNegative(value, nameof(ReturnLeadDays)); } = 7;
}

/// <summary>One step of the plan to win a lost client back (seed 002: "a return plan").</summary>
/// <param name="ClientId">Id of the client.</param>
/// <param name="ManagerId">Who does it: the client's manager; null for an ownerless client (assign one first).</param>
/// <param name="DueDate">When it is due: as-of date + <see cref="LostClientOptions.ReturnLeadDays"/>.</param>
/// <param name="Action">What to do, in plain words, with the context from the client's history.</param>
public sealed record ReturnPlanEntry(string ClientId, string? ManagerId, DateOnly DueDate, string Action);

/// <summary>A lost client with its value, contact history and return-plan entry.</summary>
/// <param name="ClientId">Id of the client.</param>
/// <param name="ManagerId">The client's manager; null when ownerless.</param>
/// <param name="LastPurchase">The last purchase day on or before the as-of date; null when the client never bought.</param>
/// <param name="Revenue">Net revenue up to the as-of date.</param>
/// <param name="Profit">Profit up to the as-of date (sales without a recorded profit count 0).</param>
/// <param name="Potential">Recorded yearly potential, when known.</param>
/// <param name="ContactHistory">Every contact event up to the as-of date, oldest first.</param>
/// <param name="ReturnPlan">The next step to win the client back.</param>
public sealed record LostClient(
    string ClientId,
    string? ManagerId,
    DateOnly? LastPurchase,
    decimal Revenue,
    decimal Profit,
    decimal? Potential,
    ImmutableArray<ContactEvent> ContactHistory,
    ReturnPlanEntry ReturnPlan)
{
    /// <summary>
    /// Whether the two are equal by content: <see cref="ContactHistory"/> element by element in order; the other values
    /// equal.
    /// </summary>
    public bool Equals(LostClient? other) =>
        other is not null && ClientId == other.ClientId && ManagerId == other.ManagerId
        && LastPurchase == other.LastPurchase && Revenue == other.Revenue && Profit == other.Profit
        && Potential == other.Potential && ContentEquality.Sequence(ContactHistory, other.ContactHistory)
        && ReturnPlan == other.ReturnPlan;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(ContactHistory), ClientId, ManagerId, LastPurchase, Revenue, Profit, Potential,
        ReturnPlan);
}

/// <summary>The lost clients of a base as of a date, ranked, with the top of the list.</summary>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Clients">Every lost client, ranked.</param>
/// <param name="Top">The first <see cref="LostClientOptions.Top"/> of <paramref name="Clients"/>.</param>
public sealed record LostClientList(DateOnly AsOf, ImmutableArray<LostClient> Clients, ImmutableArray<LostClient> Top)
{
    /// <summary>
    /// Whether the two are equal by content: <see cref="Clients"/> and <see cref="Top"/> element by element in order;
    /// the other values equal.
    /// </summary>
    public bool Equals(LostClientList? other) =>
        other is not null && AsOf == other.AsOf && ContentEquality.Sequence(Clients, other.Clients)
        && ContentEquality.Sequence(Top, other.Top);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(Clients), ContentEquality.SequenceHash(Top), AsOf);
}

/// <summary>
/// The lost-client list of seed 002 (DOMAIN.md §1, §3; docs/reactivation.md in the repository): clients that <see cref="BaseStatusRule"/>
/// marks Lost, ranked by profit or potential, each with its contact history and a return-plan entry.
/// </summary>
public static class LostClients
{
    /// <summary>Builds the list.</summary>
    /// <param name="clientBase">The base.</param>
    /// <param name="asOf">
    /// The as-of date; later sales and contacts are ignored. At most <see cref="DateOnly.MaxValue"/> minus
    /// <see cref="LostClientOptions.ReturnLeadDays"/>, so that the return plan has a due date.
    /// </param>
    /// <param name="options">Settings; <see cref="LostClientOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> leaves no room for the return-plan due date.</exception>
    public static LostClientList Build(ClientBase clientBase, DateOnly asOf, LostClientOptions? options = null)
    {
        Guard.NotNull(clientBase);
        options ??= LostClientOptions.Default;
        var latest = DateOnly.MaxValue.AddDays(-options.ReturnLeadDays);
        if (asOf > latest)
        {
            throw Guard.OutOfRange(nameof(asOf), asOf, string.Create(
                CultureInfo.InvariantCulture, $"must be at most {latest:yyyy-MM-dd}, so that the return plan ({options.ReturnLeadDays} days later) has a due date"));
        }

        var lost = new List<LostClient>();
        foreach (var client in clientBase.Clients)
        {
            var sales = clientBase.SalesOf(client.Id);
            if (options.Status.Classify(client, sales, asOf) != BaseStatus.Lost)
            {
                continue;
            }

            var upToDate = sales.Where(s => s.Date <= asOf).ToArray();
            var history = clientBase.ContactsOf(client.Id).Where(c => c.Date <= asOf).ToImmutableArray();
            var days = PurchaseDays.Of(upToDate);
            DateOnly? last = days.IsEmpty ? null : days[^1];
            var plan = new ReturnPlanEntry(client.Id, client.ManagerId, asOf.AddDays(options.ReturnLeadDays), ActionFor(client, last, history));
            lost.Add(new LostClient(
                client.Id, client.ManagerId, last, upToDate.Sum(s => s.Amount), upToDate.Sum(s => s.Profit ?? 0m),
                client.Potential, history, plan));
        }

        lost.Sort(options.RankBy switch
        {
            LostClientRanking.Profit => CompareByProfit,
            LostClientRanking.Revenue => CompareByRevenue,
            _ => CompareByPotential,
        });
        ImmutableArray<LostClient> all = [.. lost];
        return new LostClientList(asOf, all, [.. all.Take(options.Top)]);
    }

    /// <summary>The plain action of a return-plan entry.</summary>
    internal static string ActionFor(Client client, DateOnly? lastPurchase, ImmutableArray<ContactEvent> history)
    {
        var c = CultureInfo.InvariantCulture;
        var who = client.DecisionMakers.IsEmpty
            ? "find and record the decision maker, then call"
            : string.Create(c, $"call {client.DecisionMakers[0].Name}") +
              (client.DecisionMakers[0].Position.Length > 0 ? $" ({client.DecisionMakers[0].Position})" : string.Empty);
        var since = lastPurchase is { } d ? string.Create(c, $"no purchase since {d:yyyy-MM-dd}") : "never bought under the contract";
        var contact = history.IsEmpty
            ? "no contact logged"
            : string.Create(c, $"last contact {history[^1].Date:yyyy-MM-dd} ({history[^1].Kind})") +
              (history[^1].Result.Length > 0 ? $": {history[^1].Result}" : string.Empty);
        return $"{who}: learn why the client left and offer a return; {since}; {contact}";
    }

    private static int CompareByProfit(LostClient x, LostClient y)
        => FirstNonZero(y.Profit.CompareTo(x.Profit), PotentialOf(y).CompareTo(PotentialOf(x)), string.CompareOrdinal(x.ClientId, y.ClientId));

    private static int CompareByRevenue(LostClient x, LostClient y)
        => FirstNonZero(y.Revenue.CompareTo(x.Revenue), PotentialOf(y).CompareTo(PotentialOf(x)), string.CompareOrdinal(x.ClientId, y.ClientId));

    private static int CompareByPotential(LostClient x, LostClient y)
        => FirstNonZero(PotentialOf(y).CompareTo(PotentialOf(x)), y.Profit.CompareTo(x.Profit), string.CompareOrdinal(x.ClientId, y.ClientId));

    /// <summary>Unknown potential ranks below every known one (potential is never negative).</summary>
    private static decimal PotentialOf(LostClient client) => client.Potential ?? -1m;

    private static int FirstNonZero(int first, int second, int third) => first != 0 ? first : second != 0 ? second : third;
}
