using SalesDomain.Calendar;
using SalesDomain.Funnels;
using SalesDomain.Model;
using static SalesDomain.Tests.ContentEqualityProperties;
using static SalesDomain.Tests.Funnels.FunnelCounterTests;

namespace SalesDomain.Tests.Funnels;

/// <summary>Funnel definitions and reports compare by content, as values should.</summary>
public class FunnelEqualityTests
{
    private static ActivityEvent Meeting(string manager, string client, int day)
        => new(manager, client, Monday.AddDays(day), ContactKind.Meeting);

    private static FunnelReport Report(FunnelDefinition funnel) => FunnelAnalyzer.Analyze(
        [Call("m1", "a", "d", 0), Call("m1", "a", "d", 0), Call("m1", "b", "d", 1), Meeting("m1", "a", 3), Meeting("m2", "x", 8)],
        funnel, SalesWeek.Of(Monday), 2, managers: ["m3"]);

    [Fact]
    public void ReportsOfTheSameActivities_AreEqual_WithEqualHashes()
    {
        var report = Report(FunnelDefinition.Active);

        Assert.True(AreEqualValues(report, Report(FunnelDefinition.Active)));
        Assert.True(AreEqualValues(report.ByManager[0], Report(FunnelDefinition.Active).ByManager[0]));
        Assert.True(AreEqualValues(report.Total, Report(FunnelDefinition.Active).Total));
    }

    [Fact]
    public void ReportsThatDifferInAnyList_AreNotEqual()
    {
        var report = Report(FunnelDefinition.Active);
        var total = report.Total;

        Assert.NotEqual(report, report with { Total = total with { Counts = total.Counts.SetItem(1, total.Counts[1] + 1) } });
        Assert.NotEqual(report, report with { ByManager = report.ByManager.RemoveAt(2) });
        Assert.NotEqual(report, report with { ByChannel = [.. report.ByChannel, report.Total] });
        Assert.NotEqual(report, report with { Skipped = [] });
        Assert.NotEqual(report.Total.Weeks[0], report.Total.Weeks[0] with { Counts = [.. report.Total.Weeks[0].Counts, 0] });
    }

    [Fact]
    public void Definitions_CompareTheirStagesAndKinds_InOrder()
    {
        var active = FunnelDefinition.Active;
        var copy = active with { Stages = [.. active.Stages.Select(s => s with { Kinds = [.. s.Kinds] })] };

        Assert.True(AreEqualValues(active, copy));
        Assert.NotEqual(active, active with { Stages = [.. active.Stages.Reverse()] });
        Assert.NotEqual(active.Stages[0], active.Stages[0] with { Kinds = [.. active.Stages[0].Kinds, ContactKind.IncomingCall] });
        Assert.NotEqual(active, FunnelDefinition.Proactive);
    }
}
