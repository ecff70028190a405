using System.Collections.Immutable;

namespace SalesDomain.Funnels;

/// <summary>Why an activity of a stage's kind did not count in that stage.</summary>
public enum SkipReason
{
    /// <summary>No named decision maker was reached.</summary>
    NoDecisionMaker,

    /// <summary>The needs questionnaire was not filled in.</summary>
    NoQuestionnaire,

    /// <summary>The client showed no interest.</summary>
    NoInterest,

    /// <summary>No joint step was agreed within the stage's horizon.</summary>
    NoAgreedStep,

    /// <summary>The client is not an existing client.</summary>
    NotExistingClient,

    /// <summary>The decision maker is beyond the per-organisation limit (more than 5 by default).</summary>
    DecisionMakerLimit,

    /// <summary>The same decision maker already counted that day.</summary>
    RepeatSameDay,
}

/// <summary>An activity that counted in a stage.</summary>
/// <param name="Stage">Index of the stage in the funnel.</param>
/// <param name="Event">The activity.</param>
public readonly record struct StageHit(int Stage, ActivityEvent Event);

/// <summary>An activity of a stage's kind that did not count in it, and why.</summary>
/// <param name="Stage">Index of the stage in the funnel.</param>
/// <param name="Event">The activity.</param>
/// <param name="Reason">The first rule it failed.</param>
public readonly record struct SkippedActivity(int Stage, ActivityEvent Event, SkipReason Reason);

/// <summary>The outcome of applying a funnel's counting rules.</summary>
/// <param name="Hits">Every counted (stage, activity), ordered by manager, client, date and decision maker.</param>
/// <param name="Skipped">Every (stage, activity) of the stage's kind that did not count, in the same order.</param>
public sealed record FunnelCount(ImmutableArray<StageHit> Hits, ImmutableArray<SkippedActivity> Skipped)
{
    /// <summary>
    /// Whether the two are equal by content: <see cref="Hits"/> and <see cref="Skipped"/> element by element in order.
    /// </summary>
    public bool Equals(FunnelCount? other) =>
        other is not null && ContentEquality.Sequence(Hits, other.Hits)
        && ContentEquality.Sequence(Skipped, other.Skipped);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(Hits), ContentEquality.SequenceHash(Skipped));
}

/// <summary>
/// Applies a funnel's counting rules exactly (DOMAIN.md §4, seed 001; docs/funnels.md in the repository). Each activity is tried
/// against every stage whose kinds include it. The content rules are checked in the order decision maker,
/// questionnaire, interest, agreed step, existing client; then, per manager and organisation, the decision-maker
/// limit admits the first N distinct decision makers (by date of their first qualifying activity, then id), and the
/// one-a-day rule counts the first activity per decision maker and day. The result does not depend on input order
/// except for which of two equivalent activities is reported as counted.
/// </summary>
public static class FunnelCounter
{
    /// <summary>Counts <paramref name="events"/> in the stages of <paramref name="funnel"/>.</summary>
    public static FunnelCount Count(IEnumerable<ActivityEvent> events, FunnelDefinition funnel)
    {
        Guard.NotNull(funnel);
        var ordered = Guard.NotNull(events)
            .Select(e => Guard.NotNull(e, nameof(events)))
            .OrderBy(e => e.ManagerId, StringComparer.Ordinal)
            .ThenBy(e => e.ClientId, StringComparer.Ordinal)
            .ThenBy(e => e.Date)
            .ThenBy(e => e.DecisionMakerId, StringComparer.Ordinal)
            .ToList();
        var hits = ImmutableArray.CreateBuilder<StageHit>();
        var skipped = ImmutableArray.CreateBuilder<SkippedActivity>();
        for (var s = 0; s < funnel.Stages.Length; s++)
        {
            var stage = funnel.Stages[s];
            var admitted = new Dictionary<(string Manager, string Client), HashSet<string>>();
            var countedDays = new HashSet<(string Manager, string Client, string DecisionMaker, DateOnly Date)>();
            foreach (var e in ordered)
            {
                if (!stage.Kinds.Contains(e.Kind))
                {
                    continue;
                }

                var reason = ContentRuleFailed(stage, e) ?? LimitRuleFailed(stage, e, admitted, countedDays);
                if (reason is { } r)
                {
                    skipped.Add(new SkippedActivity(s, e, r));
                }
                else
                {
                    hits.Add(new StageHit(s, e));
                }
            }
        }

        return new FunnelCount(
            [.. hits.OrderBy(h => h.Stage)],
            [.. skipped.OrderBy(h => h.Stage)]);
    }

    private static SkipReason? ContentRuleFailed(FunnelStage stage, ActivityEvent e)
    {
        if (stage.RequiresDecisionMaker && e.DecisionMakerId is null)
        {
            return SkipReason.NoDecisionMaker;
        }

        if (stage.RequiresQuestionnaire && !e.QuestionnaireFilled)
        {
            return SkipReason.NoQuestionnaire;
        }

        if (stage.RequiresInterest && !e.InterestShown)
        {
            return SkipReason.NoInterest;
        }

        if (stage.AgreedStepWithinDays is { } horizon
            && (e.AgreedStepDate is not { } step || step < e.Date || step.DayNumber - e.Date.DayNumber > horizon))
        {
            return SkipReason.NoAgreedStep;
        }

        if (stage.RequiresExistingClient && !e.ExistingClient)
        {
            return SkipReason.NotExistingClient;
        }

        return null;
    }

    private static SkipReason? LimitRuleFailed(
        FunnelStage stage,
        ActivityEvent e,
        Dictionary<(string Manager, string Client), HashSet<string>> admitted,
        HashSet<(string Manager, string Client, string DecisionMaker, DateOnly Date)> countedDays)
    {
        if (e.DecisionMakerId is not { } dm)
        {
            return null;
        }

        if (stage.MaxDecisionMakersPerClient is { } max)
        {
            var key = (e.ManagerId, e.ClientId);
            if (!admitted.TryGetValue(key, out var set))
            {
                admitted[key] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            if (!set.Contains(dm))
            {
                if (set.Count >= max)
                {
                    return SkipReason.DecisionMakerLimit;
                }

                set.Add(dm);
            }
        }

        if (stage.OncePerDecisionMakerPerDay && !countedDays.Add((e.ManagerId, e.ClientId, dm, e.Date)))
        {
            return SkipReason.RepeatSameDay;
        }

        return null;
    }
}
