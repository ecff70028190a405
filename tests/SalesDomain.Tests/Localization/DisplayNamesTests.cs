using System.Globalization;
using System.Resources;
using SalesDomain.Forecast;
using SalesDomain.Localization;
using SalesDomain.Model;
using SalesDomain.Motivation;
using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Localization;

/// <summary>Display names in English and Russian (docs/localization.md).</summary>
public class DisplayNamesTests
{
    private static readonly CultureInfo Ru = CultureInfo.GetCultureInfo("ru-RU");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");

    public static TheoryData<Type> NamedEnums =>
    [
        typeof(AbcClass), typeof(XyzClass), typeof(AbcdeClass), typeof(AbcMeasure), typeof(PerspectiveCategory), typeof(BaseStatus),
        typeof(ContactKind), typeof(ManagerRole), typeof(DealStatus), typeof(DealCriteria), typeof(ForecastCategory),
        typeof(FairyTaleReason), typeof(PayoutLineKind),
    ];

    [Theory]
    [MemberData(nameof(NamedEnums))]
    public void EveryMember_HasAnEnglishAndARussianName(Type type)
    {
        var resources = new ResourceManager("SalesDomain.Localization.DisplayNames", typeof(DisplayNames).Assembly);
        var russian = resources.GetResourceSet(Ru.Parent, createIfNotExists: true, tryParents: false)!;
        var neutral = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        foreach (var name in Enum.GetNames(type).Where(n => n != "All"))
        {
            var key = $"{type.Name}.{name}";
            Assert.False(string.IsNullOrWhiteSpace(neutral.GetString(key)), $"no English name for {key}");
            Assert.False(string.IsNullOrWhiteSpace(russian.GetString(key)), $"no Russian name for {key}");
        }
    }

    [Fact]
    public void Names_FollowTheCulture()
    {
        Assert.Equal("Ушедший", DisplayNames.Of(PerspectiveCategory.Lapsed, Ru));
        Assert.Equal("Lapsed", DisplayNames.Of(PerspectiveCategory.Lapsed, En));
        Assert.Equal("One-off", DisplayNames.Of(PerspectiveCategory.OneOff, CultureInfo.InvariantCulture));
        Assert.Equal("Выставлен счёт", DisplayNames.Of(DealCriteria.InvoiceIssued, Ru));
        Assert.Equal("Возврат бонуса", DisplayNames.Of(PayoutLineKind.Clawback, Ru));
        Assert.Equal("PerspectiveCategory.OneOff", DisplayNames.KeyOf(PerspectiveCategory.OneOff));
    }

    [Fact]
    public void FlagCombinations_JoinTheirMembers()
        => Assert.Equal("Расчёт отправлен, Согласовано с ЛПР", DisplayNames.Of(DealCriteria.CalculationSent | DealCriteria.AgreedWithDecisionMaker, Ru));

    [Fact]
    public void LossReasons_OfTheSeed_AreTranslated_OwnReasonsStayAsTheyAre()
    {
        Assert.Equal("Нет бюджета", DisplayNames.OfLossReason("No budget", Ru));
        Assert.Equal("Конкурент", DisplayNames.OfLossReason("competitor", Ru));
        Assert.Equal("Дорогая доставка", DisplayNames.OfLossReason("Дорогая доставка", Ru));
    }

    [Fact]
    public void UndefinedValue_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DisplayNames.Of((PerspectiveCategory)99, Ru));
        Assert.Equal("value", e.ParamName);
    }
}
