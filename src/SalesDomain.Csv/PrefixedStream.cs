namespace SalesDomain.Csv;

/// <summary>A read-only stream that serves bytes already read from a stream, then the rest of that stream.</summary>
internal sealed class PrefixedStream(byte[] prefix, int offset, int count, Stream rest, bool leaveOpen) : Stream
{
    private int _offset = offset;
    private int _count = count;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_count == 0)
        {
            return rest.Read(buffer);
        }

        var n = Math.Min(_count, buffer.Length);
        prefix.AsSpan(_offset, n).CopyTo(buffer);
        (_offset, _count) = (_offset + n, _count - n);
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            rest.Dispose();
        }

        base.Dispose(disposing);
    }
}
