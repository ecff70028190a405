using System.Collections.Immutable;
using SalesDomain.Calendar;
using SalesDomain.Forecast;

namespace SalesDomain.Tests.Forecast;

/// <summary>
/// The forecast area's exact edges (DOMAIN.md §5 and §3, seeds 000 and 004; docs/forecast.md): equality field by
/// field, every guard with its parameter and message, a caller's policy used where one is given, the orders of lists,
/// the names an unqualified deal and a stage are read by, and the vague-phrase matcher's corner cases.
/// </summary>
public class ForecastEdgeTests
{
    private static readonly DateOnly AsOf = new(2025, 3, 10);

    private static Deal DealOf(string id, string manager = "m", decimal amount = 100m, DateOnly? close = null, DealCriteria criteria = DealCriteria.CalculationSent)
        => new(id, "client-" + id, manager, amount, close ?? new DateOnly(2025, 4, 15), criteria);

    private static DealStage Stage(string name, DealCriteria criterion, decimal probability) =>
        new(name, criterion, probability, ForecastCategory.Pipeline, 5);

    /// <summary>A two-stage ladder (40 % / 80 %, stuck after 5 days) with two loss reasons of its own.</summary>
    private static DealPolicy Custom => new()
    {
        Stages = [Stage("First", DealCriteria.CalculationSent, 0.4m), Stage("Second", DealCriteria.OfferAccepted, 0.8m)],
        LossReasons = ["Too far", "Price"],
    };

    [Fact]
    public void Stages_AreEqualOnlyWhenEveryFieldIs()
    {
        var stage = new DealStage("S", DealCriteria.CalculationSent, 0.3m, ForecastCategory.Pipeline, 30) { Aliases = ["s1"] };

        Assert.False(stage.Equals(null));
        Assert.Equal(stage, stage with { });
        Assert.NotEqual(stage, stage with { Name = "T" });
        Assert.NotEqual(stage, stage with { Criterion = DealCriteria.OfferAccepted });
        Assert.NotEqual(stage, stage with { Probability = 0.31m });
        Assert.NotEqual(stage, stage with { Category = ForecastCategory.Commit });
        Assert.NotEqual(stage, stage with { StuckLimitDays = 31 });
        Assert.NotEqual(stage, stage with { Aliases = ["s2"] });
    }

    [Fact]
    public void PoliciesAndOptions_AreEqualOnlyWhenEveryFieldIs()
    {
        Assert.False(DealPolicy.Default.Equals(null));
        Assert.NotEqual(DealPolicy.Default, DealPolicy.Default with { Stages = Custom.Stages });
        Assert.NotEqual(DealPolicy.Default, DealPolicy.Default with { UnqualifiedNames = ["Zero"] });
        Assert.NotEqual(DealPolicy.Default, DealPolicy.Default with { LossReasons = ["Price"] });

        Assert.False(FairyTaleOptions.Default.Equals(null));
        Assert.NotEqual(FairyTaleOptions.Default, FairyTaleOptions.Default with { VaguePhrases = ["later"] });
        Assert.NotEqual(FairyTaleOptions.Default, FairyTaleOptions.Default with { UnqualifiedStuckLimitDays = 31 });

        Assert.False(ForecastOptions.Default.Equals(null));
        Assert.NotEqual(ForecastOptions.Default, ForecastOptions.Default with { Policy = Custom });
    }

    [Fact]
    public void Results_AreEqualOnlyWhenEveryFieldIs()
    {
        var line = new ForecastAccuracyLine("m", 10m, 5m);
        var report = new ForecastAccuracyReport(line, [line]);
        Assert.False(report.Equals(null));
        Assert.NotEqual(report, report with { Total = line with { Actual = 6m } });
        Assert.NotEqual(report, report with { ByManager = [] });

        var result = SalesForecast.Build([DealOf("d1")], AsOf);
        Assert.False(result.Equals(null));
        var group = result.Total;
        Assert.Equal(string.Empty, group.Key); // the whole forecast has no team or manager name
        Assert.False(group.Equals(null));
        Assert.NotEqual(group, group with { Key = "other" });
        Assert.NotEqual(group, group with { Totals = group.Totals with { Deals = 2 } });
    }

