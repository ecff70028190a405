using SalesDomain.Calendar;
using SalesDomain.Funnels;
using SalesDomain.Model;
using static SalesDomain.Tests.Funnels.FunnelCounterTests;

namespace SalesDomain.Tests.Funnels;

/// <summary>Funnel counts, conversion, weekly norm compliance and weakest stages (DOMAIN.md §4, seeds 001 and 002; docs/funnels.md).</summary>
public class FunnelAnalyzerTests
{
    private static readonly FunnelDefinition TwoStages = new(
        "test",
        [
            new FunnelStage("call", 2, [ContactKind.Call]) { RequiresDecisionMaker = true, OncePerDecisionMakerPerDay = true },
            new FunnelStage("meeting", 1, [ContactKind.Meeting]),
        ]);

    private static ActivityEvent Meeting(string manager, string client, int day, string channel = "")
        => new(manager, client, Monday.AddDays(day), ContactKind.Meeting) { Channel = channel };

    [Fact]
    public void Analyze_HandComputedExample()
    {
        var events = new[]
        {
            Call("m1", "a", "d", 0) with { Channel = "cold" },
            Call("m1", "a", "d", 0) with { Channel = "cold" }, // repeat, not counted
            Call("m1", "b", "d", 1) with { Channel = "cold" },
            Meeting("m1", "a", 3, "cold"),                     // a converts
            Meeting("m1", "b", 0, "cold"),                     // b met before the call: does not convert
            Call("m1", "c", "d", 8) with { Channel = "referral" },
            Call("m1", "c", "e", 8) with { Channel = "referral" },
            Meeting("m1", "c", 9, "referral"),                 // c converts (week 2)
            Meeting("m2", "x", 2),
            Call("m2", "x", "d", 20),                          // outside the two weeks: ignored
        };

        var report = FunnelAnalyzer.Analyze(events, TwoStages, SalesWeek.Of(Monday), 2, managers: ["m3"]);

        Assert.Equal<int>([4, 4], report.Total.Counts);
        Assert.Equal(["m1", "m2", "m3"], report.ByManager.Select(m => m.ManagerId));
        var m1 = report.ByManager[0];
        Assert.Equal<int>([4, 3], m1.Funnel.Counts);
        Assert.Equal(2m / 3m, m1.Funnel.Conversions[0]); // a and c of a, b, c
        Assert.Equal([2, 2], m1.Weekly[0].Stages.Select(s => s.Counted));
        Assert.Equal([2, 1], m1.Weekly[1].Stages.Select(s => s.Counted));
        Assert.True(m1.Weekly[0].AllMet);
        Assert.Equal([1m, 1.5m], m1.Period.Select(s => s.Ratio!.Value)); // 4/4 calls, 3/2 meetings
        Assert.Equal("call", m1.WeakestStage);

        var m2 = report.ByManager[1];
        Assert.Equal<int>([0, 1], m2.Funnel.Counts);
        Assert.Null(m2.Funnel.Conversions[0]);
        Assert.Equal("call", m2.WeakestStage);
        Assert.Equal<int>([0, 0], report.ByManager[2].Funnel.Counts);

        Assert.Equal(["", "cold", "referral"], report.ByChannel.Select(c => c.Key));
        Assert.Equal<int>([2, 2], report.ByChannel[1].Counts);
        Assert.Equal(0.5m, report.ByChannel[1].Conversions[0]);
        Assert.Equal(1m, report.ByChannel[2].Conversions[0]);
        Assert.Equal(SkipReason.RepeatSameDay, Assert.Single(report.Skipped).Reason);
    }

    [Fact]
    public void Analyze_WeakestStage_IsTheLowestComplianceRatio()
    {
        var events = Enumerable.Range(0, 5).Select(i => Call("m", $"c{i}", "d", 0)).Append(Meeting("m", "c0", 1));
        var funnel = TwoStages with { Stages = [TwoStages.Stages[0] with { WeeklyNorm = 10 }, TwoStages.Stages[1] with { WeeklyNorm = 4 }] };

        var m = Assert.Single(FunnelAnalyzer.Analyze(events, funnel, SalesWeek.Of(Monday), 1).ByManager);

        Assert.Equal([0.5m, 0.25m], m.Period.Select(s => s.Ratio!.Value));
        Assert.Equal("meeting", m.WeakestStage);
    }

    [Fact]
    public void Analyze_StagesWithoutANorm_AreNeverWeakest()
    {
        var funnel = TwoStages with { Stages = [.. TwoStages.Stages.Select(s => s with { WeeklyNorm = 0 })] };
        var m = Assert.Single(FunnelAnalyzer.Analyze([Meeting("m", "c", 0)], funnel, SalesWeek.Of(Monday), 1).ByManager);
        Assert.Null(m.WeakestStage);
        Assert.All(m.Period, s => Assert.True(s.Met));
    }
}
