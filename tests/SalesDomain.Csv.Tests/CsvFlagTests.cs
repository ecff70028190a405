using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>The yes/no cell grammar: every listed word in English and Russian, any case; empty is no.</summary>
public class CsvFlagTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("YES", true)]
    [InlineData("y", true)]
    [InlineData("Да", true)]
    [InlineData("д", true)]
    [InlineData("", false)]
    [InlineData("false", false)]
    [InlineData("FALSE", false)]
    [InlineData("0", false)]
    [InlineData("no", false)]
    [InlineData("N", false)]
    [InlineData("нет", false)]
    [InlineData("Н", false)]
    public void TryParse_ListedWord_IsRead(string text, bool expected)
    {
        Assert.True(CsvFlag.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("2")]
    [InlineData("yess")]
    public void TryParse_OtherWord_IsRefused(string text)
        => Assert.False(CsvFlag.TryParse(text, out _));
}
