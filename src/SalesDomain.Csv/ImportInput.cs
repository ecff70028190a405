using System.IO.Compression;
using System.Text;
using System.Text.Unicode;

namespace SalesDomain.Csv;

/// <summary>
/// An opened import file, recognised by its content (docs/import.md in the repository, "Detection"): an .xlsx workbook, or text in a
/// detected or given encoding. Anything else is refused with one line naming what was found, never its bytes.
/// </summary>
internal sealed class ImportInput : IDisposable
{
    private const int HeadLength = 64 * 1024;

    private ImportInput(TextReader? text, string? encoding, Stream? workbook)
    {
        Text = text;
        EncodingName = encoding;
        Workbook = workbook;
    }

    /// <summary>The decoded text, or null for a workbook.</summary>
    public TextReader? Text { get; }

    /// <summary>The text encoding's web name, or null.</summary>
    public string? EncodingName { get; }

    /// <summary>The seekable workbook stream, or null for text.</summary>
    public Stream? Workbook { get; }

    /// <summary>Opens a file.</summary>
    public static ImportInput Open(string path, ImportDialect dialect)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Open(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), dialect, leaveOpen: false);
    }

    /// <summary>Opens a file, reads it with <paramref name="read"/> and closes it.</summary>
    public static T Read<T>(string path, ImportDialect dialect, Func<ImportInput, T> read)
    {
        using var input = Open(path, dialect);
        return read(input);
    }

    /// <summary>Opens a stream (left open), reads it with <paramref name="read"/>.</summary>
    public static T Read<T>(Stream stream, ImportDialect dialect, Func<ImportInput, T> read)
    {
        using var input = Open(stream, dialect, leaveOpen: true);
        return read(input);
    }

    /// <summary>Wraps text already decoded.</summary>
    public static ImportInput Open(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new ImportInput(reader, null, null);
    }

    /// <summary>Opens a stream, reading from its current position.</summary>
    public static ImportInput Open(Stream stream, ImportDialect dialect, bool leaveOpen)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var start = stream.CanSeek ? stream.Position : 0;

        // A small seekable input (an upload held in memory) gets buffers of its own size, not 64 KiB each.
        var size = stream.CanSeek ? (int)Math.Clamp(stream.Length - start, 0, HeadLength) : HeadLength;
        var head = new byte[size];
        var length = stream.ReadAtLeast(head, size, throwOnEndOfStream: false);
        var span = head.AsSpan(0, length);
        if (span.StartsWith("PK\x03\x04"u8) || span.StartsWith("PK\x05\x06"u8))
        {
            return OpenWorkbook(stream, head, length, start, leaveOpen);
        }

        if (Describe(span) is { } found)
        {
            if (!leaveOpen)
            {
                stream.Dispose();
            }

            throw new CsvImportException($"The file is not text or a spreadsheet: it is {found}.");
        }

        var (encoding, bom) = dialect.Encoding is { } given ? (ImportEncodings.Strict(given), Bom(span).Length) : Detect(stream, span, start);
        Stream text;
        if (stream.CanSeek)
        {
            stream.Position = start + bom;
            text = stream;
        }
        else
        {
            text = new PrefixedStream(head, bom, length - bom, stream, leaveOpen);
            leaveOpen = false;
        }

        var reader = new StreamReader(text, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: Math.Max(size, 256), leaveOpen: leaveOpen);
        return new ImportInput(reader, encoding.WebName, null);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Text?.Dispose();
        Workbook?.Dispose();
    }

    /// <summary>What a head of bytes is when it is neither text nor a workbook, or null when it may be text.</summary>
    internal static string? Describe(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return "an Excel 97-2003 workbook (.xls) or another OLE document; save it as .xlsx or CSV";
        }

        (byte[] Magic, string Name)[] known =
        [
            ("%PDF"u8.ToArray(), "a PDF document"), (new byte[] { 0x1F, 0x8B }, "a gzip archive"), ("Rar!"u8.ToArray(), "a RAR archive"),
            (new byte[] { 0x37, 0x7A, 0xBC, 0xAF }, "a 7-Zip archive"), (new byte[] { 0x89, 0x50, 0x4E, 0x47 }, "a PNG image"),
            (new byte[] { 0xFF, 0xD8, 0xFF }, "a JPEG image"),
        ];
        foreach (var (magic, name) in known)
        {
            if (head.StartsWith(magic))
            {
                return name;
            }
        }

        if (Bom(head).Length > 0)
        {
            return null;
        }

        var nul = head.IndexOf((byte)0);
        if (nul >= 0)
        {
            return $"binary data (a zero byte at offset {nul}; UTF-16 text needs a byte order mark)";
        }

        var controls = 0;
        foreach (var b in head)
        {
            controls += b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C) ? 1 : 0;
        }

        return controls > head.Length / 100 + 2 ? $"binary data ({controls} control bytes in the first {head.Length})" : null;
    }

    private static ReadOnlySpan<byte> Bom(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[..3] : head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? head[..2] : [];

    /// <summary>A byte order mark, else UTF-8 when the bytes (the whole stream when seekable) are valid UTF-8, else Windows-1251.</summary>
    private static (Encoding Encoding, int Bom) Detect(Stream stream, ReadOnlySpan<byte> head, long start)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (ImportEncodings.Utf8, 3);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (ImportEncodings.Strict(head[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode), 2);
        }

        return IsUtf8(stream, head, start) ? (ImportEncodings.Utf8, 0) : (ImportEncodings.Windows1251, 0);
    }

    private static bool IsUtf8(Stream stream, ReadOnlySpan<byte> head, long start)
    {
        if (!stream.CanSeek)
        {
            return Valid(head, final: head.Length < HeadLength, out _);
        }

        stream.Position = start;
        var buffer = new byte[Math.Max(head.Length, 16)];
        var carry = 0;
        int n;
        while ((n = stream.Read(buffer, carry, buffer.Length - carry)) > 0 || carry > 0)
        {
            var total = carry + n;
            if (!Valid(buffer.AsSpan(0, total), final: n == 0, out var consumed))
            {
                return false;
            }

            carry = total - consumed;
            buffer.AsSpan(consumed, carry).CopyTo(buffer);
            if (n == 0)
            {
                break;
            }
        }

        return true;
    }

    private static bool Valid(ReadOnlySpan<byte> bytes, bool final, out int consumed)
    {
        Span<char> chars = stackalloc char[4096];
        consumed = 0;
        while (consumed < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[consumed..], chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: final);
            consumed += read;
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                return false;
            }

            if (status == System.Buffers.OperationStatus.NeedMoreData)
            {
                return !final;
            }
        }

        return true;
    }

    private static ImportInput OpenWorkbook(Stream stream, byte[] head, int length, long start, bool leaveOpen)
    {
        Stream seekable;
        if (stream.CanSeek)
        {
            stream.Position = start;
            seekable = leaveOpen ? new SubStreamOwner(stream) : stream;
        }
        else
        {
            var copy = new MemoryStream();
            copy.Write(head, 0, length);
            stream.CopyTo(copy);
            if (!leaveOpen)
            {
                stream.Dispose();
            }

            copy.Position = 0;
            seekable = copy;
        }

        var position = seekable.Position;
        string? found = null;
        try
        {
            using var zip = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("xl/workbook.xml") is null)
            {
                found = zip.GetEntry("word/document.xml") is not null ? "a Word document (.docx)"
                    : zip.GetEntry("content.xml") is not null ? "an OpenDocument file (.ods/.odt); save it as .xlsx or CSV"
                    : "a ZIP archive that is not an Excel workbook";
            }
        }
        catch (InvalidDataException)
        {
            found = "a damaged ZIP archive or workbook";
        }

        if (found is not null)
        {
            seekable.Dispose();
            throw new CsvImportException($"The file is not text or a spreadsheet: it is {found}.");
        }

        seekable.Position = position;
        return new ImportInput(null, null, seekable);
    }

    /// <summary>A caller's seekable stream that the import must not close.</summary>
    private sealed class SubStreamOwner(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
