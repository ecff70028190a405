using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Segmentation;

/// <summary>Campaign segments (DOMAIN.md §2, seed 002).</summary>
public class CampaignSegmentsTests
{
    private static readonly Client[] Clients =
    [
        new("a") { Region = "North", Industry = "Retail" },
        new("b") { Region = "North", Industry = "Retail" },
        new("c") { Region = "South", Industry = "Retail" },
        new("d") { Region = "North", Industry = "Food" },
        new("e") { Region = "North", Industry = "Retail" },
    ];

    [Fact]
    public void GroupBy_RegionByIndustry_LargestFirst()
    {
        var segments = CampaignSegments.GroupBy(Clients, c => (c.Region, c.Industry));

        Assert.Equal(("North", "Retail"), segments[0].Key);
        Assert.Equal(["a", "b", "e"], segments[0].Clients.Select(c => c.Id));
        Assert.Equal([3, 1, 1], segments.Select(s => s.Count));
        Assert.Equal(("South", "Retail"), segments[1].Key); // ties keep first appearance
    }

    [Fact]
    public void SegmentsToCover_CountsLargestSegmentsFirst()
    {
        var segments = CampaignSegments.GroupBy(Clients, c => (c.Region, c.Industry));

        Assert.Equal(1, CampaignSegments.SegmentsToCover(segments, 0.6));
        Assert.Equal(2, CampaignSegments.SegmentsToCover(segments, 0.61));
        Assert.Equal(3, CampaignSegments.SegmentsToCover(segments, 1.0));
        Assert.Equal(0, CampaignSegments.SegmentsToCover(segments, 0.0));
    }

    [Fact]
    public void TopN_ByValue_TiesById()
    {
        var value = new Dictionary<string, decimal> { ["a"] = 5m, ["b"] = 9m, ["c"] = 5m, ["d"] = 1m, ["e"] = 5m };

        var top = CampaignSegments.TopN(Clients, 3, c => value[c.Id]);

        Assert.Equal(["b", "a", "c"], top.Select(c => c.Id));
        Assert.Empty(CampaignSegments.TopN(Clients, 0, c => value[c.Id]));
        Assert.Equal(5, CampaignSegments.TopN(Clients, 50, c => value[c.Id]).Count);
    }

    [Property(MaxTest = 200)]
    public bool TopN_EqualsTheFullSortPrefix(int[] values, byte n)
    {
        var clients = values.Select((_, i) => new Client($"c{i}")).ToArray();
        var top = CampaignSegments.TopN(clients, n, c => values[int.Parse(c.Id[1..], System.Globalization.CultureInfo.InvariantCulture)]);
        var expected = clients
            .OrderByDescending(c => values[int.Parse(c.Id[1..], System.Globalization.CultureInfo.InvariantCulture)])
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(n);
        return top.SequenceEqual(expected);
    }

    [Fact]
    public void GroupBy_NullArguments_ThrowNamingThem()
    {
        Assert.Equal("clients", Assert.Throws<ArgumentNullException>(() => CampaignSegments.GroupBy<string>(null!, c => c.Id)).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => CampaignSegments.GroupBy<string>(Clients, null!)).ParamName);
    }

    [Fact]
    public void SegmentsToCover_InvalidArguments_ThrowNamingThem()
    {
        var segments = CampaignSegments.GroupBy(Clients, c => c.Region);

        Assert.Equal(
            "segments",
            Assert.Throws<ArgumentNullException>(() => CampaignSegments.SegmentsToCover<string>(null!, 0.5)).ParamName);
        Assert.Equal("share", Assert.Throws<ArgumentOutOfRangeException>(() => CampaignSegments.SegmentsToCover(segments, 1.5)).ParamName);
        Assert.Equal("share", Assert.Throws<ArgumentOutOfRangeException>(() => CampaignSegments.SegmentsToCover(segments, -0.1)).ParamName);
    }

    [Fact]
    public void TopN_InvalidArguments_ThrowNamingThem()
    {
        Assert.Equal("clients", Assert.Throws<ArgumentNullException>(() => CampaignSegments.TopN(null!, 1, _ => 1m)).ParamName);
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => CampaignSegments.TopN(Clients, -1, _ => 1m)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => CampaignSegments.TopN(Clients, 1, null!)).ParamName);
    }

    [Fact]
    public void TopN_OfZero_RanksNoClient()
    {
        var ranked = 0;

        var top = CampaignSegments.TopN(Clients, 0, _ => ++ranked);

        Assert.Empty(top);
        Assert.Equal(0, ranked);
    }
}
