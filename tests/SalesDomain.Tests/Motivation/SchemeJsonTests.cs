using SalesDomain.Calendar;
using System.Text.Json;
using SalesDomain.Motivation;
using SalesDomain.Serialization;

namespace SalesDomain.Tests.Motivation;

/// <summary>The scheme file format (docs/motivation.md) and its validation errors (DOMAIN.md §6).</summary>
public class SchemeJsonTests
{
    private static string Example(string name) => File.ReadAllText(TestData.RepoPathOf(Path.Combine("docs", "examples", name)));

    [Theory]
    [InlineData("""{ "type": "upfront-bonus", "name": "u", "ratePerDollar": 2, "ratePerDollar": 200 }""")]
    [InlineData("""{ "schemes": [ { "type": "commission", "name": "c", "rate": 0.05 } ], "schemes": [] }""")]
    public void Parse_RejectsAPropertyGivenTwice(string json)
    {
        var e = Assert.Throws<JsonException>(() => SchemeJson.Parse(json));
        Assert.StartsWith("Invalid scheme file", e.Message);
        Assert.Contains("duplicate", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void SeedExampleFile_IsTheSeedScheme_AndNothingElse()
    {
        var set = SchemeJson.Parse(Example("upfront-clawback.json"));
        var scheme = Assert.IsType<UpfrontBonusScheme>(Assert.Single(set.Schemes));
        Assert.Equal((2m, 4, 1m, ClawbackMode.Whole, (System.Collections.Immutable.ImmutableArray<string>?)null),
            (scheme.RatePerDollar, scheme.RenewalMonths, scheme.RenewalVolumeShare, scheme.Clawback, scheme.Agents));
    }

    [Theory]
    [InlineData("upfront-clawback.json")]
    [InlineData("quartile-graded.json")]
    [InlineData("commission-and-active-base.json")]
    [InlineData("department.json")]
    public void ExampleFiles_Parse_AndRoundTrip(string file)
    {
        var set = SchemeJson.Parse(Example(file));
        var json = SchemeJson.Serialize(set);
        Assert.Equal(json, SchemeJson.Serialize(SchemeJson.Parse(json)));
        Assert.Contains("\"type\":", json, StringComparison.Ordinal);
    }

    [Fact]
    public void DepartmentExample_HoldsEverySchemeType()
    {
        var types = SchemeJson.Parse(Example("department.json")).Schemes.Select(s => s.Rule).ToHashSet();
        Assert.Superset(types, new HashSet<string> { CommissionScheme.TypeName, UpfrontBonusScheme.TypeName, ActiveBaseBonusScheme.TypeName, TeamRewardScheme.TypeName, RotatingFocusScheme.TypeName });
    }

    [Fact]
    public void SingleSchemeObject_IsASetOfOne()
        => Assert.IsType<CommissionScheme>(Assert.Single(SchemeJson.Parse("""{"type":"commission","name":"c","rate":0.1}""").Schemes));

    [Fact]
    public void Defaults_ApplyToOmittedProperties()
    {
        var scheme = (QuartileGradedBonusScheme)SchemeJson.Parse("""{"schemes":[{"name":"q","type":"quartile-graded-bonus"}]}""").Schemes[0];
        Assert.Equal([4m, 3m, 2m, 1m], scheme.QuartileRates.ToArray());
        Assert.Equal((4, 3, 3), (scheme.RenewalMonths, scheme.GradingMonths, scheme.UngradedQuartile));
    }

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData("""{"schemes":[{"type":"bogus","name":"x"}]}""", "bogus")]
    [InlineData("""{"schemes":[{"name":"x","rate":0.1}]}""", "type")]
    [InlineData("""{"schemes":[{"type":"commission","name":"x","rate":0.1,"rat":1}]}""", "rat")]
    [InlineData("""{"schemes":[{"type":"commission","name":"x"}]}""", "rate")]
    [InlineData("""{"schemes":[{"type":"commission","name":"x","rate":5}]}""", "Rate must be within [0, 1], was 5")]
    [InlineData("""{"schemes":[{"type":"upfront-bonus","name":"x","renewalMonths":0}]}""", "RenewalMonths must be > 0, was 0")]
    [InlineData("""{"schemes":[{"type":"upfront-bonus","name":"x","clawback":"half"}]}""", "clawback")]
    [InlineData("""{"schemes":[{"type":"commission","name":"x","rate":0.1},{"type":"commission","name":"x","rate":0.2}]}""", "'x' appears more than once")]
    [InlineData("""{"schemes":[]}""", "at least one scheme")]
    [InlineData("""{"schemes":[{"type":"rotating-focus","name":"f","plan":[{"start":"2024-1","metric":"revenue","target":1,"amount":1}]}]}""", "yyyy-MM")]
    [InlineData("""{"schemes":[{"type":"rotating-focus","name":"f","plan":[{"start":"2024-01","months":4,"metric":"revenue","target":1,"amount":1}]}]}""", "Months must be within [1, 3], was 4")]
    [InlineData("""{"schemes":[{"type":"commission","name":"manual","rate":0.1}]}""", "reserved")]
    [InlineData("""not json""", "Invalid scheme file")]
    public void InvalidFiles_FailWithAClearMessage(string json, string expected)
    {
        var e = Assert.Throws<JsonException>(() => SchemeJson.Parse(json));
        Assert.StartsWith("Invalid scheme file", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>Conventions over every scheme type (DOMAIN.md §6): each is registered for JSON under its own rule name.</summary>
public class SchemeConventionTests
{
    [Fact]
    public void EveryConcreteScheme_IsADerivedJsonTypeNamedByItsRule()
    {
        var registered = typeof(MotivationScheme).GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonDerivedTypeAttribute), false)
            .Cast<System.Text.Json.Serialization.JsonDerivedTypeAttribute>()
            .ToDictionary(a => a.DerivedType, a => (string)a.TypeDiscriminator!);
        var concrete = typeof(MotivationScheme).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(MotivationScheme)) && !t.IsAbstract).ToList();
        Assert.Equal(6, concrete.Count);
        Assert.All(concrete, t =>
        {
            Assert.True(registered.TryGetValue(t, out var name), t.Name);
            Assert.Equal(name, (string)t.GetField("TypeName")!.GetValue(null)!);
            Assert.True(t.IsSealed, t.Name);
        });
    }

    [Fact]
    public void PayoutLines_RoundTripThroughTheContext()
    {
        var line = new PayoutLine("a1", new SalesMonth(2024, 3), PayoutLineKind.Clawback, -1000m, "upfront", "upfront-bonus", "renewal failed")
        {
            ClientId = "c1",
            EventMonth = new SalesMonth(2024, 1),
        };
        var json = JsonSerializer.Serialize(line, MotivationJsonContext.Default.PayoutLine);
        Assert.Contains("\"kind\": \"clawback\"", json, StringComparison.Ordinal);
        Assert.Contains("\"month\": \"2024-03\"", json, StringComparison.Ordinal);
        Assert.Equal(line, JsonSerializer.Deserialize(json, MotivationJsonContext.Default.PayoutLine));
    }
}
