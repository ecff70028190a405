using SalesDomain.Forecast;
using static SalesDomain.Tests.Forecast.SalesForecastTests;

namespace SalesDomain.Tests.Forecast;

/// <summary>"Fairy-tale" deals of DOMAIN.md §5 (seed 000): stuck, vague next step, overdue (docs/forecast.md).</summary>
public class FairyTaleDetectorTests
{
    /// <summary>Real next steps from CRM exports that plan nothing verifiable: they must be flagged.</summary>
    [Theory]
    [InlineData("Клиент думает")]
    [InlineData("Думаем")]
    [InlineData("Позвоню на следующей неделе")]
    [InlineData("Звоним на неделе")]
    [InlineData("созвон")]
    [InlineData("Созвониться на следующей неделе")]
    [InlineData("звонить")]
    [InlineData("Думают.")]
    [InlineData("Пусть подумают, потом перезвоним")]
    [InlineData("Перезвонить")]
    [InlineData("Наберу в понедельник")]
    [InlineData("Свяжемся после праздников")]
    [InlineData("Напомнить о себе")]
    [InlineData("Ждём ответа от закупок")]
    [InlineData("Ждем решения директора")]
    [InlineData("Подождать до конца квартала")]
    [InlineData("нет денег")]
    [InlineData("Денег нет, бюджет урезали")]
    [InlineData("Нет бюджета на этот год")]
    [InlineData("Нет информации")]
    [InlineData("ситуация не меняется")]
    [InlineData("Ситуация не меняется уже месяц")]
    [InlineData("Без изменений")]
    [InlineData("Обещали ответить позже")]
    [InlineData("Клиент решает")]
    [InlineData("Обзвон по базе")]
    [InlineData("call")]
    [InlineData("Call back")]
    [InlineData("Calling them next week")]
    [InlineData("thinking")]
    [InlineData("Client is still thinking it over")]
    [InlineData("Follow-up")]
    [InlineData("Following up with procurement")]
    [InlineData("Waiting for feedback")]
    [InlineData("No money!")]
    [InlineData("no information")]
    [InlineData("No budget this year")]
    [InlineData("situation unchanged")]
    [InlineData("Touch base later")]
    [InlineData("They will get back to us")]
    [InlineData("On hold")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("—")]
    public void IsVague_VagueSteps(string text) => Assert.True(FairyTaleDetector.IsVague(text), text);

    /// <summary>Next steps with a verifiable action, a date or both, including words that only resemble a stem.</summary>
    [Theory]
    [InlineData("Отправить КП до 15.03")]
    [InlineData("Встреча с директором 12 марта в 10:00")]
    [InlineData("Созвон 12.03 в 10:00 с финдиректором по договору")]
    [InlineData("Перезвонить 14.03 после совещания у директора")]
    [InlineData("Думают до 20.03, встреча назначена на 21.03")]
    [InlineData("Отправить КП")]
    [InlineData("Подписать договор с генеральным директором")]
    [InlineData("Выставить счёт на предоплату")]
    [InlineData("Согласовать спецификацию с главным инженером")]
    [InlineData("Провести техническое обследование объекта")]
    [InlineData("Согласовать ожидаемую дату поставки")]
    [InlineData("ЖД доставка: согласовать график с логистом")]
    [InlineData("Звонарёв подписывает договор")]
    [InlineData("Дозаказ по спецификации №7")]
    [InlineData("Call back on 2026-11-20 to confirm the order date")]
    [InlineData("Send the revised proposal")]
    [InlineData("Technical survey with the chief engineer")]
    [InlineData("Recall the invoice")]
    [InlineData("Calculate the order for the new warehouse")]
    [InlineData("Check inventory with the warehouse")]
    [InlineData("Issue the invoice")]
    [InlineData("Agree the delivery schedule with procurement")]
    [InlineData("Meeting with the CFO on 2026-12-03 at 14:00")]
    public void IsVague_ConcreteSteps(string text) => Assert.False(FairyTaleDetector.IsVague(text), text);

    [Theory]
    [InlineData("звон*", "Звоним", true)]
    [InlineData("звон*", "Перезвоним", false)]
    [InlineData("звон", "Звоним", false)]
    [InlineData("звон", "Звон колоколов", true)]
    [InlineData("follow* up", "Followed up", true)]
    [InlineData("follow* up", "Follow upstream", false)]
    [InlineData("ждём", "ЖДЕМ!", true)]
    public void IsVague_StemsMatchWordStarts_OtherWordsWholeWords(string phrase, string text, bool vague)
        => Assert.Equal(vague, FairyTaleDetector.IsVague(text, new FairyTaleOptions { VaguePhrases = [phrase] }));

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
