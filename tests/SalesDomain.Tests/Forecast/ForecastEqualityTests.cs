using SalesDomain.Forecast;
using SalesDomain.Segmentation;
using static SalesDomain.Tests.ContentEqualityProperties;
using static SalesDomain.Tests.Forecast.SalesForecastTests;

namespace SalesDomain.Tests.Forecast;

/// <summary>Forecast results, loss-reason summaries, options and the deal policy compare by content, as values should.</summary>
public class ForecastEqualityTests
{
    private static Deal[] Deals() =>
    [
        Open("a", "m1", 1000m, "2026-11-20", 30),
        Open("b", "m1", 2000m, "2026-12-05", 70),
        Open("c", "m2", 500m, "2026-10-01", 90),
        Open("d", "m2", 400m, "2026-11-01", 50).AsWon(new DateOnly(2026, 11, 3)),
        Open("f", "m1", 900m, "2026-12-01", 70).AsLost("Price"),
    ];

    private static ForecastOptions Teams() => ForecastOptions.Default with
    {
        ManagerTeams = new Dictionary<string, string> { ["m1"] = "north", ["m2"] = "south" },
    };

    [Fact]
    public void ResultsOfTheSameDeals_AreEqual_WithEqualHashes()
    {
        var result = SalesForecast.Build(Deals(), AsOf, Teams());
        var again = SalesForecast.Build(Deals(), AsOf, Teams());

        Assert.True(AreEqualValues(result, again));
        Assert.True(AreEqualValues(result.Total, again.Total));
        Assert.True(AreEqualValues(LossReasonSummary.Build(Deals()), LossReasonSummary.Build(Deals())));
    }

    [Fact]
    public void ResultsThatDifferInAnyList_AreNotEqual()
    {
        var result = SalesForecast.Build(Deals(), AsOf, Teams());

        Assert.NotEqual(result, SalesForecast.Build(Deals()[1..], AsOf, Teams()));
        Assert.NotEqual(result, result with { ByTeam = result.ByTeam.RemoveAt(0) });
        Assert.NotEqual(result, result with { Total = result.Total with { ByMonth = result.Total.ByMonth.RemoveAt(0) } });
        var summary = LossReasonSummary.Build(Deals());
        Assert.NotEqual(summary, summary with { ByReason = summary.ByReason.Add(summary.ByReason[0]) });
    }

    [Fact]
    public void Options_CompareTheirMapsByKeyAndValue_InAnyOrder()
    {
        var options = Teams() with
        {
            ClientCategories = new Dictionary<string, PerspectiveCategory> { ["c"] = PerspectiveCategory.New, ["d"] = PerspectiveCategory.Partner },
        };
        var same = Teams() with
        {
            ClientCategories = new Dictionary<string, PerspectiveCategory> { ["d"] = PerspectiveCategory.Partner, ["c"] = PerspectiveCategory.New },
        };

        Assert.True(AreEqualValues(options, same));
        Assert.NotEqual(options, options with { ManagerTeams = new Dictionary<string, string> { ["m1"] = "north" } });
        Assert.NotEqual(options, options with
        {
            ClientCategories = new Dictionary<string, PerspectiveCategory> { ["c"] = PerspectiveCategory.New, ["d"] = PerspectiveCategory.OneOff },
        });
    }

    [Fact]
    public void Policies_CompareTheirStagesAndNames_InOrder()
    {
        var policy = DealPolicy.Default;
        var copy = policy with { Stages = [.. policy.Stages.Select(s => s with { Aliases = [.. s.Aliases] })], LossReasons = [.. policy.LossReasons] };

        Assert.True(AreEqualValues(policy, copy));
        Assert.NotEqual(policy, policy with { LossReasons = [.. policy.LossReasons.Reverse()] });
        Assert.NotEqual(policy.Stages[0], policy.Stages[0] with { Aliases = [.. policy.Stages[0].Aliases, "another alias"] });
        Assert.True(AreEqualValues(new FairyTaleOptions(), new FairyTaleOptions() with { VaguePhrases = [.. new FairyTaleOptions().VaguePhrases] }));
    }
}
