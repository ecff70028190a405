using System.Runtime.CompilerServices;

namespace SalesDomain.Segmentation.Columnar;

/// <summary>
/// Count and exact sum (cents) of positive client totals per bucket of their leading bits, in one or more planes (the
/// columnar kernel keeps one plane per XYZ class, so that the matrix's cells are summed from the buckets). The bucket
/// of a total is the exponent and the top 8 mantissa bits of its <see cref="double"/> value, so buckets are ordered
/// like totals and each covers at most 1/256 of its value; 16 384 buckets span every positive <see cref="long"/>.
/// A bucket's sum is kept as its low 64 bits and a count of carries out of them, so adding a total costs two integer
/// additions; the tables (256 KiB per plane) stay in the core's cache.
/// </summary>
internal sealed class TotalsHistogram : IDisposable
{
    /// <summary>Number of buckets: 64 binary exponents × 256 mantissa steps.</summary>
    public const int Buckets = 1 << BucketBits;

    /// <summary>Bits of a bucket number: plane p's bucket b is entry <c>(p &lt;&lt; BucketBits) + b</c>.</summary>
    public const int BucketBits = 14;

    private const long OneClient = 1L << 32;

    private readonly int _planes;

    // Per plane × bucket: the low 64 bits of the exact sum, and (clients << 32) + carries out of those bits.
    private readonly ulong[] _lows;
    private readonly long[] _tallies;

    /// <summary>An empty histogram with the given number of planes, on tables from the shared pool.</summary>
    /// <param name="planes">Number of planes, 1..3.</param>
    public TotalsHistogram(int planes = 1)
    {
        _planes = planes;
        _lows = System.Buffers.ArrayPool<ulong>.Shared.Rent(planes * Buckets);
        _tallies = System.Buffers.ArrayPool<long>.Shared.Rent(planes * Buckets);
        Array.Clear(_lows, 0, planes * Buckets);
        Array.Clear(_tallies, 0, planes * Buckets);
    }

    /// <summary>Returns the tables to the pool; the histogram is unusable afterwards.</summary>
    public void Dispose()
    {
        System.Buffers.ArrayPool<ulong>.Shared.Return(_lows);
        System.Buffers.ArrayPool<long>.Shared.Return(_tallies);
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

    /// <summary>Number of non-positive totals seen (counted apart: they have no bucket).</summary>
    public int NonPositiveClients { get; private set; }

    /// <summary>Exact sum of the non-positive totals seen, in cents.</summary>
    public Int128 NonPositiveSum { get; private set; }

    /// <summary>The bucket of a positive total; non-decreasing in the total.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int BucketOf(long positiveTotal) =>
        (int)((BitConverter.DoubleToInt64Bits(positiveTotal) >> 44) - (1023L << 8));

    /// <summary>
    /// The largest total whose bucket is at most <paramref name="bucket"/>: a total <c>t &gt; 0</c> lies in a bucket
    /// above it exactly when <c>t &gt; LastTotalOf(bucket)</c>. 0 for a negative bucket.
    /// </summary>
    public static long LastTotalOf(int bucket)
    {
        if (bucket < 0)
        {
            return 0;
        }

        if (BucketOf(long.MaxValue) <= bucket)
        {
            return long.MaxValue;
        }

        // BucketOf is non-decreasing: the largest t with BucketOf(t) ≤ bucket, by bisection (BucketOf(lo) ≤ bucket < BucketOf(hi)).
        long lo = 1, hi = long.MaxValue;
        if (BucketOf(lo) > bucket)
        {
            return 0;
        }

        while (hi - lo > 1)
        {
            var mid = lo + ((hi - lo) / 2);
            if (BucketOf(mid) <= bucket)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Counts a total in a plane: a positive one in its bucket, a non-positive one apart.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int plane, long total)
    {
        if (total <= 0)
        {
            NonPositiveClients++;
            NonPositiveSum += total;
            return;
        }

        AddAt((plane * Buckets) + BucketOf(total), total);
    }

    /// <summary>Counts a positive total at an entry, <c>(plane &lt;&lt; BucketBits) + BucketOf(total)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddAt(int index, long positiveTotal)
    {
        ref var low = ref _lows[index];
        var next = low + (ulong)positiveTotal;
        _tallies[index] += OneClient + (next < low ? 1 : 0);
        low = next;
    }

    /// <summary>Adds another histogram with the same planes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(TotalsHistogram other)
    {
        for (var i = 0; i < _planes * Buckets; i++)
        {
            var next = _lows[i] + other._lows[i];
            _tallies[i] += other._tallies[i] + (next < _lows[i] ? 1 : 0);
            _lows[i] = next;
        }

        NonPositiveClients += other.NonPositiveClients;
        NonPositiveSum += other.NonPositiveSum;
    }

    /// <summary>Clients counted in a bucket of a plane.</summary>
    public int ClientsOf(int plane, int bucket) => (int)(_tallies[(plane * Buckets) + bucket] >> 32);

    /// <summary>Exact sum (cents) of the totals counted in a bucket of a plane.</summary>
    public Int128 SumOf(int plane, int bucket)
    {
        var index = (plane * Buckets) + bucket;
        return ((Int128)(ulong)(_tallies[index] & uint.MaxValue) << 64) + _lows[index];
    }

    /// <summary>Exact sum (cents) of the positive totals counted, over all planes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Int128 PositiveTotal()
    {
        Int128 total = 0;
        for (var b = 0; b < Buckets; b++)
        {
            total += BucketSum(b);
        }

        return total;
    }

    /// <summary>
    /// The bucket where the cumulative value (walking from the top, sums exact) first exceeds <paramref name="bound"/>
    /// (cents), as a one-bucket range; (−1, −1) when it never does.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public CutRange FindCut(decimal bound)
    {
        // Sums are integers: cumulative > bound ⇔ cumulative > ⌊bound⌋.
        var floor = (Int128)decimal.Floor(bound);
        Int128 cumulative = 0;
        for (var b = Buckets - 1; b >= 0; b--)
        {
            cumulative += BucketSum(b);
            if (cumulative > floor)
            {
                return new CutRange(b, b);
            }
        }

        return new CutRange(-1, -1);
    }

    private Int128 BucketSum(int bucket)
    {
        Int128 sum = 0;
        for (var p = 0; p < _planes; p++)
        {
            sum += SumOf(p, bucket);
        }

        return sum;
    }
}
