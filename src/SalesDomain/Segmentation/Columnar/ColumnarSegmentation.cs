using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SalesDomain.Segmentation.Columnar;

/// <summary>
/// The fast path of ABC + XYZ segmentation over a <see cref="RevenueMatrix"/> (DOMAIN.md §2; docs/performance.md in the repository).
/// It applies exactly the rules of <see cref="AbcAnalysis"/> and <see cref="XyzAnalysis"/> (rank ties by client index
/// ascending, equal values in one class, the crossing client in the upper class, values ≤ 0 in C, mean ≤ 0 in Z) and
/// returns the same classes. The matrix's columns are the periods of the analysis window.
/// </summary>
/// <remarks>
/// Two parallel passes over fixed chunks of clients, no per-client allocation, no comparison sort of the base:
/// <list type="number">
/// <item>One SIMD pass over the amounts: each client's total (exact, <see cref="long"/> cents) and sum of squares
/// (<see cref="double"/>, used to decide XYZ quickly; a client whose coefficient of variation lies within 10⁻⁹
/// relative of a threshold is re-decided exactly by <see cref="XyzAnalysis"/> in <see cref="decimal"/>), plus a
/// histogram of positive totals by their leading bits (count, approximate <see cref="double"/> sum) and their exact sum.</item>
/// <item>The histogram locates the range of buckets where the cumulative share may cross each ABC threshold (widened by
/// the worst-case rounding error); one pass over the totals classifies every client outside those ranges directly and
/// the few clients inside them are ranked exactly, with exact integer sums of everyone above them.</item>
/// </list>
/// Totals, shares and matrix values are integer sums; the double figures only decide which clients take the exact
/// route, so the classes do not depend on how the chunks are scheduled.
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
        var cuts = new AbcCuts(histogram.FindCut(aBound * 100m), histogram.FindCut(bBound * 100m), aBound, bBound);

        var tally = new CellTally();
        var deferred = new int[chunks][];
        Parallel.For(0, chunks, parallel, chunk =>
        {
            var (from, to) = Bounds(chunk, clients);
            deferred[chunk] = ClassifyChunk(from, to, totals, cells, cuts, tally);
        });

        ResolveCutBuckets(deferred, totals, cells, cuts, tally);
        return new ColumnarSegmentationResult(totals, cells, tally.ToMatrix(positiveTotal));
    }

    private static (int From, int To) Bounds(int chunk, int clients)
        => (chunk * ChunkSize, Math.Min(clients, (chunk + 1) * ChunkSize));

    private static void MeasureChunk(
        RevenueMatrix matrix, int from, int to, XyzDecider xyz, long[] totals, byte[] cells, TotalsHistogram histogram)
    {
        var periods = matrix.Periods;
        var data = matrix.Cents.Span;
        ulong low = 0;
        long carries = 0;
        var counts = histogram.Counts;
        var sums = histogram.Sums;
        for (var i = from; i < to; i++)
        {
            var row = data.Slice(i * periods, periods);
            var (sum, squares) = SumAndSquares(row);
            totals[i] = sum;
            cells[i] = (byte)xyz.Classify(row, sum, squares);
            if (sum > 0)
            {
                var b = TotalsHistogram.BucketOf(sum);
                counts[b]++;
                sums[b] += sum;

                // Exact sum of positive totals as 64 low bits and a carry count (cheaper than Int128 per client).
                var next = low + (ulong)sum;
                carries += next < low ? 1 : 0;
                low = next;
            }
        }

        histogram.AddChunk(to - from, ((Int128)carries << 64) + low);
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
            // long → double by the "magic number" trick, exact for |a| < 2⁵¹ (RevenueMatrix.MaxCents is 10¹⁵): the
            // bits of 2⁵² + 2⁵¹ plus a are the double 2⁵² + 2⁵¹ + a. Cheaper than a general conversion on most CPUs.
            var magicBits = Vector256.Create(0x4338000000000000L);
            var magic = Vector256.Create(6755399441055744.0);
            ref var start = ref MemoryMarshal.GetReference(row);
            var sums = Vector256<long>.Zero;
            var squareSums = Vector256<double>.Zero;
            for (; j <= row.Length - Vector256<long>.Count; j += Vector256<long>.Count)
            {
                var v = Vector256.LoadUnsafe(ref start, (nuint)j);
                sums += v;
                var d = (v + magicBits).AsDouble() - magic;
#if NET9_0_OR_GREATER
                squareSums = Vector256.FusedMultiplyAdd(d, d, squareSums);
#else
                // .NET 8 has no Vector256.FusedMultiplyAdd: the same fused instruction where the CPU has it.
                squareSums = System.Runtime.Intrinsics.X86.Fma.IsSupported
                    ? System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(d, d, squareSums)
                    : (d * d) + squareSums;
#endif
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

    /// <summary>
    /// Adds 3 × ABC class to each client's cell and tallies it, except the clients of the cut ranges, which it returns.
    /// </summary>
    private static int[] ClassifyChunk(int from, int to, long[] totals, byte[] cells, AbcCuts cuts, CellTally tally)
    {
        List<int>? deferred = null;

        // Four interleaved copies of the tally, so that consecutive clients of one cell do not wait on each other;
        // positive totals are summed as 64 low bits plus a carry count, the (rare) non-positive ones apart.
        Span<int> counts = stackalloc int[9 * 4];
        Span<ulong> lows = stackalloc ulong[9 * 4];
        Span<long> carries = stackalloc long[9 * 4];
        Int128 nonPositive = 0;
        var (cutA, cutB) = (cuts.A, cuts.B);
        for (var i = from; i < to; i++)
        {
            var total = totals[i];
            int cell;
            if (total <= 0)
            {
                cell = cells[i] + 6; // C; the mean is ≤ 0, so the XYZ class is Z
                cells[i] = (byte)cell;
                counts[cell * 4]++;
                nonPositive += total;
                continue;
            }

            var bucket = TotalsHistogram.BucketOf(total);
            if (cutA.Contains(bucket) || cutB.Contains(bucket))
            {
                (deferred ??= []).Add(i);
                continue;
            }

            // A above the A range, B between the ranges, C below the B range.
            cell = cells[i] + (bucket > cutA.Hi ? 0 : bucket > cutB.Hi ? 3 : 6);
            cells[i] = (byte)cell;
            var slot = (cell * 4) + (i & 3);
            counts[slot]++;
            var next = lows[slot] + (ulong)total;
            carries[slot] += next < lows[slot] ? 1 : 0;
            lows[slot] = next;
        }

        lock (tally)
        {
            for (var slot = 0; slot < 9 * 4; slot++)
            {
                tally.Add(slot / 4, counts[slot], ((Int128)carries[slot] << 64) + lows[slot]);
            }

            tally.Add(((int)AbcClass.C * 3) + (int)XyzClass.Z, 0, nonPositive); // a total ≤ 0 is C and Z
        }

        return deferred is null ? [] : [.. deferred];
    }

    /// <summary>Ranks the clients of the cut ranges exactly, knowing the exact value of the clients above them.</summary>
    private static void ResolveCutBuckets(int[][] deferred, long[] totals, byte[] cells, AbcCuts cuts, CellTally tally)
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

        // Above the A range every client is A; between the ranges every client is B (none when they overlap).
        var before = tally.ValueOf(AbcClass.A);
        var between = tally.ValueOf(AbcClass.B); // read now: resolving adds to the B cells
        var betweenAdded = false;
        (long Total, AbcClass Class) previous = (0, AbcClass.A);
        foreach (var (total, index) in members)
        {
            if (!betweenAdded && TotalsHistogram.BucketOf(total) < cuts.A.Lo)
            {
                before += between;
                betweenAdded = true;
            }

            var share = RevenueMatrix.ToAmount(before);
            // Equal totals share a bucket, so a tie never straddles the members and the clients classified directly.
            var abc = total == previous.Total ? previous.Class
                : share < cuts.ABound ? AbcClass.A : share < cuts.BBound ? AbcClass.B : AbcClass.C;
            previous = (total, abc);
            var cell = ((int)abc * 3) + cells[index];
            cells[index] = (byte)cell;
            tally.Add(cell, 1, total);
            before += total;
        }
    }

    private sealed record AbcCuts(TotalsHistogram.CutRange A, TotalsHistogram.CutRange B, decimal ABound, decimal BBound);
}