    [Fact]
    public void PolicyGuards_NameTheSettingAndSayWhy()
    {
        var empty = Assert.Throws<ArgumentException>(() => DealPolicy.Default with { Stages = [] });
        Assert.Equal(("Stages", "Stages must hold at least one stage. (Parameter 'Stages')"), (empty.ParamName, empty.Message));

        var sameCriterion = Assert.Throws<ArgumentException>(() => DealPolicy.Default with
        {
            Stages = [Stage("One", DealCriteria.CalculationSent, 0.3m), Stage("Two", DealCriteria.CalculationSent, 0.5m)],
        });
        Assert.Contains("must have distinct names and criteria, stage 'Two' repeats 'One'", sameCriterion.Message, StringComparison.Ordinal);

        var sameName = Assert.Throws<ArgumentException>(() => DealPolicy.Default with
        {
            Stages = [Stage("Offer sent", DealCriteria.CalculationSent, 0.3m), Stage("offer-SENT", DealCriteria.OfferAccepted, 0.5m)],
        });
        Assert.Equal("Stages", sameName.ParamName);

        var flat = Assert.Throws<ArgumentException>(() => DealPolicy.Default with
        {
            Stages = [Stage("One", DealCriteria.CalculationSent, 0.5m), Stage("Two", DealCriteria.OfferAccepted, 0.5m)],
        });
        Assert.Contains("strictly rising probabilities, 'Two' has", flat.Message, StringComparison.Ordinal);

        var noReasons = Assert.Throws<ArgumentException>(() => DealPolicy.Default with { LossReasons = [] });
        Assert.Equal(("LossReasons", "LossReasons must hold at least one reason. (Parameter 'LossReasons')"), (noReasons.ParamName, noReasons.Message));

        var foreign = Assert.Throws<ArgumentException>(() => DealPolicy.Default.CriteriaThrough(Custom.Stages[0]));
        Assert.Equal("stage", foreign.ParamName);
        Assert.StartsWith("Stage 'First' is not part of this policy.", foreign.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DealAndStageGuards_NameTheFieldAndSayWhy()
    {
        var undefined = Assert.Throws<ArgumentOutOfRangeException>(() => DealOf("d") with { Criteria = (DealCriteria)64 });
        Assert.Equal("Criteria", undefined.ParamName);
        Assert.Contains("must combine only defined criteria", undefined.Message, StringComparison.Ordinal);
        Assert.Equal(DealCriteria.All, (DealOf("d") with { Criteria = DealCriteria.All }).Criteria);

        var two = Assert.Throws<ArgumentOutOfRangeException>(() => Stage("S", DealCriteria.CalculationSent | DealCriteria.OfferAccepted, 0.3m));
        Assert.Contains("must be exactly one criterion", two.Message, StringComparison.Ordinal);

        var stage = Stage("S", DealCriteria.CalculationSent, 0.3m);
        Assert.Empty((stage with { Aliases = default }).Aliases);
        Assert.Equal(["a", "b"], (stage with { Aliases = ["a", "b"] }).Aliases.ToArray());
        var blank = Assert.Throws<ArgumentException>(() => stage with { Aliases = ["a", " "] });
        Assert.Equal("Aliases", blank.ParamName);

        Assert.Throws<ArgumentNullException>(() => FairyTaleOptions.Default with { VaguePhrases = default });
    }

    [Fact]
    public void ForecastGuards_NameTheArgument()
    {
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => ForecastAccuracy.Measure(null!, AsOf, [], new SalesMonth(2025, 3), new SalesMonth(2025, 3))).ParamName);
        Assert.Equal("outcomes", Assert.Throws<ArgumentNullException>(() => ForecastAccuracy.Measure([], AsOf, null!, new SalesMonth(2025, 3), new SalesMonth(2025, 3))).ParamName);
        var nullDeal = Assert.Throws<ArgumentNullException>(() => ForecastAccuracy.Measure([null!], AsOf, [], new SalesMonth(2025, 3), new SalesMonth(2025, 3)));
        Assert.Equal("snapshot", nullDeal.ParamName);
        Assert.StartsWith("snapshot must not hold null deals.", nullDeal.Message, StringComparison.Ordinal);
        var nullOutcome = Assert.Throws<ArgumentNullException>(() => ForecastAccuracy.Measure([], AsOf, [null!], new SalesMonth(2025, 3), new SalesMonth(2025, 3)));
        Assert.Equal("outcomes", nullOutcome.ParamName);
        Assert.StartsWith("outcomes must not hold null deals.", nullOutcome.Message, StringComparison.Ordinal);
        var backwards = Assert.Throws<ArgumentOutOfRangeException>(() => ForecastAccuracy.Measure([], AsOf, [], new SalesMonth(2025, 3), new SalesMonth(2025, 2)));
        Assert.Equal("to", backwards.ParamName);
        Assert.Contains("must not be before from (2025-03)", backwards.Message, StringComparison.Ordinal);

        Assert.Equal("deals", Assert.Throws<ArgumentNullException>(() => SalesForecast.Build([DealOf("d"), null!], AsOf)).ParamName);
        Assert.Equal("lines", Assert.Throws<ArgumentNullException>(() => ForecastTotals.Of([null!])).ParamName);
    }

