using SalesDomain.Forecast;
using static SalesDomain.Tests.Forecast.SalesForecastTests;

namespace SalesDomain.Tests.Forecast;

/// <summary>"Fairy-tale" deals of DOMAIN.md §5 (seed 000): stuck, vague next step, overdue (docs/forecast.md).</summary>
public class FairyTaleDetectorTests
{
    [Theory]
    [InlineData("созвон")]
    [InlineData("Созвониться на следующей неделе")]
    [InlineData("звонить")]
    [InlineData("Думают.")]
    [InlineData("нет денег")]
    [InlineData("Нет информации")]
    [InlineData("ситуация не меняется")]
    [InlineData("call")]
    [InlineData("Call back")]
    [InlineData("thinking")]
    [InlineData("No money!")]
    [InlineData("no information")]
    [InlineData("situation unchanged")]
    [InlineData("")]
    [InlineData("   ")]
    public void IsVague_SeedPhrasesAndEmpty(string text) => Assert.True(FairyTaleDetector.IsVague(text));

    [Theory]
    [InlineData("Созвон 12.03 в 10:00 с финдиректором по договору")]
    [InlineData("Call back on 2026-11-20 to confirm the order date")]
    [InlineData("Send the revised proposal")]
    [InlineData("Technical survey with the chief engineer")]
    [InlineData("Recall the invoice")]
    public void IsVague_ConcreteSteps(string text) => Assert.False(FairyTaleDetector.IsVague(text));

    [Fact]
    public void Detect_HandComputedExample()
    {
        var deals = new[]
        {
            // 70 % stage: limit 14 days; 15 days in stage → stuck. Concrete step, future date.
            Open("stuck", "m1", 1m, "2026-12-01", 70) with { StageSince = AsOf.AddDays(-15), NextStep = "Sign on 2026-11-20" },
            // exactly at the limit → not stuck.
            Open("limit", "m1", 1m, "2026-12-01", 70) with { StageSince = AsOf.AddDays(-14), NextStep = "Sign on 2026-11-20" },
            Open("vague", "m1", 1m, "2026-12-01", 30) with { NextStep = "думают" },
            Open("overdue", "m2", 1m, "2026-11-14", 90),
            Open("all", "m2", 1m, "2026-11-01", 30) with { StageSince = AsOf.AddDays(-31), NextStep = "no money" },
            Open("unqualified", "m2", 1m, "2026-12-01", 30) with { Criteria = DealCriteria.None, StageSince = AsOf.AddDays(-31) },
            Open("won", "m2", 1m, "2026-11-01", 30).AsWon(AsOf) with { NextStep = "call" },
            Open("unknownStep", "m2", 1m, "2026-12-01", 30),
        };

        var flagged = FairyTaleDetector.Detect(deals, AsOf).ToDictionary(f => f.Deal.Id, f => f.Reasons);

        Assert.Equal(
            new Dictionary<string, FairyTaleReason>
            {
                ["stuck"] = FairyTaleReason.Stuck,
                ["vague"] = FairyTaleReason.VagueNextStep,
                ["overdue"] = FairyTaleReason.OverdueDate,
                ["all"] = FairyTaleReason.Stuck | FairyTaleReason.VagueNextStep | FairyTaleReason.OverdueDate,
                ["unqualified"] = FairyTaleReason.Stuck,
            },
            flagged);
    }

    [Fact]
    public void Detect_UsesConfiguredPhrases()
    {
        var deal = Open("a", "m1", 1m, "2026-12-01", 30) with { NextStep = "ping them" };
        Assert.Empty(FairyTaleDetector.Detect([deal], AsOf));
        var options = FairyTaleOptions.Default with { VaguePhrases = ["ping"] };
        Assert.Single(FairyTaleDetector.Detect([deal], AsOf, options: options));
    }
}
