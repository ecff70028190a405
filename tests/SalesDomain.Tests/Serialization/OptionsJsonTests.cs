using System.Collections.Immutable;
using System.Text.Json;
using SalesDomain.Calendar;
using SalesDomain.Contacts;
using SalesDomain.Forecast;
using SalesDomain.Funnels;
using SalesDomain.Model;
using SalesDomain.Reactivation;
using SalesDomain.Segmentation;
using SalesDomain.Serialization;

namespace SalesDomain.Tests.Serialization;

/// <summary>
/// Every settings type round-trips through <see cref="SalesDomainJsonContext"/> (defaults and changed values), and an
/// invalid settings file is a <see cref="JsonException"/> naming the problem.
/// </summary>
public class OptionsJsonTests
{
    private static readonly SalesDomainJsonContext Json = SalesDomainJsonContext.Default;

    /// <summary>Defaults and changed settings of every kind.</summary>
    public static TheoryData<object> Settings() =>
    [
        AbcOptions.Default,
        new AbcOptions { AThreshold = 0.7m, BThreshold = 0.9m },
        XyzOptions.Default,
        new XyzOptions { XThreshold = 0.2m, YThreshold = 0.5m, Period = SalesPeriod.Quarter, Window = XyzWindow.FromFirstPurchase },
        AbcdeOptions.Default,
        new AbcdeOptions { HighQuantile = 0.4, TopQuantile = 0.9, PotentialMonths = 6, MinChannelClients = 2 },
        SegmentationOptions.Default,
        new SegmentationOptions { Measure = AbcMeasure.Profit, Window = AnalysisWindowRule.Between(new(2024, 1), new(2024, 12)) },
        new SegmentationOptions { Window = AnalysisWindowRule.WholeHistory },
        new SegmentationOptions { Window = AnalysisWindowRule.LastCompleteMonths(6) },
        PerspectiveLadderOptions.Default,
        new PerspectiveLadderOptions { NewWithinDays = 30, LapseDays = 90, ForecastTargets = [PerspectiveCategory.New] },
        ReactivationOptions.Default,
        new ReactivationOptions { Model = new BgNbdModel(0.5, 2, 1, 4), HorizonDays = 90, Rule = new ReactivationRuleOptions { K = 1.5 } },
        ReactivationRuleOptions.Default,
        BgNbdFitOptions.Default,
        new BgNbdFitOptions { Method = BgNbdFitMethod.NelderMead, MaxEvaluations = 500 },
        LostClientOptions.Default,
        new LostClientOptions { RankBy = LostClientRanking.Revenue, Top = 5, Status = new BaseStatusRule { ActivityWindowDays = 180 } },
        BaseStatusRule.Default,
        ForecastOptions.Default,
        new ForecastOptions
        {
            ClientCategories = new Dictionary<string, PerspectiveCategory> { ["k1"] = PerspectiveCategory.New },
            ManagerTeams = new Dictionary<string, string> { ["anna"] = "north" },
            Through = new SalesMonth(2026, 3),
            UnclassifiedClientsAreTargets = false,
        },
        DealPolicy.Default,
        DealPolicy.Default with { LossReasons = ["Price", "Other"] },
        FairyTaleOptions.Default,
        new FairyTaleOptions { UnqualifiedStuckLimitDays = 10 },
        ContactNorms.Default,
        ContactNorms.Default with
        {
            PerCell = ImmutableDictionary<(AbcClass Abc, XyzClass Xyz), int>.Empty.Add((AbcClass.A, XyzClass.X), 6).Add((AbcClass.C, XyzClass.Z), 0),
            CountedKinds = [ContactKind.Call],
            CountContactDays = false,
        },
        RedistributionOptions.Default,
        new RedistributionOptions { LeavingManagerIds = ["m1", "m2"] },
        FunnelDefinition.Active,
        FunnelDefinition.Proactive,
    ];

    [Theory]
    [MemberData(nameof(Settings))]
    public void Settings_RoundTrip_ByTheContextAndByReflection(object settings)
    {
        var check = typeof(JsonRoundTrip).GetMethod(nameof(JsonRoundTrip.Check))!.MakeGenericMethod(settings.GetType());

        check.Invoke(null, [settings, null]);
    }