    [Fact]
    public void ACallersPolicy_IsTheOneUsed()
    {
        var lostEarly = DealOf("l1", criteria: DealCriteria.CalculationSent).AsLost("Too far");
        var won = DealOf("w1", criteria: DealCriteria.CalculationSent | DealCriteria.OfferAccepted).AsWon(AsOf);

        var rows = CalibrationTable.Build([lostEarly, won], Custom);
        Assert.Equal(["First", "Second"], rows.Select(r => r.Stage.Name));
        Assert.Equal([(2, 1), (1, 1)], rows.Select(r => (r.Reached, r.Won)));

        var summary = LossReasonSummary.Build([lostEarly], Custom);
        Assert.Equal(("First", "Too far"), (summary.ByStage[0].Group, summary.ByStage[0].Reason));
        Assert.Throws<ArgumentException>(() => LossReasonSummary.Build([DealOf("x").AsLost("Weather")], Custom));

        // Six days in the first stage: stuck under the custom ladder (5 days), not under the default (30).
        var stale = DealOf("s1", close: AsOf.AddDays(20)) with { StageSince = AsOf.AddDays(-6) };
        Assert.Equal(FairyTaleReason.Stuck, Assert.Single(FairyTaleDetector.Detect([stale], AsOf, Custom)).Reasons);
        Assert.Empty(FairyTaleDetector.Detect([stale], AsOf));

        var options = ForecastOptions.Default with { Policy = Custom };
        var accuracy = ForecastAccuracy.Measure([DealOf("o1", close: AsOf)], AsOf, [], new SalesMonth(2025, 3), new SalesMonth(2025, 3), options);
        Assert.Equal(40m, accuracy.Total.Forecast);
    }

    [Fact]
    public void Accuracy_SumsEveryDealOfAManager_AndRatesActualAgainstForecast()
    {
        var snapshot = new[] { DealOf("a", close: AsOf, amount: 100m), DealOf("b", close: AsOf, amount: 300m), DealOf("c", "n", 50m, AsOf) };
        var outcomes = new[] { DealOf("a", close: AsOf, amount: 100m).AsWon(AsOf) };

        var report = ForecastAccuracy.Measure(snapshot, AsOf, outcomes, new SalesMonth(2025, 3), new SalesMonth(2025, 3));

        Assert.Equal(["m", "n"], report.ByManager.Select(l => l.ManagerId));
        Assert.Equal((120m, 100m), (report.ByManager[0].Forecast, report.ByManager[0].Actual));
        Assert.Equal(100m / 120m, report.ByManager[0].ActualToForecast);
        Assert.Null(new ForecastAccuracyLine("z", 0m, 5m).ActualToForecast);
        Assert.Equal((string.Empty, 135m, 100m), (report.Total.ManagerId, report.Total.Forecast, report.Total.Actual));
    }

