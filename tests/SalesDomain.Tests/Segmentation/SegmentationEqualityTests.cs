using SalesDomain.Calendar;
using SalesDomain.Model;
using SalesDomain.Segmentation;
using static SalesDomain.Tests.ContentEqualityProperties;

namespace SalesDomain.Tests.Segmentation;

/// <summary>Campaign segments, class-migration steps and the segmentation options compare by content, as values should.</summary>
public class SegmentationEqualityTests
{
    private static IEnumerable<Sale> Monthly(string client, SalesMonth from, SalesMonth to, decimal amount)
        => SalesMonth.Range(from, to).Select(m => new Sale(client, new DateOnly(m.Year, m.Month, 10), amount));

    private static ClientBase Base() => ClientBase.FromSales(
    [
        .. Monthly("a", new(2024, 1), new(2025, 12), 100m),
        .. Monthly("b", new(2024, 1), new(2024, 6), 1000m),
        .. Monthly("c", new(2025, 1), new(2025, 6), 100m),
    ]);

    [Fact]
    public void MigrationStepsOfTheSameBase_AreEqual_AndStepsOfOtherMonthsAreNot()
    {
        var steps = ClassMigration.Build(Base(), new(2025, 1), new(2025, 6));
        var again = ClassMigration.Build(Base(), new(2025, 1), new(2025, 6));

        Assert.All(steps.Zip(again), p => Assert.True(AreEqualValues(p.First, p.Second)));
        var step = steps[^1];
        Assert.NotEqual(step, new ClassMigrationStep(
            step.From, step.To, step.AbcMatrix.SetItem(0, step.AbcMatrix[0] + 1), step.XyzMatrix, step.Entered, step.Left, step.Changes,
            step.AbcBefore, step.AbcAfter));
        Assert.NotEqual(step, new ClassMigrationStep(
            step.From, step.To, step.AbcMatrix, step.XyzMatrix, step.Entered, step.Left, [], step.AbcBefore, step.AbcAfter));
    }

    [Fact]
    public void SegmentsOfTheSameClients_AreEqual_AndASegmentWithAClientLessIsNot()
    {
        Client[] clients = [new("a") { Region = "North" }, new("b") { Region = "North" }, new("c") { Region = "South" }];
        var segments = CampaignSegments.GroupBy(clients, c => c.Region);
        var again = CampaignSegments.GroupBy([.. clients.Select(c => c with { })], c => c.Region);

        Assert.All(segments.Zip(again), p => Assert.True(AreEqualValues(p.First, p.Second)));
        Assert.NotEqual(segments[0], segments[0] with { Clients = segments[0].Clients.RemoveAt(1) });
        Assert.NotEqual(segments[0], segments[0] with { Clients = segments[0].Clients.SetItem(0, clients[0] with { Name = "renamed" }) });
    }

    [Fact]
    public void LadderOptions_CompareTheirTargetsAsSets()
    {
        var options = new PerspectiveLadderOptions { ForecastTargets = [PerspectiveCategory.New, PerspectiveCategory.Partner] };

        Assert.True(AreEqualValues(options, new PerspectiveLadderOptions { ForecastTargets = [PerspectiveCategory.Partner, PerspectiveCategory.New] }));
        Assert.NotEqual(options, options with { ForecastTargets = [PerspectiveCategory.New] });
    }

    [Fact]
    public void SegmentsOfTheSameClients_UnderAnotherKey_AreNotEqual_AndNoSegmentEqualsNull()
    {
        var segment = new CampaignSegment<string>("North", [new Client("a"), new Client("b")]);

        Assert.False(segment.Equals(segment with { Key = "South" }));
        Assert.True(segment.Equals(segment with { }));
        Assert.False(segment.Equals(null));
    }
}
