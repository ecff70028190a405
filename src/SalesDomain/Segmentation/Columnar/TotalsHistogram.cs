namespace SalesDomain.Segmentation.Columnar;

/// <summary>
/// Count and approximate (<see cref="double"/>) sum of positive client totals per bucket of their leading bits, and
/// their exact sum (cents). The bucket of a total is the exponent and the top 8 mantissa bits of its
/// <see cref="double"/> value, so buckets are ordered like totals and each covers at most 1/256 of its value;
/// 16 384 buckets span every positive <see cref="long"/>. The table (192 KiB) stays in the core's cache.
/// </summary>
internal sealed class TotalsHistogram : IDisposable
{
    /// <summary>Number of buckets: 64 binary exponents × 256 mantissa steps.</summary>
    public const int Buckets = 64 * 256;

    private readonly int[] _counts;
    private readonly double[] _sums;
    private readonly bool _pooled;
    private int _clients;

    /// <summary>An empty histogram with tables of its own.</summary>
    public TotalsHistogram()
        : this(pooled: false)
    {
    }

    private TotalsHistogram(bool pooled)
    {
        _pooled = pooled;
        _counts = pooled ? System.Buffers.ArrayPool<int>.Shared.Rent(Buckets) : new int[Buckets];
        _sums = pooled ? System.Buffers.ArrayPool<double>.Shared.Rent(Buckets) : new double[Buckets];
        if (pooled)
        {
            Array.Clear(_counts, 0, Buckets);
            Array.Clear(_sums, 0, Buckets);
        }
    }

    /// <summary>An empty histogram on tables from the shared pool (for one call; <see cref="Dispose"/> returns them).</summary>
    public static TotalsHistogram Rent() => new(pooled: true);

    /// <summary>Returns the tables of a <see cref="Rent"/>ed histogram to the pool.</summary>
    public void Dispose()
    {
        if (_pooled)
        {
            System.Buffers.ArrayPool<int>.Shared.Return(_counts);
            System.Buffers.ArrayPool<double>.Shared.Return(_sums);
        }
    }

    /// <summary>
    /// The buckets <c>Lo..Hi</c> that may hold the client where the cumulative value crosses a bound: every client in
    /// a bucket above <c>Hi</c> is inside the class, every client below <c>Lo</c> outside; (−1, −1) when all are inside.
    /// </summary>
    public readonly record struct CutRange(int Lo, int Hi)
    {
        /// <summary>Whether a bucket lies in the range.</summary>
        public bool Contains(int bucket) => bucket >= Lo && bucket <= Hi;
    }

    /// <summary>Exact sum of the counted totals, in cents.</summary>
    public Int128 Total { get; private set; }

    /// <summary>The bucket of a positive total; non-decreasing in the total.</summary>
    public static int BucketOf(long positiveTotal) =>
        (int)((BitConverter.DoubleToInt64Bits(positiveTotal) >> 44) - (1023L << 8));

    /// <summary>Clients per bucket; the caller counts a positive total <c>t</c> as <c>Counts[BucketOf(t)]++</c>.</summary>
    public Span<int> Counts => _counts.AsSpan(0, Buckets);

    /// <summary>Approximate sum per bucket; the caller adds a positive total <c>t</c> as <c>Sums[BucketOf(t)] += t</c>.</summary>
    public Span<double> Sums => _sums.AsSpan(0, Buckets);

    /// <summary>Records that a chunk of <paramref name="clients"/> was counted, with its exact positive sum (cents).</summary>
    public void AddChunk(int clients, Int128 positive)
    {
        _clients += clients;
        Total += positive;
    }

    /// <summary>Adds another histogram's counts and sums.</summary>
    public void Add(TotalsHistogram other)
    {
        for (var b = 0; b < Buckets; b++)
        {
            _counts[b] += other._counts[b];
            _sums[b] += other._sums[b];
        }

        _clients += other._clients;
        Total += other.Total;
    }

    /// <summary>
    /// The range of buckets where the cumulative value (walking from the top) may first exceed
    /// <paramref name="bound"/> (cents). The double sums are off by at most (clients + buckets)·2⁻⁵² of the total,
    /// so the range is widened by twice that; it is usually one bucket.
    /// </summary>
    public CutRange FindCut(decimal bound)
    {
        var total = (double)Total;
        var error = (2.0 * (_clients + Buckets + 16) * Math.Pow(2, -52) * total) + 1.0;
        var target = (double)bound;
        double cumulative = 0;
        int hi = -1, lo = -1;
        for (var b = Buckets - 1; b >= 0; b--)
        {
            if (_counts[b] == 0)
            {
                continue;
            }

            cumulative += _sums[b];
            if (hi < 0 && cumulative + error > target)
            {
                hi = b;
            }

            if (cumulative - error > target)
            {
                lo = b;
                break;
            }
        }

        return hi < 0 ? new CutRange(-1, -1) : new CutRange(lo < 0 ? 0 : lo, hi);
    }
}
