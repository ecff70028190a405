namespace SalesDomain.Segmentation.Columnar;

/// <summary>
/// Count and exact sum (cents) of positive client totals per bucket of their leading bits: the bucket of a total is
/// the exponent and the top 8 mantissa bits of its <see cref="double"/> value, so buckets are ordered like totals
/// and each covers at most 1/256 of its value. 16 384 buckets span every positive <see cref="long"/>.
/// </summary>
internal sealed class TotalsHistogram
{
    /// <summary>Number of buckets: 64 binary exponents × 256 mantissa steps.</summary>
    public const int Buckets = 64 * 256;

    private readonly int[] _counts = new int[Buckets];
    private readonly Int128[] _sums = new Int128[Buckets];

    /// <summary>A bucket that holds a threshold crossing (or −1 when every positive total is inside the class).</summary>
    /// <param name="Bucket">The bucket index, −1 for none.</param>
    public readonly record struct Cut(int Bucket);

    /// <summary>Sum of all counted totals, in cents.</summary>
    public Int128 Total
    {
        get
        {
            Int128 total = 0;
            foreach (var s in _sums)
            {
                total += s;
            }

            return total;
        }
    }

    /// <summary>The bucket of a positive total; non-decreasing in the total.</summary>
    public static int BucketOf(long positiveTotal) =>
        (int)((BitConverter.DoubleToInt64Bits(positiveTotal) >> 44) - (1023L << 8));

    /// <summary>Counts one positive total.</summary>
    public void Count(long positiveTotal)
    {
        var b = BucketOf(positiveTotal);
        _counts[b]++;
        _sums[b] += positiveTotal;
    }

    /// <summary>Adds another histogram's counts and sums.</summary>
    public void Add(TotalsHistogram other)
    {
        for (var b = 0; b < Buckets; b++)
        {
            _counts[b] += other._counts[b];
            _sums[b] += other._sums[b];
        }
    }

    /// <summary>Sum (cents) of the totals in buckets above <paramref name="bucket"/>.</summary>
    public Int128 SumAbove(int bucket)
    {
        Int128 sum = 0;
        for (var b = Buckets - 1; b > bucket; b--)
        {
            sum += _sums[b];
        }

        return sum;
    }

    /// <summary>
    /// The highest bucket whose clients may not all lie below <paramref name="bound"/> (currency units) in cumulative
    /// value before them: walking buckets from the top, the first one whose cumulative end exceeds the bound. Every
    /// client in a higher bucket is inside the class, every client in a lower bucket outside it.
    /// </summary>
    public Cut FindCut(decimal bound)
    {
        Int128 cumulative = 0;
        for (var b = Buckets - 1; b >= 0; b--)
        {
            if (_counts[b] == 0)
            {
                continue;
            }

            cumulative += _sums[b];
            // The last client of the bucket has before = cumulative − its total < cumulative; when cumulative ≤ bound
            // every client of the bucket is inside.
            if (RevenueMatrix.ToAmount(cumulative) > bound)
            {
                return new Cut(b);
            }
        }

        return new Cut(-1);
    }
}
