using System.Globalization;
using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>The date grammar (docs/import.md, "Dates"): the documented automatic formats, and ISO read whatever formats are given.</summary>
public class DateGrammarTests
{
    [Theory]
    [InlineData("5.3.24")]
    [InlineData("5.3.24 9:30")]
    [InlineData("05.03.24 9:30:15")]
    [InlineData("5.3.2024 9:30")]
    [InlineData("2024-03-05 9:30")]
    [InlineData("2024-03-05T09:30:15")]
    public void AutoFormats_ReadEveryDocumentedForm_AsTheGrammarDoes(string text)
    {
        Assert.True(DateTime.TryParseExact(text, [.. DateGrammar.AutoFormats], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed));
        Assert.Equal(new DateOnly(2024, 3, 5), DateOnly.FromDateTime(parsed));
        Assert.True(DateGrammar.TryParse(text, null, out var date));
        Assert.Equal(new DateOnly(2024, 3, 5), date);
    }

    [Theory]
    [InlineData("2024-03-05")]
    [InlineData("2024-03-05 9:30")]
    [InlineData("2024-03-05T09:30:15")]
    [InlineData("05/03/2024")]
    public void TryParse_GivenFormats_StillReadIso(string text)
    {
        Assert.True(DateGrammar.TryParse(text, ["dd/MM/yyyy"], out var date));
        Assert.Equal(new DateOnly(2024, 3, 5), date);
    }

    [Fact]
    public void TryParse_GivenFormats_DoNotReadTheRussianForm()
        => Assert.False(DateGrammar.TryParse("05.03.2024", ["dd/MM/yyyy"], out _));
}
