using System.IO.Compression;
using System.Text;
using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>
/// How an import input is recognised by its content (docs/import.md, "Detection rules" 1 and 2): a workbook, text in a
/// byte-order-marked, valid-UTF-8 or Windows-1251 encoding (or the one given), or a refusal naming what the bytes are;
/// read from the stream's position, seekable or not, and the caller's stream left open when asked.
/// </summary>
public class ImportInputTests
{
    private const string Csv = "client_id,date,amount\nЁлкин,2024-01-15,1\n";

    private static ImportInput Open(byte[] bytes, bool seekable = true, ImportDialect? dialect = null)
        => ImportInput.Open(seekable ? new MemoryStream(bytes) : new NonSeekable(bytes), dialect ?? ImportDialect.Detect, leaveOpen: false);

    private static (string? Encoding, string Text) Decode(byte[] bytes, bool seekable = true, ImportDialect? dialect = null)
    {
        using var input = Open(bytes, seekable, dialect);
        Assert.Null(input.Workbook);
        return (input.EncodingName, input.Text!.ReadToEnd());
    }

    private static byte[] Zip(params string[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }

        return stream.ToArray();
    }

    private static byte[] SalesWorkbook() => File.ReadAllBytes(TestData.PathOf("1c/sales.xlsx"));

    private static string Refusal(byte[] bytes, bool seekable = true)
        => Assert.Throws<CsvImportException>(() => Open(bytes, seekable)).Message;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Encoding_AByteOrderMark_Decides_AndIsSkipped(bool seekable)
    {
        Assert.Equal(("utf-8", Csv), Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Csv)], seekable));
        Assert.Equal(("utf-16", Csv), Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Csv)], seekable));
        Assert.Equal(("utf-16BE", Csv), Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Csv)], seekable));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Encoding_ValidUtf8_IsUtf8_ElseWindows1251(bool seekable)
    {
        Assert.Equal(("utf-8", Csv), Decode(Encoding.UTF8.GetBytes(Csv), seekable));
        Assert.Equal(("windows-1251", Csv), Decode(ImportEncodings.Windows1251.GetBytes(Csv), seekable));
        Assert.Equal(("utf-8", "plain ascii"), Decode("plain ascii"u8.ToArray(), seekable));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Encoding_ATruncatedUtf8Sequence_AtTheEnd_IsWindows1251(bool seekable)
        => Assert.Equal(("windows-1251", "abcР"), Decode([(byte)'a', (byte)'b', (byte)'c', 0xD0], seekable));

    [Fact]
    public void Encoding_AnEmptyStream_IsUtf8Text()
        => Assert.Equal(("utf-8", string.Empty), Decode([]));

    [Fact]
    public void Encoding_ASeekableStream_IsCheckedWhole_BeyondTheFirst64KiB()
    {
        var ascii = Encoding.ASCII.GetBytes(new string('a', 70_000));
        byte[] utf8 = [.. ascii, .. Encoding.UTF8.GetBytes("Ёж\n")];
        byte[] cp1251 = [.. ascii, .. ImportEncodings.Windows1251.GetBytes("Ёж\n")];

        Assert.Equal("utf-8", Decode(utf8).Encoding);
        Assert.Equal("windows-1251", Decode(cp1251).Encoding);
        Assert.EndsWith("Ёж\n", Decode(cp1251).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Encoding_ACharacterAcrossTheReadBuffers_IsStillUtf8()
    {
        // The seekable check reads 64 KiB at a time: 'Ё' (D0 81) is split between the first and the second buffer.
        byte[] bytes = [.. Encoding.ASCII.GetBytes(new string('a', 65_535)), 0xD0, 0x81, (byte)'\n'];

        var (encoding, text) = Decode(bytes);

        Assert.Equal("utf-8", encoding);
        Assert.EndsWith("aЁ\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Encoding_ANonSeekableStream_IsDecidedByItsFirst64KiB()
    {
        byte[] lateCp1251 = [.. Encoding.ASCII.GetBytes(new string('a', 70_000)), .. ImportEncodings.Windows1251.GetBytes("Ёж\n")];
        byte[] splitAtTheEnd = [.. Encoding.ASCII.GetBytes(new string('a', 65_535)), 0xD0, 0x81];

        Assert.Equal("utf-8", Decode(lateCp1251, seekable: false).Encoding);
        Assert.EndsWith("\uFFFD\uFFFD\n", Decode(lateCp1251, seekable: false).Text, StringComparison.Ordinal);
        Assert.Equal("utf-8", Decode(splitAtTheEnd, seekable: false).Encoding);
        Assert.EndsWith("aЁ", Decode(splitAtTheEnd, seekable: false).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Encoding_AGivenOne_IsUsed_AndItsByteOrderMarkSkipped(bool seekable)
    {
        var windows1251 = new ImportDialect { Encoding = ImportEncodings.Windows1251 };
        var utf8 = new ImportDialect { Encoding = Encoding.UTF8 };

        Assert.Equal(("windows-1251", "Рѓ"), Decode(Encoding.UTF8.GetBytes("Ѓ"), seekable, windows1251));
        Assert.Equal(("utf-8", Csv), Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Csv)], seekable, utf8));
        Assert.Equal(("utf-8", "a\uFFFDb"), Decode([(byte)'a', 0xFF, (byte)'b'], seekable, utf8));
        Assert.Equal(("utf-16", "ok"), Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("ok")], seekable, new ImportDialect { Encoding = Encoding.Unicode }));
    }

    [Fact]
    public void ASeekableStream_IsReadFromItsPosition()
    {
        byte[] bytes = [0xFF, 0xFE, 0x00, .. Encoding.UTF8.GetBytes(Csv)];
        using var stream = new MemoryStream(bytes) { Position = 3 };

        using var input = ImportInput.Open(stream, ImportDialect.Detect, leaveOpen: true);

        Assert.Equal("utf-8", input.EncodingName);
        Assert.Equal(Csv, input.Text!.ReadToEnd());
    }

    [Fact]
    public void AnImporter_ReadsAStreamFromItsPosition_AndLeavesItOpen()
    {
        byte[] bytes = [.. "junk\n"u8, .. Encoding.UTF8.GetBytes(Csv)];
        using var stream = new MemoryStream(bytes) { Position = 5 };

        var result = TransactionCsvImporter.Import(stream);

        Assert.Equal("Ёлкин", Assert.Single(result.Accepted).ClientId);
        Assert.Equal(1, result.Layout!.HeaderLine);
        Assert.True(stream.CanRead);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AnImporter_LeavesANonSeekableStreamOpen(bool workbook)
    {
        using var stream = new NonSeekable(workbook ? SalesWorkbook() : Encoding.UTF8.GetBytes(Csv));

        var layout = TransactionCsvImporter.Sniff(stream);

        Assert.Equal(workbook ? ImportFormat.Xlsx : ImportFormat.Text, layout.Format);
        Assert.False(stream.Disposed);
    }

    [Fact]
    public void ANonSeekableStream_IsClosedWithTheInput_UnlessLeftOpen()
    {
        var closed = new NonSeekable(Encoding.UTF8.GetBytes(Csv));
        ImportInput.Open(closed, ImportDialect.Detect, leaveOpen: false).Dispose();
        Assert.True(closed.Disposed);

        using var open = new NonSeekable(Encoding.UTF8.GetBytes(Csv));
        using (var input = ImportInput.Open(open, ImportDialect.Detect, leaveOpen: true))
        {
            Assert.Equal(Csv, input.Text!.ReadToEnd());
        }

        Assert.False(open.Disposed);
    }

    [Fact]
    public void ASeekableStream_IsClosedWithTheInput_UnlessLeftOpen()
    {
        var closed = new MemoryStream(Encoding.UTF8.GetBytes(Csv));
        ImportInput.Open(closed, ImportDialect.Detect, leaveOpen: false).Dispose();
        Assert.False(closed.CanRead);

        using var open = new MemoryStream(Encoding.UTF8.GetBytes(Csv));
        ImportInput.Open(open, ImportDialect.Detect, leaveOpen: true).Dispose();
        Assert.True(open.CanRead);
    }

    [Fact]
    public void AWorkbook_SeekableAndLeftOpen_IsServedThroughAStreamThatDoesNotCloseIt()
    {
        using var stream = new MemoryStream(SalesWorkbook());

        using (var input = ImportInput.Open(stream, ImportDialect.Detect, leaveOpen: true))
        {
            var workbook = input.Workbook!;
            Assert.Null(input.Text);
            Assert.Null(input.EncodingName);
            Assert.NotSame(stream, workbook);
            Assert.True(workbook.CanRead);
            Assert.True(workbook.CanSeek);
            Assert.False(workbook.CanWrite);
            Assert.Equal(stream.Length, workbook.Length);
            Assert.Equal(0, workbook.Position);
            workbook.Position = 2;
            Assert.Equal(2, stream.Position);
            Assert.Equal(0x03, workbook.ReadByte());
            Assert.Equal(0, workbook.Seek(0, SeekOrigin.Begin));
            var head = new byte[4];
            Assert.Equal(4, workbook.Read(head, 0, 4));
            Assert.Equal("PK\x03\x04"u8.ToArray(), head);
            Assert.Equal(4, stream.Position);
            Assert.Throws<NotSupportedException>(() => workbook.SetLength(1));
            Assert.Throws<NotSupportedException>(() => workbook.Write([1], 0, 1));
            workbook.Flush();
            workbook.Position = 0;
            Assert.Equal("Продажи", WorksheetRows.ChooseSheet(workbook, null));
        }

        Assert.True(stream.CanRead);
    }

    [Fact]
    public void AWorkbook_SeekableAndNotLeftOpen_IsTheStreamItself()
    {
        var stream = new MemoryStream(SalesWorkbook());

        var input = ImportInput.Open(stream, ImportDialect.Detect, leaveOpen: false);

        Assert.Same(stream, input.Workbook);
        Assert.Equal(0, stream.Position);
        input.Dispose();
        Assert.False(stream.CanRead);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AWorkbook_NonSeekable_IsCopiedWhole(bool leaveOpen)
    {
        var bytes = SalesWorkbook();
        var stream = new NonSeekable(bytes);

        using (var input = ImportInput.Open(stream, ImportDialect.Detect, leaveOpen))
        {
            var workbook = Assert.IsType<MemoryStream>(input.Workbook);
            Assert.Equal(bytes, workbook.ToArray());
            Assert.Equal(0, workbook.Position);
        }

        Assert.Equal(!leaveOpen, stream.Disposed);
    }

    [Fact]
    public void AWorkbook_ThroughAnImporter_FromANonSeekableStream_LoadsEveryRow()
    {
        using var stream = new NonSeekable(SalesWorkbook());

        var result = TransactionCsvImporter.Import(stream);

        Assert.Empty(result.Rejected);
        Assert.Equal(8, result.Accepted.Length);
        Assert.Equal("Продажи", result.Layout!.Sheet);
    }

    [Theory]
    [InlineData(new[] { "word/document.xml" }, "a Word document (.docx)")]
    [InlineData(new[] { "content.xml", "mimetype" }, "an OpenDocument file (.ods/.odt); save it as .xlsx or CSV")]
    [InlineData(new[] { "readme.txt" }, "a ZIP archive that is not an Excel workbook")]
    [InlineData(new string[0], "a ZIP archive that is not an Excel workbook")]
    public void AZipThatIsNotAWorkbook_IsRefusedByName(string[] entries, string found)
    {
        var bytes = Zip(entries);

        Assert.Equal($"The file is not text or a spreadsheet: it is {found}.", Refusal(bytes));
        Assert.Equal($"The file is not text or a spreadsheet: it is {found}.", Refusal(bytes, seekable: false));
    }

    [Fact]
    public void AnEmptyZip_StartsWithTheEndOfItsDirectory_AndIsRecognisedAsAZip()
        => Assert.Equal("PK\x05\x06"u8.ToArray(), Zip()[..4]);

    [Fact]
    public void ADamagedZip_IsRefused()
        => Assert.Equal(
            "The file is not text or a spreadsheet: it is a damaged ZIP archive or workbook.",
            Refusal([.. "PK\x03\x04"u8, .. Encoding.ASCII.GetBytes(new string('x', 100))]));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ARefusedStream_IsClosed_UnlessLeftOpen(bool leaveOpen)
    {
        var zip = new MemoryStream(Zip("word/document.xml"));
        var pdf = new MemoryStream("%PDF-1.7\n"u8.ToArray());

        Assert.Throws<CsvImportException>(() => ImportInput.Open(zip, ImportDialect.Detect, leaveOpen));
        Assert.Throws<CsvImportException>(() => ImportInput.Open(pdf, ImportDialect.Detect, leaveOpen));

        Assert.Equal(leaveOpen, zip.CanRead);
        Assert.Equal(leaveOpen, pdf.CanRead);
    }

    [Fact]
    public void ARefusal_ThroughAnImporter_NamesWhatTheFileIs()
    {
        var e = Assert.Throws<CsvImportException>(() => TransactionCsvImporter.Import(new MemoryStream([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A])));

        Assert.Equal("The file is not text or a spreadsheet: it is a PNG image.", e.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00 }, "an Excel 97-2003 workbook (.xls) or another OLE document; save it as .xlsx or CSV")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, "a PDF document")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08 }, "a gzip archive")]
    [InlineData(new byte[] { 0x52, 0x61, 0x72, 0x21, 0x1A }, "a RAR archive")]
    [InlineData(new byte[] { 0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C }, "a 7-Zip archive")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, "a PNG image")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "a JPEG image")]
    [InlineData(new byte[] { 0x61, 0x62, 0x00, 0x63 }, "binary data (a zero byte at offset 2; UTF-16 text needs a byte order mark)")]
    [InlineData(new byte[] { 0x00 }, "binary data (a zero byte at offset 0; UTF-16 text needs a byte order mark)")]
    public void Describe_NamesWhatTheBytesAre(byte[] head, string expected)
        => Assert.Equal(expected, ImportInput.Describe(head));

    [Fact]
    public void Describe_AnIncompleteMagicNumber_IsText()
    {
        Assert.Null(ImportInput.Describe([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A]));
        Assert.Null(ImportInput.Describe("%PD"u8));
        Assert.Null(ImportInput.Describe([0x89, 0x50, 0x4E]));
        Assert.Null(ImportInput.Describe([0xFF, 0xD8]));
        Assert.Null(ImportInput.Describe([]));
    }

    [Fact]
    public void Describe_TextWithAByteOrderMark_MayHoldZeroBytes()
    {
        Assert.Null(ImportInput.Describe([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("ab")]));
        Assert.Null(ImportInput.Describe([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("ab")]));
        Assert.Null(ImportInput.Describe([0xEF, 0xBB, 0xBF, 0x00, 0x01, 0x02, 0x03, 0x04]));
        Assert.Equal(
            "binary data (a zero byte at offset 1; UTF-16 text needs a byte order mark)",
            ImportInput.Describe([0xFE, .. Encoding.BigEndianUnicode.GetBytes("ab")]));
    }

    [Fact]
    public void Describe_ControlBytes_MoreThanOnePercentAndTwo_AreBinary()
    {
        static byte[] Head(int controls, byte control = 0x01)
        {
            var head = Enumerable.Repeat((byte)'a', 100).ToArray();
            for (var i = 0; i < controls; i++)
            {
                head[10 * i] = control;
            }

            return head;
        }

        Assert.Null(ImportInput.Describe(Head(3)));
        Assert.Equal("binary data (4 control bytes in the first 100)", ImportInput.Describe(Head(4)));
        Assert.Equal("binary data (4 control bytes in the first 100)", ImportInput.Describe(Head(4, 0x1F)));
        Assert.Equal("binary data (4 control bytes in the first 100)", ImportInput.Describe(Head(4, 0x0B)));
        Assert.Null(ImportInput.Describe(Head(4, 0x20)));
        Assert.Null(ImportInput.Describe(Head(10, (byte)'\t')));
        Assert.Null(ImportInput.Describe(Head(10, (byte)'\n')));
        Assert.Null(ImportInput.Describe(Head(10, (byte)'\r')));
        Assert.Null(ImportInput.Describe(Head(10, 0x0C)));
        Assert.Null(ImportInput.Describe([0x1B, 0x1B]));
        Assert.Equal("binary data (3 control bytes in the first 3)", ImportInput.Describe([0x1B, 0x1B, 0x1B]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Open_WithoutAPath_Throws(string? path)
        => Assert.Equal("path", Assert.ThrowsAny<ArgumentException>(() => ImportInput.Open(path!, ImportDialect.Detect)).ParamName);

    [Fact]
    public void Open_NullStreamOrReader_Throws()
    {
        Assert.Equal("stream", Assert.Throws<ArgumentNullException>(() => ImportInput.Open((Stream)null!, ImportDialect.Detect, leaveOpen: true)).ParamName);
        Assert.Equal("reader", Assert.Throws<ArgumentNullException>(() => ImportInput.Open((TextReader)null!)).ParamName);
    }

    [Fact]
    public void Open_AReader_IsTextWithoutAnEncodingName()
    {
        using var input = ImportInput.Open(new StringReader("x"));

        Assert.Null(input.EncodingName);
        Assert.Null(input.Workbook);
        Assert.Equal("x", input.Text!.ReadToEnd());
    }

    [Fact]
    public void Open_AFile_DetectsItsEncoding()
    {
        using var input = ImportInput.Open(TestData.PathOf("1c/sales_1251.csv"), ImportDialect.Detect);

        Assert.Equal("windows-1251", input.EncodingName);
        Assert.StartsWith("Валовая прибыль предприятия;", input.Text!.ReadLine(), StringComparison.Ordinal);
    }

    /// <summary>A read-only stream that cannot seek, as a network or pipe input is.</summary>
    private sealed class NonSeekable(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public bool Disposed { get; private set; }

        public override bool CanRead => !Disposed;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            ObjectDisposedException.ThrowIf(Disposed, this);
            return _inner.Read(buffer, offset, count);
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
