using System.Collections.Immutable;
using SalesDomain.Calendar;

namespace SalesDomain.Funnels;

/// <summary>Counted activities per stage in one week.</summary>
/// <param name="Week">The week (Monday to Sunday).</param>
/// <param name="Counts">Counted activities per stage, in funnel order.</param>
public sealed record WeekCounts(SalesWeek Week, ImmutableArray<int> Counts)
{
    /// <summary>
    /// Whether the two are equal by content: <see cref="Counts"/> element by element in order; the other values equal.
    /// </summary>
    public bool Equals(WeekCounts? other) =>
        other is not null && Week == other.Week && ContentEquality.Sequence(Counts, other.Counts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ContentEquality.SequenceHash(Counts), Week);
}

/// <summary>
/// The funnel of one slice (everything, a manager or an acquisition channel) over the analysed weeks.
/// </summary>
/// <param name="Key">Manager id or channel; "" for everything.</param>
/// <param name="Counts">Counted activities per stage, in funnel order.</param>
/// <param name="Conversions">
/// For each pair of consecutive stages (i, i+1): of the (manager, client) pairs with a counted stage-i activity, the
/// share that also has a counted stage-(i+1) activity on or after the first one; null when no pair reached stage i.
/// Always in [0, 1].
/// </param>
/// <param name="Weeks">Counts per analysed week, in date order (zero weeks included).</param>
public sealed record FunnelSlice(string Key, ImmutableArray<int> Counts, ImmutableArray<decimal?> Conversions, ImmutableArray<WeekCounts> Weeks)
{
    /// <summary>
    /// Whether the two are equal by content: <see cref="Counts"/>, <see cref="Conversions"/> and <see cref="Weeks"/>
    /// element by element in order; the other values equal.
    /// </summary>
    public bool Equals(FunnelSlice? other) =>
        other is not null && Key == other.Key && ContentEquality.Sequence(Counts, other.Counts)
        && ContentEquality.Sequence(Conversions, other.Conversions) && ContentEquality.Sequence(Weeks, other.Weeks);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(Counts), ContentEquality.SequenceHash(Conversions),
        ContentEquality.SequenceHash(Weeks), Key);
}

/// <summary>A stage's count against its weekly norm.</summary>
/// <param name="Stage">Stage name.</param>
/// <param name="Counted">Counted activities.</param>
/// <param name="Norm">The norm for the same span (weekly norm × weeks).</param>
public sealed record StageCompliance(string Stage, int Counted, int Norm)
{
    /// <summary>Counted / norm; null when the norm is 0.</summary>
    public decimal? Ratio => Norm > 0 ? (decimal)Counted / Norm : null;

    /// <summary>Whether the norm is met (counted &gt;= norm).</summary>
    public bool Met => Counted >= Norm;
}

/// <summary>A manager's norm compliance in one week.</summary>
/// <param name="Week">The week (Monday to Sunday).</param>
/// <param name="Stages">One entry per stage, in funnel order.</param>
public sealed record WeekCompliance(SalesWeek Week, ImmutableArray<StageCompliance> Stages)
{
    /// <summary>Whether every stage's norm is met that week.</summary>
    public bool AllMet => Stages.All(s => s.Met);

    /// <summary>
    /// Whether the two are equal by content: <see cref="Stages"/> element by element in order; the other values equal.
    /// </summary>
    public bool Equals(WeekCompliance? other) =>
        other is not null && Week == other.Week && ContentEquality.Sequence(Stages, other.Stages);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ContentEquality.SequenceHash(Stages), Week);
}

/// <summary>A manager's funnel with weekly compliance and the weakest stage.</summary>
/// <param name="Funnel">The manager's counts and conversions.</param>
/// <param name="Weekly">Compliance per analysed week.</param>
/// <param name="Period">Compliance over all analysed weeks together (norm = weekly norm × weeks).</param>
/// <param name="WeakestStage">
/// The stage with the lowest <see cref="StageCompliance.Ratio"/> over the period (ties: the earlier stage); null when
/// no stage has a norm.
/// </param>
public sealed record ManagerFunnel(
    FunnelSlice Funnel, ImmutableArray<WeekCompliance> Weekly, ImmutableArray<StageCompliance> Period, string? WeakestStage)
{
    /// <summary>The manager id.</summary>
    public string ManagerId => Funnel.Key;

    /// <summary>
    /// Whether the two are equal by content: <see cref="Weekly"/> and <see cref="Period"/> element by element in order;
    /// the other values equal.
    /// </summary>
    public bool Equals(ManagerFunnel? other) =>
        other is not null && Funnel == other.Funnel && ContentEquality.Sequence(Weekly, other.Weekly)
        && ContentEquality.Sequence(Period, other.Period) && WeakestStage == other.WeakestStage;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(Weekly), ContentEquality.SequenceHash(Period), Funnel, WeakestStage);
}

/// <summary>A funnel analysis over whole weeks (DOMAIN.md §4; docs/funnels.md in the repository).</summary>
/// <param name="Funnel">The funnel definition applied.</param>
/// <param name="FirstWeek">The first analysed week.</param>
/// <param name="WeekCount">Number of analysed weeks.</param>
/// <param name="Total">Everything together.</param>
/// <param name="ByManager">Per manager, ordered by id.</param>
/// <param name="ByChannel">Per acquisition channel ("" when unknown), ordered by channel.</param>
/// <param name="Skipped">Every activity in the period that did not count in a stage of its kind, and why.</param>
public sealed record FunnelReport(
    FunnelDefinition Funnel,
    SalesWeek FirstWeek,
    int WeekCount,
    FunnelSlice Total,
    ImmutableArray<ManagerFunnel> ByManager,
    ImmutableArray<FunnelSlice> ByChannel,
    ImmutableArray<SkippedActivity> Skipped)
{
    /// <summary>
    /// Whether the two are equal by content: <see cref="ByManager"/>, <see cref="ByChannel"/> and <see cref="Skipped"/>
    /// element by element in order; the other values equal.
    /// </summary>
    public bool Equals(FunnelReport? other) =>
        other is not null && Funnel == other.Funnel && FirstWeek == other.FirstWeek && WeekCount == other.WeekCount
        && Total == other.Total && ContentEquality.Sequence(ByManager, other.ByManager)
        && ContentEquality.Sequence(ByChannel, other.ByChannel) && ContentEquality.Sequence(Skipped, other.Skipped);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(ByManager), ContentEquality.SequenceHash(ByChannel),
        ContentEquality.SequenceHash(Skipped), Funnel, FirstWeek, WeekCount, Total);
}
