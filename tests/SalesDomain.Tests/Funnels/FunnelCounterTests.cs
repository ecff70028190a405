using SalesDomain.Calendar;
using SalesDomain.Funnels;
using SalesDomain.Model;

namespace SalesDomain.Tests.Funnels;

/// <summary>The counting rules of the active and proactive funnels (DOMAIN.md §4, seed 001; docs/funnels.md).</summary>
public class FunnelCounterTests
{
    internal static readonly DateOnly Monday = new(2026, 11, 2);

    internal static ActivityEvent Call(string manager, string client, string? dm, int day = 0)
        => new(manager, client, Monday.AddDays(day), ContactKind.Call) { DecisionMakerId = dm };

    internal static int[] Counts(IEnumerable<ActivityEvent> events, FunnelDefinition funnel)
    {
        var result = new int[funnel.Stages.Length];
        foreach (var hit in FunnelCounter.Count(events, funnel).Hits)
        {
            result[hit.Stage]++;
        }

        return result;
    }

    [Fact]
    public void ProductiveCall_SecondCallToTheSameDecisionMakerTheSameDay_DoesNotCount()
    {
        var events = new[] { Call("m", "c", "ivanov"), Call("m", "c", "ivanov"), Call("m", "c", "ivanov", day: 1), Call("m", "c", "petrov") };

        var count = FunnelCounter.Count(events, FunnelDefinition.Active);

        Assert.Equal(3, count.Hits.Count(h => h.Stage == 0));
        Assert.Equal([SkipReason.RepeatSameDay], count.Skipped.Where(s => s.Stage == 0).Select(s => s.Reason));
    }

    [Fact]
    public void ProductiveCall_WithoutANamedDecisionMaker_DoesNotCount()
    {
        var count = FunnelCounter.Count([Call("m", "c", null)], FunnelDefinition.Active);
        Assert.Empty(count.Hits);
        Assert.Equal([SkipReason.NoDecisionMaker, SkipReason.NoDecisionMaker], count.Skipped.Select(s => s.Reason)); // call and progress stages
    }

    [Fact]
    public void ProductiveCall_SixthDecisionMakerOfAnOrganisation_NeverCounts()
    {
        // Day 0: dm1..dm5; day 1: dm6 (over the limit) and dm1 again (admitted earlier, counts).
        var events = Enumerable.Range(1, 5).Select(i => Call("m", "c", $"dm{i}"))
            .Append(Call("m", "c", "dm6", day: 1))
            .Append(Call("m", "c", "dm1", day: 1))
            .Append(Call("m", "other", "dm6", day: 1)) // another organisation has its own limit
            .Append(Call("m2", "c", "dm6", day: 1));  // another manager too

        var count = FunnelCounter.Count(events, FunnelDefinition.Active);

        Assert.Equal(8, count.Hits.Length);
        var skipped = Assert.Single(count.Skipped, s => s.Stage == 0);
        Assert.Equal(("dm6", "c", SkipReason.DecisionMakerLimit), (skipped.Event.DecisionMakerId, skipped.Event.ClientId, skipped.Reason));
    }

    [Fact]
    public void ProductiveCall_LimitAdmitsTheFirstDecisionMakersByDateThenId_WhateverTheInputOrder()
    {
        var events = new[] { Call("m", "c", "z", day: 0) }
            .Concat(new[] { "f", "e", "d", "c", "b", "a" }.Select(id => Call("m", "c", id, day: 1)))
            .ToArray();

        var counted = FunnelCounter.Count(events, FunnelDefinition.Active).Hits.Select(h => h.Event.DecisionMakerId);
        var reversed = FunnelCounter.Count(events.AsEnumerable().Reverse(), FunnelDefinition.Active).Hits.Select(h => h.Event.DecisionMakerId);

        Assert.Equal(["z", "a", "b", "c", "d"], counted);
        Assert.Equal(counted, reversed);
    }

    [Fact]
    public void Meetings_CountOnlyWithQuestionnaire_AndProductiveOnlyWithInterestAndAStepWithinAMonth()
    {
        var held = new ActivityEvent("m", "c", Monday, ContactKind.Meeting) { DecisionMakerId = "d", QuestionnaireFilled = true };
        var events = new[]
        {
            held with { QuestionnaireFilled = false },                                       // not held
            held,                                                                             // held
            held with { InterestShown = true },                                               // held; no step → not productive
            held with { InterestShown = true, AgreedStepDate = Monday.AddDays(30) },          // held, productive, progress
            held with { InterestShown = true, AgreedStepDate = Monday.AddDays(31) },          // held; step too late
            held with { AgreedStepDate = Monday.AddDays(-1) },                                // held; step in the past
            Call("m", "c", "d") with { AgreedStepDate = Monday.AddDays(7) },                  // productive call, progress
        };

        Assert.Equal([1, 5, 1, 2], Counts(events, FunnelDefinition.Active));
        var reasons = FunnelCounter.Count(events, FunnelDefinition.Active).Skipped
            .Where(s => s.Stage == 2).Select(s => s.Reason).ToArray();
        Assert.Equal([SkipReason.NoQuestionnaire, SkipReason.NoInterest, SkipReason.NoAgreedStep, SkipReason.NoAgreedStep, SkipReason.NoInterest], reasons);
    }