    [Fact]
    public void Lists_ComeInTheirDocumentedOrder()
    {
        var deals = new[]
        {
            DealOf("2", "b", close: new DateOnly(2025, 5, 1)), DealOf("1", "b", close: new DateOnly(2025, 5, 1)),
            DealOf("9", "a", close: new DateOnly(2025, 6, 1)), DealOf("3", "c", close: new DateOnly(2025, 4, 1)),
            DealOf("4", "a", close: new DateOnly(2025, 5, 20)),
        };
        var options = ForecastOptions.Default with { ManagerTeams = new Dictionary<string, string> { ["a"] = "North" } };

        var forecast = SalesForecast.Build(deals, AsOf, options);
        Assert.Equal(["3", "4", "1", "2", "9"], forecast.Lines.Select(l => l.Deal.Id));
        Assert.Equal(["a", "b", "c"], forecast.ByManager.Select(g => g.Key));
        Assert.Equal([string.Empty, "North"], forecast.ByTeam.Select(g => g.Key));
        Assert.Equal(string.Empty, options.TeamOf("b"));
        var nobody = forecast.ForManager("nobody");
        Assert.Equal(("nobody", 0), (nobody.Key, nobody.Totals.Deals));

        // Overdue and vague, from two managers: by manager, then deal id.
        var flagged = FairyTaleDetector.Detect(
            [DealOf("2", "b", close: AsOf.AddDays(-1)), DealOf("1", "b", close: AsOf.AddDays(-1)), DealOf("7", "a", close: AsOf.AddDays(-1))], AsOf);
        Assert.Equal(["a/7", "b/1", "b/2"], flagged.Select(f => $"{f.Deal.ManagerId}/{f.Deal.Id}"));

        // Reasons with equal counts and amounts follow the policy's list: Price before Competitor.
        var summary = LossReasonSummary.Build([DealOf("x").AsLost("Competitor"), DealOf("y").AsLost("Price")]);
        Assert.Equal(["Price", "Competitor"], summary.ByReason.Select(l => l.Reason));
        Assert.All(summary.ByReason, l => Assert.Equal(string.Empty, l.Group));
    }

    [Fact]
    public void ADealDueOnTheAsOfDate_IsNotOverdue()
    {
        Assert.Empty(FairyTaleDetector.Detect([DealOf("d", close: AsOf)], AsOf));
        Assert.Equal(FairyTaleReason.OverdueDate, Assert.Single(FairyTaleDetector.Detect([DealOf("d", close: AsOf.AddDays(-1))], AsOf)).Reasons);
    }

    [Theory]
    [InlineData("Unqualified")]
    [InlineData("none")]
    [InlineData("No criterion met")]
    [InlineData("Не квалифицирована")]
    [InlineData("нет критериев")]
    [InlineData("Без критериев")]
    [InlineData("0")]
    [InlineData("0%")]
    public void AnUnqualifiedDeal_IsReadByEachOfItsNames(string text)
    {
        Assert.True(DealPolicy.Default.TryParseCriteria(text, out var criteria));
        Assert.Equal(DealCriteria.None, criteria);
    }

    [Theory]
    [InlineData("Выставлен счёт", DealCriteria.All)]
    [InlineData("Выставлен счет", DealCriteria.All)]
    [InlineData("Счёт выставлен", DealCriteria.All)]
    [InlineData("70%", DealCriteria.CalculationSent | DealCriteria.OfferAccepted | DealCriteria.AgreedWithDecisionMaker)]
    [InlineData("OfferAccepted", DealCriteria.CalculationSent | DealCriteria.OfferAccepted)]
    public void AStage_IsReadByName_Alias_CriterionOrPercent(string text, DealCriteria expected)
    {
        Assert.True(DealPolicy.Default.TryParseCriteria(text, out var criteria));
        Assert.Equal(expected, criteria);
    }

    [Fact]
    public void AStageOfACustomLadder_IsReadByItsOwnName_OrItsCriterion()
    {
        Assert.True(Custom.TryParseStage("first", out var byName));
        Assert.Equal("First", byName.Name);
        Assert.True(Custom.TryParseStage("Offer accepted", out var byCriterion));
        Assert.Equal("Second", byCriterion.Name);
    }

    [Fact]
    public void AnUnknownStageText_IsNotRead()
    {
        Assert.False(DealPolicy.Default.TryParseCriteria("Signed in blood", out var criteria));
        Assert.Equal(DealCriteria.None, criteria);
    }

    [Fact]
    public void ALossReason_IsReadByItsRussianName()
    {
        Assert.True(DealPolicy.Default.TryResolveLossReason("  цена ", out var reason));
        Assert.Equal("Price", reason);
        Assert.True(DealPolicy.Default.TryResolveLossReason("price", out reason));
        Assert.Equal("Price", reason);
    }

    [Fact]
    public void VaguePhrases_OfStarsAlone_MatchNothing_AndStarsInANextStepAreNotWords()
    {
        var starsOnly = FairyTaleOptions.Default with { VaguePhrases = ["*", "**"] };
        Assert.False(FairyTaleDetector.IsVague("send the contract", starsOnly));

        var exact = FairyTaleOptions.Default with { VaguePhrases = ["wait"] };
        Assert.True(FairyTaleDetector.IsVague("wait*", exact));
        Assert.True(FairyTaleDetector.IsVague("*wait*", exact));
    }
}
