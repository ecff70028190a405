using System.Text;
using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>
/// The importers' encodings (docs/import.md, "Encoding"): names resolved with the code pages registered, and decoders
/// that mark invalid bytes with U+FFFD (never '?' or an exception), so that the row holding them can be rejected.
/// </summary>
public class ImportEncodingsTests
{
    [Theory]
    [InlineData("utf-8")]
    [InlineData("UTF-8")]
    [InlineData("utf8")]
    [InlineData(" Utf8 ")]
    public void FromName_Utf8_IsTheUtf8WithoutByteOrderMark(string name)
        => Assert.Same(ImportEncodings.Utf8, ImportEncodings.FromName(name));

    [Theory]
    [InlineData("windows-1251")]
    [InlineData("Windows-1251")]
    [InlineData("cp1251")]
    [InlineData("CP1251")]
    [InlineData("1251")]
    [InlineData("win1251")]
    [InlineData(" WIN1251 ")]
    public void FromName_Windows1251_IsTheStrictWindows1251(string name)
        => Assert.Same(ImportEncodings.Windows1251, ImportEncodings.FromName(name));

    [Theory]
    [InlineData("utf-16", 1200, "utf-16")]
    [InlineData("UTF-16", 1200, "utf-16")]
    [InlineData("utf-16be", 1201, "utf-16BE")]
    [InlineData("1200", 1200, "utf-16")]
    [InlineData("866", 866, "cp866")]
    [InlineData(" koi8-r ", 20866, "koi8-r")]
    [InlineData("windows-1252", 1252, "Windows-1252")]
    [InlineData("shift_jis", 932, "shift_jis")]
    [InlineData("65001", 65001, "utf-8")]
    public void FromName_AnyNameOrCodePage_IsThatEncoding_Strict(string name, int codePage, string webName)
    {
        var encoding = ImportEncodings.FromName(name);

        Assert.Equal(codePage, encoding.CodePage);
        Assert.Equal(webName, encoding.WebName, ignoreCase: true);
        Assert.Equal("\uFFFD", Assert.IsType<DecoderReplacementFallback>(encoding.DecoderFallback).DefaultString);
    }

    [Fact]
    public void FromName_Utf16_DecodesAnUnpairedSurrogateAsAReplacementCharacter()
    {
        var utf16 = ImportEncodings.FromName("utf-16");

        Assert.Equal("\uFFFDa", utf16.GetString([0x00, 0xD8, (byte)'a', 0x00]));
        Assert.Equal([(byte)'?', 0x00], utf16.GetBytes("\uD800"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void FromName_Blank_Throws(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => ImportEncodings.FromName(name));

        Assert.Equal("name", e.ParamName);
    }

    [Fact]
    public void FromName_Null_Throws()
        => Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => ImportEncodings.FromName(null!)).ParamName);

    [Theory]
    [InlineData("no-such-encoding", typeof(ArgumentException))]
    [InlineData("12345", typeof(NotSupportedException))]
    [InlineData("70000", typeof(ArgumentOutOfRangeException))]
    public void FromName_AnUnknownName_ThrowsOneArgumentException_WithTheCause(string name, Type cause)
    {
        var e = Assert.Throws<ArgumentException>(() => ImportEncodings.FromName(name));

        Assert.Equal("name", e.ParamName);
        Assert.Equal($"'{name}' is not a known encoding (try utf-8, utf-16 or windows-1251). (Parameter 'name')", e.Message);
        Assert.IsType(cause, e.InnerException);
    }

