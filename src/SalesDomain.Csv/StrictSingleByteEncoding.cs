using System.Text;

namespace SalesDomain.Csv;

/// <summary>
/// A Windows single-byte code page (874, 1250–1258) whose decoder writes U+FFFD for the bytes the code page leaves
/// undefined (0x98 in Windows-1251, 0x81 in Windows-1252, …). .NET decodes such a byte as the C1 control character of
/// the same value instead of calling the decoder fallback; in these code pages every defined byte is a printable
/// character or a C0 control, so a C1 control in the output can only come from an undefined byte. Encoding is the
/// original code page's.
/// </summary>
internal sealed class StrictSingleByteEncoding : Encoding
{
    private readonly Encoding _inner;
    private readonly char[] _table = new char[256];

    private StrictSingleByteEncoding(Encoding inner)
        : base(inner.CodePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"))
    {
        _inner = inner;
        Span<char> one = stackalloc char[4];
        for (var b = 0; b < 256; b++)
        {
            var n = inner.GetChars([(byte)b], one);
            _table[b] = n == 1 && one[0] is < '\u0080' or > '\u009F' ? one[0] : '\uFFFD';
        }
    }

    /// <summary>The strict form of a Windows single-byte code page; any other encoding as it is.</summary>
    public static Encoding Of(Encoding encoding) =>
        encoding.CodePage is 874 or (>= 1250 and <= 1258) && encoding.IsSingleByte ? new StrictSingleByteEncoding(encoding) : encoding;

    /// <inheritdoc />
    public override string WebName => _inner.WebName;

    /// <inheritdoc />
    public override string EncodingName => _inner.EncodingName;

    /// <inheritdoc />
    public override string BodyName => _inner.BodyName;

    /// <inheritdoc />
    public override string HeaderName => _inner.HeaderName;

    /// <inheritdoc />
    public override bool IsSingleByte => true;

    /// <inheritdoc />
    public override int GetByteCount(char[] chars, int index, int count) => _inner.GetByteCount(chars, index, count);

    /// <inheritdoc />
    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) =>
        _inner.GetBytes(chars, charIndex, charCount, bytes, byteIndex);

    /// <inheritdoc />
    public override int GetCharCount(byte[] bytes, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, bytes.Length - index);
        return count;
    }

    /// <inheritdoc />
    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(chars);
        ArgumentOutOfRangeException.ThrowIfNegative(byteIndex);
        ArgumentOutOfRangeException.ThrowIfNegative(byteCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(byteCount, bytes.Length - byteIndex);
        ArgumentOutOfRangeException.ThrowIfNegative(charIndex);
        if (byteCount > chars.Length - charIndex)
        {
            throw new ArgumentException($"{nameof(chars)} has room for {chars.Length - charIndex} characters, not {byteCount}.", nameof(chars));
        }

        for (var i = 0; i < byteCount; i++)
        {
            chars[charIndex + i] = _table[bytes[byteIndex + i]];
        }

        return byteCount;
    }

    /// <inheritdoc />
    public override int GetCharCount(ReadOnlySpan<byte> bytes) => bytes.Length;

    /// <inheritdoc />
    public override int GetChars(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        if (bytes.Length > chars.Length)
        {
            throw new ArgumentException($"{nameof(chars)} has room for {chars.Length} characters, not {bytes.Length}.", nameof(chars));
        }

        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = _table[bytes[i]];
        }

        return bytes.Length;
    }

    /// <inheritdoc />
    public override int GetMaxByteCount(int charCount) => _inner.GetMaxByteCount(charCount);

    /// <inheritdoc />
    public override int GetMaxCharCount(int byteCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(byteCount);
        return byteCount;
    }

    /// <inheritdoc />
    public override byte[] GetPreamble() => [];

    /// <inheritdoc />
    public override bool Equals(object? value) => value is StrictSingleByteEncoding other && other.CodePage == CodePage;

    /// <inheritdoc />
    public override int GetHashCode() => CodePage;
}
