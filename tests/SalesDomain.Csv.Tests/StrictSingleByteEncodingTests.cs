using System.Text;
using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>
/// The strict Windows single-byte encodings: which code pages become strict (874 and 1250–1258, nothing else), the
/// undefined bytes at both ends of the C1 range decoded as U+FFFD, and the argument checks of every decoding overload.
/// </summary>
public class StrictSingleByteEncodingTests
{
    private static Encoding Cp1251 => ImportEncodings.Windows1251;

    [Theory]
    [InlineData(874)]
    [InlineData(1250)]
    [InlineData(1254)]
    [InlineData(1258)]
    public void Of_AWindowsSingleByteCodePage_IsItsStrictForm(int codePage)
    {
        var encoding = StrictSingleByteEncoding.Of(CodePage(codePage));

        Assert.IsType<StrictSingleByteEncoding>(encoding);
        Assert.Equal(codePage, encoding.CodePage);
    }

    [Theory]
    [InlineData(1200)]
    [InlineData(437)]
    [InlineData(866)]
    [InlineData(20866)]
    [InlineData(28591)]
    [InlineData(65001)]
    public void Of_AnyOtherEncoding_IsThatEncoding(int codePage)
    {
        var given = CodePage(codePage);

        Assert.Same(given, StrictSingleByteEncoding.Of(given));
    }

    [Theory]
    [InlineData("windows-1258", 0x81)]
    [InlineData("windows-1257", 0x9F)]
    [InlineData("windows-874", 0x9F)]
    [InlineData("windows-874", 0x81)]
    public void Decoding_AnUndefinedByteAtEitherEndOfTheC1Range_IsAReplacementCharacter(string name, byte undefined)
        => Assert.Equal("a\uFFFDb", ImportEncodings.FromName(name).GetString([(byte)'a', undefined, (byte)'b']));

    [Fact]
    public void Decoding_Latin1_KeepsItsC1ControlCharacters()
        => Assert.Equal("\u0081\u009F", ImportEncodings.FromName("iso-8859-1").GetString([0x81, 0x9F]));

    [Fact]
    public void GetCharsSpan_AsManyCharsAsBytes_Fits()
    {
        var chars = new char[2];

        Assert.Equal(2, Cp1251.GetChars([0xA8, 0xE6], chars));
        Assert.Equal("Ёж", new string(chars));
    }

    [Fact]
    public void GetCharsArray_WritesAtTheCharIndex()
    {
        var chars = new[] { '.', '.', '.', '.' };

        Assert.Equal(2, Cp1251.GetChars([0x41, 0xA8, 0xE6], 1, 2, chars, 2));
        Assert.Equal("..Ёж", new string(chars));
    }

    [Fact]
    public void GetCharsArray_NullChars_Throws()
        => Assert.Equal("chars", Assert.Throws<ArgumentNullException>(() => Cp1251.GetChars(new byte[1], 0, 1, null!, 0)).ParamName);

    [Theory]
    [InlineData(-1, 1, 0, "byteIndex")]
    [InlineData(0, -1, 0, "byteCount")]
    [InlineData(0, 1, -1, "charIndex")]
    public void GetCharsArray_ANegativeIndexOrCount_Throws(int byteIndex, int byteCount, int charIndex, string parameter)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Cp1251.GetChars(new byte[2], byteIndex, byteCount, new char[2], charIndex));

        Assert.Equal(parameter, e.ParamName);
    }

    [Fact]
    public void GetCharCount_IsTheByteCount()
        => Assert.Equal(2, Cp1251.GetCharCount([1, 2, 3, 4], 2, 2));

    [Fact]
    public void GetCharCount_NullBytes_Throws()
        => Assert.Equal("bytes", Assert.Throws<ArgumentNullException>(() => Cp1251.GetCharCount(null!, 0, 0)).ParamName);

    [Theory]
    [InlineData(-1, 1, "index")]
    [InlineData(0, -1, "count")]
    [InlineData(2, 3, "count")]
    [InlineData(4, 1, "count")]
    public void GetCharCount_AWindowOutsideTheBytes_Throws(int index, int count, string parameter)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Cp1251.GetCharCount(new byte[4], index, count));

        Assert.Equal(parameter, e.ParamName);
    }

    [Fact]
    public void GetMaxCharCount_ANegativeByteCount_Throws()
    {
        Assert.Equal(0, Cp1251.GetMaxCharCount(0));
        Assert.Equal("byteCount", Assert.Throws<ArgumentOutOfRangeException>(() => Cp1251.GetMaxCharCount(-1)).ParamName);
    }

    private static Encoding CodePage(int codePage)
    {
        _ = ImportEncodings.Utf8; // the code pages are registered with the import encodings
        return Encoding.GetEncoding(codePage);
    }
}
