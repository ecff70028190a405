using System.Collections.Immutable;
using SalesDomain.Calendar;

namespace SalesDomain.Forecast;

/// <summary>One deal's contribution to a forecast.</summary>
/// <param name="Deal">The deal.</param>
/// <param name="Month">The month the deal is forecast for.</param>
/// <param name="Probability">The derived probability in [0, 1].</param>
/// <param name="Category">The forecast category.</param>
public sealed record ForecastLine(Deal Deal, SalesMonth Month, decimal Probability, ForecastCategory Category)
{
    /// <summary>Amount × probability, in the base currency.</summary>
    public decimal Weighted => Deal.Amount * Probability;
}

/// <summary>Sums over a set of forecast lines.</summary>
/// <param name="Deals">Number of deals.</param>
/// <param name="Amount">Σ amount.</param>
/// <param name="Weighted">Σ amount × probability.</param>
public readonly record struct ForecastTotals(int Deals, decimal Amount, decimal Weighted)
{
    /// <summary>The totals of <paramref name="lines"/>.</summary>
    public static ForecastTotals Of(IEnumerable<ForecastLine> lines)
    {
        int deals = 0;
        decimal amount = 0m, weighted = 0m;
        foreach (var line in Guard.NotNull(lines))
        {
            Guard.NotNull(line, nameof(lines));
            deals++;
            amount += line.Deal.Amount;
            weighted += line.Weighted;
        }

        return new ForecastTotals(deals, amount, weighted);
    }
}

/// <summary>The forecast of one group (everything, a team or a manager) with its month and category rollups.</summary>
/// <param name="Key">Team or manager id; "" for the whole department or for managers without a team.</param>
/// <param name="Totals">Totals of the group.</param>
/// <param name="ByMonth">Totals per forecast month, ascending.</param>
/// <param name="ByCategory">Totals per forecast category, one per category in enum order (zeros included).</param>
public sealed record ForecastGroup(
    string Key,
    ForecastTotals Totals,
    ImmutableArray<KeyValuePair<SalesMonth, ForecastTotals>> ByMonth,
    ImmutableArray<KeyValuePair<ForecastCategory, ForecastTotals>> ByCategory)
{
    /// <summary>Groups the lines by <paramref name="keyOf"/>, ordered by key (ordinal).</summary>
    internal static ImmutableArray<ForecastGroup> GroupBy(IEnumerable<ForecastLine> lines, Func<ForecastLine, string> keyOf)
        => [.. lines.GroupBy(keyOf, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Of(g.Key, g))];

    /// <summary>The group of all <paramref name="lines"/>.</summary>
    internal static ForecastGroup Of(string key, IEnumerable<ForecastLine> lines)
    {
        var list = lines as IReadOnlyCollection<ForecastLine> ?? [.. lines];
        return new ForecastGroup(
            key,
            ForecastTotals.Of(list),
            [.. list.GroupBy(l => l.Month).OrderBy(g => g.Key).Select(g => KeyValuePair.Create(g.Key, ForecastTotals.Of(g)))],
            [.. Enum.GetValues<ForecastCategory>().Select(c => KeyValuePair.Create(c, ForecastTotals.Of(list.Where(l => l.Category == c))))]);
    }

    /// <summary>
    /// Whether the two are equal by content: <see cref="ByMonth"/> and <see cref="ByCategory"/> element by element in
    /// order; the other values equal.
    /// </summary>
    public bool Equals(ForecastGroup? other) =>
        other is not null && Key == other.Key && Totals == other.Totals
        && ContentEquality.Sequence(ByMonth, other.ByMonth) && ContentEquality.Sequence(ByCategory, other.ByCategory);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(ByMonth), ContentEquality.SequenceHash(ByCategory), Key, Totals);
}

/// <summary>A weighted forecast (DOMAIN.md §5): the department, teams and managers, and the assistant's list.</summary>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Lines">Every deal in the forecast, ordered by month, manager and deal id.</param>
/// <param name="Total">The whole department.</param>
/// <param name="ByTeam">Per team, ordered by team.</param>
/// <param name="ByManager">Per manager, ordered by manager id.</param>
/// <param name="AssistantList">Deals of non-target clients, which go to the assistant instead (seed 000).</param>
public sealed record ForecastResult(
    DateOnly AsOf,
    ImmutableArray<ForecastLine> Lines,
    ForecastGroup Total,
    ImmutableArray<ForecastGroup> ByTeam,
    ImmutableArray<ForecastGroup> ByManager,
    ImmutableArray<ForecastLine> AssistantList)
{
    /// <summary>The weighted total of the department.</summary>
    public decimal WeightedTotal => Total.Totals.Weighted;

    /// <summary>The group of a manager; an empty group when the manager has no deal in the forecast.</summary>
    public ForecastGroup ForManager(string managerId)
        => ByManager.FirstOrDefault(g => g.Key == managerId) ?? ForecastGroup.Of(managerId, []);

    /// <summary>
    /// Whether the two are equal by content: <see cref="Lines"/>, <see cref="ByTeam"/>, <see cref="ByManager"/> and
    /// <see cref="AssistantList"/> element by element in order; the other values equal.
    /// </summary>
    public bool Equals(ForecastResult? other) =>
        other is not null && AsOf == other.AsOf && ContentEquality.Sequence(Lines, other.Lines) && Total == other.Total
        && ContentEquality.Sequence(ByTeam, other.ByTeam) && ContentEquality.Sequence(ByManager, other.ByManager)
        && ContentEquality.Sequence(AssistantList, other.AssistantList);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(Lines), ContentEquality.SequenceHash(ByTeam),
        ContentEquality.SequenceHash(ByManager), ContentEquality.SequenceHash(AssistantList), AsOf, Total);
}
