using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SalesDomain.Segmentation.Columnar;

/// <summary>
/// The fast path of ABC + XYZ segmentation over a <see cref="RevenueMatrix"/> (DOMAIN.md §2; docs/performance.md).
/// It applies exactly the rules of <see cref="AbcAnalysis"/> and <see cref="XyzAnalysis"/> (ties by client index
/// ascending, the crossing client in the upper class, values ≤ 0 in C, mean ≤ 0 in Z) and returns the same classes.
/// </summary>
/// <remarks>
/// Two parallel passes over fixed chunks of clients, no per-client allocation, no comparison sort of the base:
/// <list type="number">
/// <item>One SIMD pass over the amounts: each client's total (exact, <see cref="long"/> cents) and sum of squares
/// (<see cref="double"/>, the only floating-point figure: it is used to decide XYZ quickly; a client whose coefficient
/// of variation lies within 10⁻⁹ relative of a threshold is re-decided exactly by <see cref="XyzAnalysis"/> in
/// <see cref="decimal"/>), plus a histogram of positive totals by their leading bits (count and exact sum per bucket).</item>
/// <item>The histogram locates the bucket where the cumulative share crosses each ABC threshold; one pass over the
/// totals classifies every client outside those buckets directly and the few clients inside them are ranked exactly.</item>
/// </list>
/// Every accumulation is an integer sum, so the result does not depend on how the chunks are scheduled.
/// </remarks>
public static class ColumnarSegmentation
{
    private const int ChunkSize = 1 << 15;

    /// <summary>Segments every client of the matrix.</summary>
    /// <param name="matrix">The amounts, clients × periods.</param>
    /// <param name="abcOptions">ABC thresholds; defaults (80 % / 95 %) when null.</param>
    /// <param name="xyzOptions">XYZ thresholds (X ≤ 0.10, Y ≤ 0.25 by default); the period and window are given by the matrix.</param>
    /// <param name="maxDegreeOfParallelism">Most threads used; −1 (default) for one per processor.</param>
    public static ColumnarSegmentationResult Segment(
        RevenueMatrix matrix, AbcOptions? abcOptions = null, XyzOptions? xyzOptions = null, int maxDegreeOfParallelism = -1)
    {
        Guard.NotNull(matrix);
        abcOptions ??= AbcOptions.Default;
        abcOptions.Validate();
        xyzOptions ??= XyzOptions.Default;
        xyzOptions.Validate();
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw Guard.OutOfRange(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "must be positive or -1");
        }

        var clients = matrix.Clients;
        var totals = new long[clients];
        var cells = new byte[clients];
        var chunks = (clients + ChunkSize - 1) / ChunkSize;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        var histogram = new TotalsHistogram();
        var xyz = new XyzDecider(xyzOptions, matrix.Periods);

        Parallel.For(
            0,
            chunks,
            parallel,
            () => new TotalsHistogram(),
            (chunk, _, local) =>
            {
                var (from, to) = Bounds(chunk, clients);
                MeasureChunk(matrix, from, to, xyz, totals, cells, local);
                return local;
            },
            local =>
            {
                lock (histogram)
                {
                    histogram.Add(local);
                }
            });

        var positiveTotal = histogram.Total;
        var aBound = abcOptions.AThreshold * RevenueMatrix.ToAmount(positiveTotal);
        var bBound = abcOptions.BThreshold * RevenueMatrix.ToAmount(positiveTotal);
        var cuts = new AbcCuts(histogram.FindCut(aBound), histogram.FindCut(bBound), aBound, bBound);

        var cellCounts = new CellTally();
        var deferred = new int[chunks][];
        Parallel.For(
            0,
            chunks,
            parallel,
            () => new CellTally(),
            (chunk, _, local) =>
            {
                var (from, to) = Bounds(chunk, clients);
                deferred[chunk] = ClassifyChunk(from, to, totals, cells, cuts, local);
                return local;
            },
            local =>
            {
                lock (cellCounts)
                {
                    cellCounts.Add(local);
                }
            });

