using System.Collections.Immutable;

namespace SalesDomain.Forecast;

/// <summary>Lost deals of one group and reason.</summary>
/// <param name="Group">Manager id or stage name; "" in the per-reason totals.</param>
/// <param name="Reason">The loss reason as listed in the policy.</param>
/// <param name="Deals">Number of lost deals.</param>
/// <param name="Amount">Σ amount of those deals.</param>
public sealed record LossReasonLine(string Group, string Reason, int Deals, decimal Amount);

/// <summary>
/// The summary report of refusals (DOMAIN.md §3 and §5, seed 004): counts and amounts of lost deals per reason, per
/// manager and reason, and per stage at which the deal was lost (the stage its criteria put it in; "Unqualified" when none).
/// </summary>
/// <param name="ByReason">Per reason, most deals first (ties: larger amount, then the policy's list order).</param>
/// <param name="ByManager">Per manager and reason, ordered by manager id, then as <paramref name="ByReason"/>.</param>
/// <param name="ByStage">Per stage and reason, lowest stage first, then as <paramref name="ByReason"/>.</param>
public sealed record LossReasonSummary(
    ImmutableArray<LossReasonLine> ByReason,
    ImmutableArray<LossReasonLine> ByManager,
    ImmutableArray<LossReasonLine> ByStage)
{
    /// <summary>The name used for deals lost before meeting any stage.</summary>
    public const string Unqualified = "Unqualified";

    /// <summary>Summarises the lost deals among <paramref name="deals"/>.</summary>
    /// <param name="deals">Deals in any order; ids must be distinct; only lost deals are counted.</param>
    /// <param name="policy">The deal ladder and reason list; <see cref="DealPolicy.Default"/> when null.</param>
    /// <exception cref="ArgumentException">A lost deal's reason is not in the policy's list.</exception>
    public static LossReasonSummary Build(IEnumerable<Deal> deals, DealPolicy? policy = null)
    {
        policy ??= DealPolicy.Default;
        var lost = new List<(Deal Deal, string Reason, int Stage)>();
        foreach (var deal in SalesForecast.Distinct(deals))
        {
            if (deal.Status != DealStatus.Lost)
            {
                continue;
            }

            policy.CheckLossReason(deal);
            policy.TryResolveLossReason(deal.LossReason!, out var reason);
            lost.Add((deal, reason!, policy.StageIndexOf(deal.Criteria)));
        }

        var reasonOrder = policy.LossReasons;
        ImmutableArray<LossReasonLine> Lines<TKey>(
            Func<(Deal Deal, string Reason, int Stage), TKey> keyOf, Func<TKey, string> nameOf, IComparer<TKey> keyOrder)
            where TKey : notnull
            => [.. lost.GroupBy(l => (Key: keyOf(l), l.Reason))
                .Select(g => (g.Key.Key, Line: new LossReasonLine(nameOf(g.Key.Key), g.Key.Reason, g.Count(), g.Sum(l => l.Deal.Amount))))
                .OrderBy(x => x.Key, keyOrder)
                .ThenByDescending(x => x.Line.Deals)
                .ThenByDescending(x => x.Line.Amount)
                .ThenBy(x => reasonOrder.IndexOf(x.Line.Reason))
                .Select(x => x.Line)];

        return new LossReasonSummary(
            Lines(_ => 0, _ => string.Empty, Comparer<int>.Default),
            Lines(l => l.Deal.ManagerId, m => m, StringComparer.Ordinal),
            Lines(l => l.Stage, s => s >= 0 ? policy.Stages[s].Name : Unqualified, Comparer<int>.Default));
    }

    /// <summary>
    /// Whether the two are equal by content: <see cref="ByReason"/>, <see cref="ByManager"/> and <see cref="ByStage"/>
    /// element by element in order.
    /// </summary>
    public bool Equals(LossReasonSummary? other) =>
        other is not null && ContentEquality.Sequence(ByReason, other.ByReason)
        && ContentEquality.Sequence(ByManager, other.ByManager) && ContentEquality.Sequence(ByStage, other.ByStage);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(ByReason), ContentEquality.SequenceHash(ByManager),
        ContentEquality.SequenceHash(ByStage));
}
