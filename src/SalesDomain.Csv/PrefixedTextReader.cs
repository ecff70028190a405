namespace SalesDomain.Csv;

/// <summary>A text reader that serves text already read from a reader, then the rest of that reader.</summary>
internal sealed class PrefixedTextReader(string prefix, TextReader rest) : TextReader
{
    private int _position;

    public override int Peek() => _position < prefix.Length ? prefix[_position] : rest.Peek();

    public override int Read() => _position < prefix.Length ? prefix[_position++] : rest.Read();

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (_position >= prefix.Length)
        {
            return rest.Read(buffer);
        }

        var n = Math.Min(prefix.Length - _position, buffer.Length);
        prefix.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override int ReadBlock(Span<char> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = Read(buffer[total..]);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            rest.Dispose();
        }

        base.Dispose(disposing);
    }
}
