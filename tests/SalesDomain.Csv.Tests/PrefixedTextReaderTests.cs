using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>
/// The text reader that serves the lines already read while looking for the header, then the rest of the text: Peek,
/// Read and ReadBlock across the boundary, a read never merging the prefix and the rest, and the rest closed with it.
/// </summary>
public class PrefixedTextReaderTests
{
    [Fact]
    public void PeekAndRead_ServeThePrefix_ThenTheRest_ThenTheEnd()
    {
        using var reader = new PrefixedTextReader("ab", new StringReader("c"));

        Assert.Equal('a', reader.Peek());
        Assert.Equal('a', reader.Peek());
        Assert.Equal('a', reader.Read());
        Assert.Equal('b', reader.Peek());
        Assert.Equal('b', reader.Read());
        Assert.Equal('c', reader.Peek());
        Assert.Equal('c', reader.Read());
        Assert.Equal(-1, reader.Peek());
        Assert.Equal(-1, reader.Read());
    }

    [Fact]
    public void ReadSpan_ReturnsAtMostThePrefixLeft_NeverMergingItWithTheRest()
    {
        using var reader = new PrefixedTextReader("abc", new StringReader("de"));
        var buffer = new char[2];

        Assert.Equal(2, reader.Read(buffer.AsSpan()));
        Assert.Equal("ab", new string(buffer));
        Assert.Equal(1, reader.Read(new char[8].AsSpan()));
        Assert.Equal(2, reader.Read(buffer.AsSpan()));
        Assert.Equal("de", new string(buffer));
        Assert.Equal(0, reader.Read(buffer.AsSpan()));
    }

    [Fact]
    public void ReadArray_WritesAtTheIndex()
    {
        using var reader = new PrefixedTextReader("ab", new StringReader("c"));
        var buffer = new[] { '.', '.', '.', '.' };

        Assert.Equal(2, reader.Read(buffer, 1, 3));
        Assert.Equal(".ab.", new string(buffer));
        Assert.Equal(1, reader.Read(buffer, 0, 4));
        Assert.Equal("cab.", new string(buffer));
    }

    [Fact]
    public void ReadBlock_FillsTheBufferAcrossTheBoundary()
    {
        using var reader = new PrefixedTextReader("ab", new StringReader("cdef"));
        var buffer = new char[5];

        Assert.Equal(5, reader.ReadBlock(buffer.AsSpan()));
        Assert.Equal("abcde", new string(buffer));
        Assert.Equal(1, reader.ReadBlock(buffer.AsSpan()));
        Assert.Equal('f', buffer[0]);
        Assert.Equal(0, reader.ReadBlock(buffer.AsSpan()));
        Assert.Equal(0, reader.ReadBlock(Span<char>.Empty));
    }

    [Fact]
    public void ReadBlock_AnEmptyBuffer_ReadsNothing()
    {
        using var reader = new PrefixedTextReader("ab", new StringReader("c"));

        Assert.Equal(0, reader.ReadBlock(Span<char>.Empty));
        Assert.Equal('a', reader.Read());
    }

    [Fact]
    public void ReadLineAndReadToEnd_JoinThePrefixAndTheRest()
    {
        using var reader = new PrefixedTextReader("line 2\nline", new StringReader(" 3\nline 4\n"));

        Assert.Equal("line 2", reader.ReadLine());
        Assert.Equal("line 3", reader.ReadLine());
        Assert.Equal("line 4\n", reader.ReadToEnd());
    }

    [Fact]
    public void AnEmptyPrefix_IsTheRest()
    {
        using var reader = new PrefixedTextReader(string.Empty, new StringReader("xy"));

        Assert.Equal('x', reader.Peek());
        Assert.Equal("xy", reader.ReadToEnd());
    }

    [Fact]
    public void Dispose_ClosesTheRest()
    {
        var rest = new StringReader("x");

        new PrefixedTextReader("a", rest).Dispose();

        Assert.Throws<ObjectDisposedException>(() => rest.Read());
    }
}
