using System.Text;

namespace SalesDomain.Csv;

/// <summary>
/// The text encodings of the importers: decoders that mark bytes invalid in the encoding with U+FFFD (so that the
/// row holding them is rejected, never silently altered), and names resolved with the code-page encodings registered.
/// </summary>
public static class ImportEncodings
{
    // The code pages are registered before any member runs: FromName may be the first call of a process, and it looks
    // a name up before it reads any field.
    static ImportEncodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1251 = Strict(Encoding.GetEncoding(1251));
    }

    /// <summary>UTF-8 without a byte order mark.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Windows-1251 (Cyrillic), as 1C and Russian Excel write CSV.</summary>
    public static Encoding Windows1251 { get; }

    /// <summary>
    /// The encoding of a name: <c>utf-8</c>, <c>utf-16</c> (<c>utf-16le</c>, <c>utf-16be</c>), <c>windows-1251</c>
    /// (<c>cp1251</c>, <c>1251</c>) or any name or code page .NET knows.
    /// </summary>
    /// <exception cref="ArgumentException">The name is not an encoding.</exception>
    public static Encoding FromName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var key = name.Trim().ToLowerInvariant();
        try
        {
            return key switch
            {
                "utf-8" or "utf8" => Utf8,
                "windows-1251" or "cp1251" or "1251" or "win1251" => Windows1251,
                _ when int.TryParse(key, out var codePage) => Strict(Encoding.GetEncoding(codePage)),
                _ => Strict(Encoding.GetEncoding(key)),
            };
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            throw new ArgumentException($"'{EchoText.Escape(name)}' is not a known encoding (try utf-8, utf-16 or windows-1251).", nameof(name), e);
        }
    }

    /// <summary>
    /// A copy of the encoding whose decoder writes U+FFFD for invalid bytes, and for the bytes a Windows single-byte code
    /// page leaves undefined (which .NET's own decoder turns into control characters).
    /// </summary>
    internal static Encoding Strict(Encoding encoding) =>
        StrictSingleByteEncoding.Of(Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD")));
}