    [Fact]
    public void Norms_HaveClassesAndCellsAsObjects_AndKindsAsStrings()
    {
        var norms = ContactNorms.Default with { PerCell = ImmutableDictionary<(AbcClass Abc, XyzClass Xyz), int>.Empty.Add((AbcClass.B, XyzClass.Y), 3) };

        var text = JsonSerializer.Serialize(norms, Json.ContactNorms);

        Assert.Contains("\"perClass\":{", text, StringComparison.Ordinal);
        Assert.Contains("\"perCell\":{\"BY\":3}", text, StringComparison.Ordinal);
        Assert.Contains("\"Call\"", text, StringComparison.Ordinal);
        Assert.Contains("\"hoursPerContact\":0.5", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AWindowRule_IsItsKindAndMonths()
    {
        Assert.Equal("""{"kind":"Between","from":"2024-01","to":"2024-06"}""",
            JsonSerializer.Serialize(AnalysisWindowRule.Between(new(2024, 1), new(2024, 6)), Json.AnalysisWindowRule));
        Assert.Equal("""{"kind":"LastCompleteMonths","months":12}""", JsonSerializer.Serialize(AnalysisWindowRule.Default, Json.AnalysisWindowRule));
    }

    [Theory]
    [InlineData("""{"aThreshold":1.5}""", "AThreshold")]
    [InlineData("""{"aThreshold":0.9,"bThreshold":0.8}""", "AThreshold")]
    public void AnInvalidAbcThreshold_IsAJsonError_NamingIt(string text, string named)
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(text, Json.AbcOptions));

        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"window":{"kind":"Between","from":"2024-06","to":"2024-01"}}""", "2024-06")]
    [InlineData("""{"window":{"kind":"LastCompleteMonths","months":0}}""", "months")]
    [InlineData("""{"xyz":{"xThreshold":0.5,"yThreshold":0.2}}""", "XThreshold")]
    [InlineData("""{"xyz":{"period":"Fortnight"}}""", "period")]
    [InlineData("""{"abc":null}""", "Abc")]
    public void AnInvalidSegmentationFile_IsAJsonError_SayingWhy(string text, string named)
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(text, Json.SegmentationOptions));

        Assert.Contains(named, e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("""{"perCell":{"AQ":2}}""", "AQ")]
    [InlineData("""{"perCell":{"AX":-1}}""", "PerCell")]
    [InlineData("""{"perClass":{"A":-4}}""", "PerClass[A]")]
    [InlineData("""{"perClass":{"D":4}}""", "D")]
    [InlineData("""{"hoursPerContact":-1}""", "HoursPerContact")]
    public void InvalidNorms_AreAJsonError_SayingWhy(string text, string named)
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(text, Json.ContactNorms));

        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APartialFile_KeepsTheDefaultsItLeavesOut()
    {
        var norms = JsonSerializer.Deserialize("""{"perClass":{"A":6},"countContactDays":false}""", Json.ContactNorms)!;
        var segmentation = JsonSerializer.Deserialize("""{"abc":{"aThreshold":0.7},"window":{"kind":"WholeHistory"}}""", Json.SegmentationOptions)!;

        Assert.Equal(ContactNorms.Default with { PerClass = ContactNorms.Default.PerClass.SetItem(AbcClass.A, 6), CountContactDays = false }, norms);
        Assert.Equal(SegmentationOptions.Default with { Abc = new AbcOptions { AThreshold = 0.7m }, Window = AnalysisWindowRule.WholeHistory }, segmentation);
        Assert.Equal(ReactivationOptions.Default, JsonSerializer.Deserialize("{}", Json.ReactivationOptions));
    }

    [Fact]
    public void APolicyWithoutLossReasons_IsAJsonError()
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"lossReasons":[]}""", Json.DealPolicy));

        Assert.Contains("LossReasons", e.Message, StringComparison.Ordinal);
    }
}
