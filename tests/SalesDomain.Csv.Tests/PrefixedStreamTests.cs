using System.Text;
using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>
/// The stream that serves the bytes already read from a non-seekable input, then the rest of it: the prefix window
/// (offset and count) served exactly once and never merged with the rest in one read, a read-only and non-seekable
/// stream, and the rest closed with it unless it is to be left open.
/// </summary>
public class PrefixedStreamTests
{
    private static readonly byte[] Prefix = [0, 1, 2, 3, 4, 5];

    private static PrefixedStream Stream(Stream rest, bool leaveOpen = false) => new(Prefix, 2, 3, rest, leaveOpen);

    [Fact]
    public void Read_ServesThePrefixWindow_ThenTheRest_ThenNothing()
    {
        using var stream = Stream(new MemoryStream([10, 11]));
        var buffer = new byte[8];

        Assert.Equal(3, stream.Read(buffer.AsSpan()));
        Assert.Equal([2, 3, 4], buffer[..3]);
        Assert.Equal(2, stream.Read(buffer.AsSpan()));
        Assert.Equal([10, 11], buffer[..2]);
        Assert.Equal(0, stream.Read(buffer.AsSpan()));
    }

    [Fact]
    public void Read_ASmallBuffer_TakesThePrefixInPieces()
    {
        using var stream = Stream(new MemoryStream([10, 11, 12]));
        var buffer = new byte[2];

        Assert.Equal(2, stream.Read(buffer.AsSpan()));
        Assert.Equal([2, 3], buffer);
        Assert.Equal(1, stream.Read(buffer.AsSpan()));
        Assert.Equal(4, buffer[0]);
        Assert.Equal(2, stream.Read(buffer.AsSpan()));
        Assert.Equal([10, 11], buffer);
        Assert.Equal(1, stream.Read(buffer.AsSpan()));
        Assert.Equal(12, buffer[0]);
    }

    [Fact]
    public void Read_AnArraySegment_WritesAtTheOffset()
    {
        using var stream = Stream(new MemoryStream([10]));
        var buffer = new byte[] { 99, 99, 99, 99, 99 };

        Assert.Equal(2, stream.Read(buffer, 1, 2));
        Assert.Equal([99, 2, 3, 99, 99], buffer);
        Assert.Equal(1, stream.Read(buffer, 0, 5));
        Assert.Equal(4, buffer[0]);
        Assert.Equal(1, stream.Read(buffer, 4, 1));
        Assert.Equal(10, buffer[4]);
        Assert.Equal(0, stream.Read(buffer, 0, 5));
    }

    [Fact]
    public void Read_AnEmptyWindow_ReadsTheRestAtOnce()
    {
        using var stream = new PrefixedStream(Prefix, 6, 0, new MemoryStream([7, 8, 9]), leaveOpen: false);
        var buffer = new byte[4];

        Assert.Equal(3, stream.Read(buffer, 0, 4));
        Assert.Equal([7, 8, 9, 0], buffer);
    }

    [Fact]
    public void ReadToEnd_GivesTheWholeText()
    {
        var head = Encoding.UTF8.GetBytes("\uFEFFclient_id,");
        using var stream = new PrefixedStream(head, 3, head.Length - 3, new MemoryStream("date\n"u8.ToArray()), leaveOpen: false);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false);

        Assert.Equal("client_id,date\n", reader.ReadToEnd());
    }

    [Fact]
    public void IsReadOnly_AndNotSeekable()
    {
        using var stream = Stream(new MemoryStream([10]));

        Assert.True(stream.CanRead);
        Assert.False(stream.CanSeek);
        Assert.False(stream.CanWrite);
        Assert.Throws<NotSupportedException>(() => stream.Length);
        Assert.Throws<NotSupportedException>(() => stream.Position);
        Assert.Throws<NotSupportedException>(() => stream.Position = 0);
        Assert.Throws<NotSupportedException>(() => stream.Seek(0, SeekOrigin.Begin));
        Assert.Throws<NotSupportedException>(() => stream.SetLength(1));
        Assert.Throws<NotSupportedException>(() => stream.Write([1], 0, 1));
        stream.Flush();
        Assert.Equal(3, stream.Read(new byte[3], 0, 3));
    }

    [Fact]
    public void Dispose_ClosesTheRest()
    {
        var rest = new MemoryStream([10]);

        Stream(rest).Dispose();

        Assert.False(rest.CanRead);
    }

    [Fact]
    public void Dispose_LeavesTheRestOpen_WhenAsked()
    {
        using var rest = new MemoryStream([10]);

        Stream(rest, leaveOpen: true).Dispose();

        Assert.True(rest.CanRead);
        Assert.Equal(10, rest.ReadByte());
    }
}
