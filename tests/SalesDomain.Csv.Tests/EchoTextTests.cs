using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>
/// Input text as messages show it: line breaks, tabs, backslashes, control characters and every bidirectional or
/// line-separating format character escaped (and the characters just outside those ranges shown as they are), text
/// of up to 80 characters shown whole and longer text cut there with its length stated.
/// </summary>
public class EchoTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\nb", "a\\nb")]
    [InlineData("a\rb", "a\\rb")]
    [InlineData("a\tb", "a\\tb")]
    [InlineData("a\\b", "a\\\\b")]
    [InlineData("\r\n", "\\r\\n")]
    [InlineData("\u0000", "\\u0000")]
    [InlineData("\u001B[31m", "\\u001B[31m")]
    [InlineData("\u007F", "\\u007F")]
    [InlineData("\u0085", "\\u0085")]
    [InlineData("Ёлка ₽ «да»", "Ёлка ₽ «да»")]
    public void Escape_ControlCharacters_AreWrittenAsEscapes(string text, string shown)
        => Assert.Equal(shown, EchoText.Escape(text));

    [Theory]
    [InlineData('\u200E')]
    [InlineData('\u200F')]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    [InlineData('\u202A')]
    [InlineData('\u202B')]
    [InlineData('\u202C')]
    [InlineData('\u202D')]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    [InlineData('\u2067')]
    [InlineData('\u2068')]
    [InlineData('\u2069')]
    public void Escape_ALineSeparatorOrBidirectionalFormat_IsEscaped(char c)
        => Assert.Equal($"x\\u{(int)c:X4}y", EchoText.Escape($"x{c}y"));

    [Theory]
    [InlineData('\u200D')]
    [InlineData('\u2010')]
    [InlineData('\u2027')]
    [InlineData('\u202F')]
    [InlineData('\u2030')]
    [InlineData('\u2065')]
    [InlineData('\u206A')]
    [InlineData('\u2070')]
    public void Escape_ACharacterJustOutsideTheHazards_IsShownAsItIs(char c)
        => Assert.Equal($"x{c}y", EchoText.Escape($"x{c}y"));

    [Fact]
    public void Escape_EightyCharacters_AreShownWhole()
    {
        var text = new string('a', 79) + "z";

        Assert.Equal(text, EchoText.Escape(text));
    }

    [Fact]
    public void Escape_EightyOneCharacters_AreCutAtEighty_WithTheLengthStated()
    {
        var text = new string('a', 80) + "z";

        Assert.Equal(new string('a', 80) + "… (81 characters)", EchoText.Escape(text));
    }

    [Fact]
    public void Escape_ALongLine_EscapesOnlyTheShownPart()
    {
        var text = new string('\n', 100);

        Assert.Equal(string.Concat(Enumerable.Repeat("\\n", 80)) + "… (100 characters)", EchoText.Escape(text));
    }

    [Fact]
    public void Quote_WrapsTheEscapedTextInSingleQuotes()
    {
        Assert.Equal("'a\\tb'", EchoText.Quote("a\tb"));
        Assert.Equal("''", EchoText.Quote(string.Empty));
    }
}
