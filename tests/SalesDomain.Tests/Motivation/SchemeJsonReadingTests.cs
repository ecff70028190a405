using System.Text.Json;
using SalesDomain.Motivation;

namespace SalesDomain.Tests.Motivation;

/// <summary>
/// How the scheme file reader words its errors — the JSON path and the name of the scheme at fault, the list of known
/// types for a wrong <c>type</c> — and what it tolerates: comments, trailing commas and a bare scheme (docs/motivation.md).
/// </summary>
public class SchemeJsonReadingTests
{
    private const string KnownTypesHint =
        " Known types: commission, active-base-bonus, upfront-bonus, quartile-graded-bonus, team-reward or rotating-focus.";

    [Fact]
    public void NoText_IsAnArgumentError_NotAFileError()
        => Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => SchemeJson.Parse(null!)).ParamName);

    [Fact]
    public void CommentsAndTrailingCommas_AreAllowed()
    {
        const string json = """
            /* the department's schemes */
            {
              "schemes": [
                // paid on net purchases
                { "type": "commission", "name": "c", "rate": 0.1, },
              ],
            }
            """;
        var scheme = Assert.IsType<CommissionScheme>(Assert.Single(SchemeJson.Parse(json).Schemes));
        Assert.Equal(("c", 0.1m), (scheme.Name, scheme.Rate));
    }

    [Fact]
    public void ARangeErrorInTheList_NamesTheSchemeAndItsIndex()
    {
        var e = Assert.Throws<JsonException>(() => SchemeJson.Parse(
            """{"schemes":[{"type":"commission","name":"ok","rate":0.1},{"type":"commission","name":"bad","rate":5}]}"""));
        Assert.Equal("Invalid scheme file: scheme 'bad' ($.schemes[1]): Rate must be within [0, 1], was 5.", e.Message);
    }

    [Fact]
    public void ARangeErrorInABareScheme_NamesTheSchemeAtTheRoot()
    {
        var e = Assert.Throws<JsonException>(() => SchemeJson.Parse("""{"type":"commission","name":"bad","rate":5}"""));
        Assert.Equal("Invalid scheme file: scheme 'bad' ($): Rate must be within [0, 1], was 5.", e.Message);
    }

    [Fact]
    public void ASchemeWithoutAName_IsNamedByItsPathAlone()
    {
        var e = Assert.Throws<JsonException>(() => SchemeJson.Parse("""{"schemes":[{"type":"commission","name":null,"rate":0.1}]}"""));
        Assert.Equal("Invalid scheme file: scheme ($.schemes[0]): Name must not be null.", e.Message);
    }

    [Fact]
    public void AnUnknownType_ListsTheKnownTypes()
    {
        var e = Assert.Throws<JsonException>(() => SchemeJson.Parse("""{"schemes":[{"type":"bogus","name":"x"}]}"""));
        Assert.Contains("'bogus'", e.Message, StringComparison.Ordinal);
        Assert.EndsWith(KnownTypesHint, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherJsonErrors_AreReportedAsTheyAre_WithoutTheTypeHint()
    {
        var e = Assert.Throws<JsonException>(() => SchemeJson.Parse("""{"schemes":[{"type":"commission","name":"x","rate":0.1,"rat":1}]}"""));
        var cause = Assert.IsType<JsonException>(e.InnerException);
        Assert.Contains("'rat'", cause.Message, StringComparison.Ordinal);
        Assert.Equal($"Invalid scheme file: {cause.Message}", e.Message);
    }

    [Fact]
    public void ARepeatedSchemeList_IsRejectedAsADuplicate_BeforeItsSchemesAreChecked()
    {
        var e = Assert.Throws<JsonException>(() => SchemeJson.Parse(
            """{"schemes":[{"type":"commission","name":"bad","rate":5}],"schemes":[]}"""));
        Assert.Contains("Duplicate property 'schemes'", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Rate", e.Message, StringComparison.Ordinal);
    }
}