    [Fact]
    public void FromName_AnUnknownName_IsEchoedEscaped()
    {
        var e = Assert.Throws<ArgumentException>(() => ImportEncodings.FromName("bad\u001B[31mname"));

        Assert.StartsWith("'bad\\u001B[31mname' is not a known encoding", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_HasNoByteOrderMark_AndReplacesInvalidBytes()
    {
        Assert.Empty(ImportEncodings.Utf8.GetPreamble());
        Assert.Equal(65001, ImportEncodings.Utf8.CodePage);
        Assert.Equal("utf-8", ImportEncodings.Utf8.WebName);
        Assert.Equal("\uFFFD(", ImportEncodings.Utf8.GetString([0xC3, 0x28]));
        Assert.Equal("Ёж", ImportEncodings.Utf8.GetString([0xD0, 0x81, 0xD0, 0xB6]));
    }

    [Fact]
    public void Windows1251_DecodesCyrillic()
    {
        Assert.Equal(1251, ImportEncodings.Windows1251.CodePage);
        Assert.Equal("windows-1251", ImportEncodings.Windows1251.WebName);
        Assert.Equal("Ёж", ImportEncodings.Windows1251.GetString([0xA8, 0xE6]));
        Assert.Equal([0xA8, 0xE6], ImportEncodings.Windows1251.GetBytes("Ёж"));
        Assert.Equal("?"u8.ToArray(), ImportEncodings.Windows1251.GetBytes("漢"));
    }

    [Fact]
    public void Strict_TurnsAThrowingDecoderIntoOneThatReplaces()
    {
        var throwing = Encoding.GetEncoding(65001, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        Assert.Throws<DecoderFallbackException>(() => throwing.GetString([(byte)'x', 0xFF]));
        Assert.Throws<EncoderFallbackException>(() => throwing.GetBytes("\uD800"));

        var strict = ImportEncodings.Strict(throwing);

        Assert.NotSame(throwing, strict);
        Assert.Equal(65001, strict.CodePage);
        Assert.Equal("x\uFFFD", strict.GetString([(byte)'x', 0xFF]));
        Assert.Equal("?"u8.ToArray(), strict.GetBytes("\uD800"));
        Assert.Equal("\uFFFD", Assert.IsType<DecoderReplacementFallback>(strict.DecoderFallback).DefaultString);
        Assert.Equal("?", Assert.IsType<EncoderReplacementFallback>(strict.EncoderFallback).DefaultString);
    }

    [Fact]
    public void Windows1251_TheUndefinedByte_RejectsItsRow()
    {
        var result = TransactionCsvImporter.Import(new MemoryStream([.. "client_id;date;amount\n"u8, 0xC0, 0x98, .. ";01.01.2024;1\n"u8]));

        Assert.Equal("windows-1251", result.Layout!.Encoding);
        Assert.Empty(result.Accepted);
        Assert.Equal(new RejectedRow(2, "holds bytes that are not valid in the file's encoding (give the encoding, e.g. windows-1251)"), Assert.Single(result.Rejected));
    }

    [Theory]
    [InlineData("windows-1251", new byte[] { 0x98 })]
    [InlineData("windows-1252", new byte[] { 0x81, 0x8D, 0x8F, 0x90, 0x9D })]
    [InlineData("windows-1250", new byte[] { 0x81, 0x83, 0x88, 0x90, 0x98 })]
    public void WindowsSingleByteCodePages_DecodeTheirUndefinedBytes_AsReplacementCharacters(string name, byte[] undefined)
    {
        var encoding = ImportEncodings.FromName(name);
        var defined = Enumerable.Range(0, 256).Select(b => (byte)b).Except(undefined).ToArray();

        Assert.All(undefined, b => Assert.Equal("\uFFFD", encoding.GetString([b])));
        Assert.DoesNotContain('\uFFFD', encoding.GetString(defined));
        Assert.Equal(defined, encoding.GetBytes(encoding.GetString(defined)));
        Assert.Equal(Encoding.GetEncoding(name).GetString(defined), encoding.GetString(defined));
        Assert.True(encoding.IsSingleByte);
        Assert.Empty(encoding.GetPreamble());
        Assert.Equal(Encoding.GetEncoding(name).WebName, encoding.WebName);

        // Through a stream reader, as the importers read: the same characters.
        using var reader = new StreamReader(new MemoryStream([0x41, .. undefined, 0x42]), encoding);
        Assert.Equal("A" + new string('\uFFFD', undefined.Length) + "B", reader.ReadToEnd());
    }

    [Fact]
    public void TheStrictWindows1251_ChecksItsArguments()
    {
        var encoding = ImportEncodings.Windows1251;
        Assert.Equal("bytes", Assert.Throws<ArgumentNullException>(() => encoding.GetChars(null!, 0, 0, new char[1], 0)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => encoding.GetChars(new byte[2], 1, 2, new char[4], 0));
        Assert.Equal("chars", Assert.Throws<ArgumentException>(() => encoding.GetChars(new byte[3], 0, 3, new char[3], 1)).ParamName);
        Assert.Equal("chars", Assert.Throws<ArgumentException>(() => encoding.GetChars(new byte[3], new char[2])).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => encoding.GetCharCount(new byte[2], 0, 3));
        Assert.Equal(3, encoding.GetMaxCharCount(3));
        Assert.Equal(ImportEncodings.Windows1251, ImportEncodings.FromName("cp1251"));
        Assert.Equal(1251, ImportEncodings.Windows1251.GetHashCode());
        Assert.NotEqual(ImportEncodings.Windows1251, ImportEncodings.FromName("windows-1252"));
    }
}