    [Fact]
    public void Proactive_WarmContactsNeedAnExistingClient()
    {
        var events = new[]
        {
            new ActivityEvent("f", "c", Monday, ContactKind.Call) { ExistingClient = true },
            new ActivityEvent("f", "c", Monday, ContactKind.Call),
            new ActivityEvent("f", "c", Monday, ContactKind.Visit) { ExistingClient = true, QuestionnaireFilled = true },
            new ActivityEvent("f", "c", Monday, ContactKind.IncomingCall),
            new ActivityEvent("f", "c", Monday, ContactKind.IncomingCall),
        };

        Assert.Equal([2, 1, 2, 1], Counts(events, FunnelDefinition.Proactive));
    }

    [Fact]
    public void Definition_LimitsNeedADecisionMakerRule()
    {
        var stage = new FunnelStage("calls", 1, [ContactKind.Call]) { OncePerDecisionMakerPerDay = true };
        Assert.Throws<ArgumentException>(() => new FunnelDefinition("f", [stage]));
    }

    [Fact]
    public void Definitions_AreTheSeedsFunnels()
    {
        Assert.Equal(["Productive call", "Meeting held", "Productive meeting", "Progress"], FunnelDefinition.Active.Stages.Select(s => s.Name));
        Assert.Equal(["Warm contact", "Visit", "Incoming call", "Questionnaire"], FunnelDefinition.Proactive.Stages.Select(s => s.Name));
        Assert.Equal(12, FunnelDefinition.Active.Stages[1].WeeklyNorm);
        Assert.Equal(8, FunnelDefinition.Proactive.Stages[1].WeeklyNorm);
        Assert.Equal(5, FunnelDefinition.Active.Stages[0].MaxDecisionMakersPerClient);
    }

    [Fact]
    public void ProductiveCall_SevenDecisionMakersOfAClient_CountsTheFirstFiveReached()
    {
        // A client with 7 decision makers in the CRM; the manager calls them on Mon..Sun in the order d7, d6, …, d1,
        // and calls d7 again on Sunday. The first five reached are d7, d6, d5, d4, d3 (by date), so d2 and d1 are
        // skipped; d7's second call counts (an admitted decision maker keeps counting).
        var client = new Client("c")
        {
            DecisionMakers = [.. Enumerable.Range(1, 7).Select(i => new DecisionMaker($"d{i}", $"Person {i}"))],
        };
        var events = client.DecisionMakers.Reverse().Select((dm, day) => Call("m", client.Id, dm.Id, day))
            .Append(Call("m", client.Id, "d7", day: 6)).ToArray();

        var count = FunnelCounter.Count(events, FunnelDefinition.Active);

        Assert.Equal(
            ["d7", "d6", "d5", "d4", "d3", "d7"],
            count.Hits.Where(h => h.Stage == 0).Select(h => h.Event.DecisionMakerId));
        Assert.Equal(
            [("d2", SkipReason.DecisionMakerLimit), ("d1", SkipReason.DecisionMakerLimit)],
            count.Skipped.Where(s => s.Stage == 0).Select(s => (s.Event.DecisionMakerId, s.Reason)));
    }

    [Fact]
    public void ProductiveCall_FiveCountedPerOrganisation_InTheAnalysedWeeksOnly()
    {
        // Week 1: d1..d5 called; week 2: d6 called. Analysed together, d6 is the 6th and is skipped; analysed alone,
        // week 2 counts d6.
        var events = Enumerable.Range(1, 5).Select(i => Call("m", "c", $"d{i}", day: i - 1)).Append(Call("m", "c", "d6", day: 7)).ToArray();

        Assert.Equal(5, FunnelAnalyzer.Analyze(events, FunnelDefinition.Active, SalesWeek.Of(Monday), 2).Total.Counts[0]);
        Assert.Equal(1, FunnelAnalyzer.Analyze(events, FunnelDefinition.Active, SalesWeek.Of(Monday).AddWeeks(1), 1).Total.Counts[0]);
    }
}
