using SalesDomain.Calendar;
using SalesDomain.Forecast;
using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Forecast;

/// <summary>Hand-computed weighted forecasts (DOMAIN.md §5 and §2, seed 000; docs/forecast.md).</summary>
public class SalesForecastTests
{
    internal static readonly DateOnly AsOf = new(2026, 11, 15);

    internal static Deal Open(string id, string manager, decimal amount, string expected, int percent, string client = "c")
    {
        var policy = DealPolicy.Default;
        policy.TryParseStage(percent.ToString(System.Globalization.CultureInfo.InvariantCulture), out var stage);
        return new Deal(id, client, manager, amount, DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), policy.CriteriaThrough(stage!));
    }

    [Fact]
    public void Build_HandComputedExample()
    {
        var deals = new[]
        {
            Open("a", "m1", 1000m, "2026-11-20", 30),                                   // Nov 300
            Open("b", "m1", 2000m, "2026-12-05", 70),                                   // Dec 1400
            Open("c", "m2", 500m, "2026-10-01", 90),                                    // overdue → Nov 450
            Open("d", "m2", 400m, "2026-11-01", 50).AsWon(new DateOnly(2026, 11, 3)),   // closed Nov 400
            Open("e", "m2", 800m, "2026-12-01", 50).AsWon(new DateOnly(2026, 10, 30)),  // history: out
            Open("f", "m1", 900m, "2026-12-01", 70).AsLost("Price"),                     // lost: out
        };

        var result = SalesForecast.Build(deals, AsOf);

        Assert.Equal(300m + 1400m + 450m + 400m, result.WeightedTotal);
        Assert.Equal(1000m + 2000m + 500m + 400m, result.Total.Totals.Amount);
        Assert.Equal(1700m, result.ForManager("m1").Totals.Weighted);
        Assert.Equal(850m, result.ForManager("m2").Totals.Weighted);
        Assert.Equal(
            [(new SalesMonth(2026, 11), 1150m), (new SalesMonth(2026, 12), 1400m)],
            result.Total.ByMonth.Select(p => (p.Key, p.Value.Weighted)));
        var categories = result.Total.ByCategory.ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(new ForecastTotals(1, 1000m, 300m), categories[ForecastCategory.Pipeline]);
        Assert.Equal(new ForecastTotals(1, 2000m, 1400m), categories[ForecastCategory.BestCase]);
        Assert.Equal(new ForecastTotals(1, 500m, 450m), categories[ForecastCategory.Commit]);
        Assert.Equal(new ForecastTotals(1, 400m, 400m), categories[ForecastCategory.Closed]);
    }

    [Fact]
    public void Build_NonTargetClients_GoToTheAssistantList()
    {
        var deals = new[]
        {
            Open("a", "m1", 1000m, "2026-11-20", 50, client: "periodic"),
            Open("b", "m1", 2000m, "2026-11-20", 50, client: "oneoff"),
            Open("c", "m1", 4000m, "2026-11-20", 50, client: "unknown"),
        };
        var options = ForecastOptions.Default with
        {
            ClientCategories = new Dictionary<string, PerspectiveCategory>
            {
                ["periodic"] = PerspectiveCategory.Periodic,
                ["oneoff"] = PerspectiveCategory.OneOff,
            },
        };

        var result = SalesForecast.Build(deals, AsOf, options);
        Assert.Equal(500m + 2000m, result.WeightedTotal);
        Assert.Equal(["b"], result.AssistantList.Select(l => l.Deal.Id));

        var strict = SalesForecast.Build(deals, AsOf, options with { UnclassifiedClientsAreTargets = false });
        Assert.Equal(500m, strict.WeightedTotal);
        Assert.Equal(["b", "c"], strict.AssistantList.Select(l => l.Deal.Id));
    }

    [Theory]
    [InlineData(PerspectiveCategory.Reanimated, false)]
    [InlineData(PerspectiveCategory.New, false)]
    [InlineData(PerspectiveCategory.OneOff, false)]
    [InlineData(PerspectiveCategory.Periodic, true)]
    [InlineData(PerspectiveCategory.Prospective, true)]
    [InlineData(PerspectiveCategory.Permanent, true)]
    [InlineData(PerspectiveCategory.Partner, true)]
    [InlineData(PerspectiveCategory.Vip, true)]
    public void IsTarget_FiveOfEightCategories(PerspectiveCategory category, bool target)
        => Assert.Equal(target, ForecastTargets.IsTarget(category));

    [Fact]
    public void IsTarget_FollowsTheLadderOption()
    {
        // A department that also forecasts New clients and drops Partners: one option, honoured everywhere.
        var ladder = PerspectiveLadderOptions.Default with
        {
            ForecastTargets = PerspectiveLadderOptions.SeedForecastTargets.Add(PerspectiveCategory.New).Remove(PerspectiveCategory.Partner),
        };
        Assert.True(ForecastTargets.IsTarget(PerspectiveCategory.New, ladder));
        Assert.False(ForecastTargets.IsTarget(PerspectiveCategory.Partner, ladder));
        Assert.All(Enum.GetValues<PerspectiveCategory>(), c => Assert.Equal(PerspectiveLadder.IsForecastTarget(c, ladder), ForecastTargets.IsTarget(c, ladder)));

        var deals = new[] { Open("n", "m1", 1000m, "2026-11-20", 50, client: "new"), Open("p", "m1", 1000m, "2026-11-20", 30, client: "partner") };
        var options = ForecastOptions.Default with
        {
            Ladder = ladder,
            ClientCategories = new Dictionary<string, PerspectiveCategory> { ["new"] = PerspectiveCategory.New, ["partner"] = PerspectiveCategory.Partner },
        };
        var result = SalesForecast.Build(deals, AsOf, options);
        Assert.Equal(500m, result.WeightedTotal);
        Assert.Equal(["p"], result.AssistantList.Select(l => l.Deal.Id));
    }

    [Fact]
    public void Build_AComplexOrderOfANonTargetClient_StaysWithTheManager()
    {
        // Two deals of a one-off client: the routine one goes to the assistant, the complex one (StaysWithManager)
        // stays in m1's forecast at 70 % of 2,000 = 1,400.
        var deals = new[]
        {
            Open("routine", "m1", 1000m, "2026-11-20", 30, client: "once"),
            Open("complex", "m1", 2000m, "2026-11-25", 70, client: "once") with { StaysWithManager = true },
        };
        var options = ForecastOptions.Default with { ClientCategories = new Dictionary<string, PerspectiveCategory> { ["once"] = PerspectiveCategory.OneOff } };

        var result = SalesForecast.Build(deals, AsOf, options);

        Assert.Equal(1400m, result.ForManager("m1").Totals.Weighted);
        Assert.Equal(["routine"], result.AssistantList.Select(l => l.Deal.Id));
        Assert.True(options.IsManagersDeal(deals[1]));
        Assert.False(options.IsManagersDeal(deals[0]));
    }

    [Fact]
    public void Build_GroupsByTeam_AndHonoursTheHorizon()
    {
        var deals = new[]
        {
            Open("a", "m1", 1000m, "2026-11-20", 30),
            Open("b", "m2", 1000m, "2026-11-20", 50),
            Open("c", "m3", 1000m, "2027-01-20", 90),
        };
        var options = ForecastOptions.Default with
        {
            ManagerTeams = new Dictionary<string, string> { ["m1"] = "north", ["m2"] = "north" },
            Through = new SalesMonth(2026, 12),
        };

        var result = SalesForecast.Build(deals, AsOf, options);

        Assert.Equal([("north", 800m)], result.ByTeam.Select(t => (t.Key, t.Totals.Weighted)));
        Assert.DoesNotContain(result.Lines, l => l.Deal.Id == "c");
    }

    [Fact]
    public void Build_RejectsRepeatedIdsAndUnlistedLossReasons()
    {
        var a = Open("a", "m1", 1m, "2026-11-20", 30);
        Assert.Throws<ArgumentException>(() => SalesForecast.Build([a, a], AsOf));
        Assert.Throws<ArgumentException>(() => SalesForecast.Build([a.AsLost("weather")], AsOf));
    }
}
