using System.Numerics;

namespace SalesDomain.Benchmarks;

/// <summary>One pass over a buffer on every core: the sum of all its values, with SIMD, over fixed chunks.</summary>
internal static class MemoryScanner
{
    private const int Chunk = 1 << 20;

    public static long Sum(long[] values)
    {
        var chunks = (int)((values.LongLength + Chunk - 1) / Chunk);
        long total = 0;
        Parallel.For(
            0,
            chunks,
            () => 0L,
            (c, _, local) =>
            {
                var start = (long)c * Chunk;
                var span = values.AsSpan((int)start, (int)Math.Min(Chunk, values.LongLength - start));
                var vectors = Vector<long>.Zero;
                var i = 0;
                for (; i <= span.Length - Vector<long>.Count; i += Vector<long>.Count)
                {
                    vectors += new Vector<long>(span[i..]);
                }

                var sum = Vector.Sum(vectors);
                for (; i < span.Length; i++)
                {
                    sum += span[i];
                }

                return local + sum;
            },
            local => Interlocked.Add(ref total, local));
        return total;
    }
}