        ResolveCutBuckets(deferred, totals, cells, cuts, histogram, cellCounts);
        return new ColumnarSegmentationResult(totals, cells, cellCounts.ToMatrix(positiveTotal));
    }

    private static (int From, int To) Bounds(int chunk, int clients)
        => (chunk * ChunkSize, Math.Min(clients, (chunk + 1) * ChunkSize));

    private static void MeasureChunk(
        RevenueMatrix matrix, int from, int to, XyzDecider xyz, long[] totals, byte[] cells, TotalsHistogram histogram)
    {
        var periods = matrix.Periods;
        var data = matrix.Cents.Span;
        for (var i = from; i < to; i++)
        {
            var row = data.Slice(i * periods, periods);
            var (sum, squares) = SumAndSquares(row);
            totals[i] = sum;
            cells[i] = (byte)xyz.Classify(row, sum, squares);
            if (sum > 0)
            {
                histogram.Count(sum);
            }
        }
    }

    /// <summary>Σ a (exact) and Σ a² (double) of one row, with 256-bit vectors when the hardware has them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (long Sum, double Squares) SumAndSquares(ReadOnlySpan<long> row)
    {
        long sum = 0;
        double squares = 0d;
        var j = 0;
        if (Vector256.IsHardwareAccelerated && row.Length >= Vector256<long>.Count)
        {
            ref var start = ref MemoryMarshal.GetReference(row);
            var sums = Vector256<long>.Zero;
            var squareSums = Vector256<double>.Zero;
            for (; j <= row.Length - Vector256<long>.Count; j += Vector256<long>.Count)
            {
                var v = Vector256.LoadUnsafe(ref start, (nuint)j);
                sums += v;
                var d = Vector256.ConvertToDouble(v);
                squareSums = Vector256.FusedMultiplyAdd(d, d, squareSums);
            }

            sum = Vector256.Sum(sums);
            squares = Vector256.Sum(squareSums);
        }

        for (; j < row.Length; j++)
        {
            sum += row[j];
            double d = row[j];
            squares += d * d;
        }

        return (sum, squares);
    }

    private static int[] ClassifyChunk(int from, int to, long[] totals, byte[] cells, AbcCuts cuts, CellTally tally)
    {
        List<int>? deferred = null;
        for (var i = from; i < to; i++)
        {
            var total = totals[i];
            AbcClass abc;
            if (total <= 0)
            {
                abc = AbcClass.C;
            }
            else
            {
                var bucket = TotalsHistogram.BucketOf(total);
                if (bucket == cuts.A.Bucket || bucket == cuts.B.Bucket)
                {
                    (deferred ??= []).Add(i);
                    continue;
                }

                abc = bucket > cuts.A.Bucket ? AbcClass.A : bucket > cuts.B.Bucket ? AbcClass.B : AbcClass.C;
            }

            var cell = ((int)abc * 3) + cells[i];
            cells[i] = (byte)cell;
            tally.Add(cell, total);
        }

        return deferred is null ? [] : [.. deferred];
    }

    /// <summary>Ranks the clients of the (at most two) buckets that hold a threshold crossing, exactly.</summary>
    private static void ResolveCutBuckets(
        int[][] deferred, long[] totals, byte[] cells, AbcCuts cuts, TotalsHistogram histogram, CellTally tally)
    {
        var members = new (long Total, int Index)[deferred.Sum(d => d.Length)];
        var n = 0;
        foreach (var list in deferred)
        {
            foreach (var i in list)
            {
                members[n++] = (totals[i], i);
            }
        }

        // Rank order: total descending, then client index ascending.
        Array.Sort(members, static (x, y) => x.Total != y.Total ? y.Total.CompareTo(x.Total) : x.Index.CompareTo(y.Index));
        var k = 0;
        while (k < members.Length)
        {
            var bucket = TotalsHistogram.BucketOf(members[k].Total);
            var before = histogram.SumAbove(bucket);
            for (; k < members.Length && TotalsHistogram.BucketOf(members[k].Total) == bucket; k++)
            {
                var (total, index) = members[k];
                var share = RevenueMatrix.ToAmount(before);
                var abc = share < cuts.ABound ? AbcClass.A : share < cuts.BBound ? AbcClass.B : AbcClass.C;
                var cell = ((int)abc * 3) + cells[index];
                cells[index] = (byte)cell;
                tally.Add(cell, total);
                before += total;
            }
        }
    }

    private sealed record AbcCuts(TotalsHistogram.Cut A, TotalsHistogram.Cut B, decimal ABound, decimal BBound);

    /// <summary>Per-cell client counts and exact value sums (cents) of the ABC×XYZ matrix.</summary>
    private sealed class CellTally
    {
        private readonly int[] _counts = new int[9];
        private readonly Int128[] _values = new Int128[9];

        public void Add(int cell, long total)
        {
            _counts[cell]++;
            _values[cell] += total;
        }

        public void Add(CellTally other)
        {
            for (var c = 0; c < 9; c++)
            {
                _counts[c] += other._counts[c];
                _values[c] += other._values[c];
            }
        }

        public AbcXyzMatrix ToMatrix(Int128 positiveTotal)
        {
            var values = new decimal[9];
            for (var c = 0; c < 9; c++)
            {
                values[c] = RevenueMatrix.ToAmount(_values[c]);
            }

            return AbcXyzMatrix.FromCounts(_counts, values, RevenueMatrix.ToAmount(positiveTotal));
        }
    }
}
