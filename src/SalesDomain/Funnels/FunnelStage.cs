using System.Collections.Immutable;
using SalesDomain.Model;

namespace SalesDomain.Funnels;

/// <summary>
/// One stage of a sales funnel with its weekly norm and counting rules (DOMAIN.md §4, seed 001). An activity counts
/// in the stage when its kind is one of <see cref="Kinds"/> and it passes every rule that is switched on.
/// </summary>
public sealed record FunnelStage
{
    /// <summary>Creates a stage with no rules beyond the kinds.</summary>
    /// <param name="name">Display name; not empty.</param>
    /// <param name="weeklyNorm">Activities a manager should log in the stage per week; &gt;= 0 (0 means no norm).</param>
    /// <param name="kinds">The activity kinds that may count; at least one.</param>
    public FunnelStage(string name, int weeklyNorm, ImmutableArray<ContactKind> kinds)
    {
        Name = name;
        WeeklyNorm = weeklyNorm;
        Kinds = kinds;
    }

    /// <summary>Display name; not empty.</summary>
    public string Name { get; init => field = Guard.NotEmpty(value, nameof(Name)); }

    /// <summary>Activities a manager should log in the stage per week; 0 means no norm.</summary>
    public int WeeklyNorm { get; init => field = Guard.NotNegative(value, nameof(WeeklyNorm)); }

    /// <summary>The activity kinds that may count; at least one, each defined.</summary>
    public ImmutableArray<ContactKind> Kinds
    {
        get;
        init => field = value.IsDefaultOrEmpty
            ? throw new ArgumentException($"{nameof(Kinds)} must hold at least one kind.", nameof(Kinds))
            : [.. value.Select(k => Guard.Defined(k, nameof(Kinds))).Distinct()];
    }

    /// <summary>The activity must reach a named decision maker personally (<see cref="ActivityEvent.DecisionMakerId"/> set).</summary>
    public bool RequiresDecisionMaker { get; init; }

    /// <summary>The needs questionnaire must have been filled in.</summary>
    public bool RequiresQuestionnaire { get; init; }

    /// <summary>The client must have shown interest.</summary>
    public bool RequiresInterest { get; init; }

    /// <summary>The client must be an existing client.</summary>
    public bool RequiresExistingClient { get; init; }

    /// <summary>
    /// When set, a joint step must have been agreed for a date from the activity's date up to this many days after it
    /// (the seed's "within the next month" is 30); null (default) when no agreed step is required; &gt;= 0.
    /// </summary>
    public int? AgreedStepWithinDays
    {
        get;
        init => field = value is { } v ? Guard.NotNegative(v, nameof(AgreedStepWithinDays)) : null;
    }

    /// <summary>
    /// At most one activity a day counts per manager and decision maker (seed 001: "only one call a day to each decision
    /// maker"); needs <see cref="RequiresDecisionMaker"/>.
    /// </summary>
    public bool OncePerDecisionMakerPerDay { get; init; }

    /// <summary>
    /// When set, a manager's activities with at most this many distinct decision makers of one organisation count: the
    /// first ones reached (by date, then decision-maker id); the others never do (seed 001: "not more than 5");
    /// needs <see cref="RequiresDecisionMaker"/>; &gt; 0.
    /// </summary>
    public int? MaxDecisionMakersPerClient
    {
        get;
        init => field = value is { } v ? Guard.Positive(v, nameof(MaxDecisionMakersPerClient)) : null;
    }

    /// <summary>
    /// Whether the two are equal by content: <see cref="Kinds"/> element by element in order; the other values equal.
    /// </summary>
    public bool Equals(FunnelStage? other) =>
        other is not null && Name == other.Name && WeeklyNorm == other.WeeklyNorm
        && ContentEquality.Sequence(Kinds, other.Kinds) && RequiresDecisionMaker == other.RequiresDecisionMaker
        && RequiresQuestionnaire == other.RequiresQuestionnaire && RequiresInterest == other.RequiresInterest
        && RequiresExistingClient == other.RequiresExistingClient && AgreedStepWithinDays == other.AgreedStepWithinDays
        && OncePerDecisionMakerPerDay == other.OncePerDecisionMakerPerDay
        && MaxDecisionMakersPerClient == other.MaxDecisionMakersPerClient;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(Kinds), Name, WeeklyNorm, RequiresDecisionMaker, RequiresQuestionnaire,
        RequiresInterest, RequiresExistingClient, AgreedStepWithinDays);
}
