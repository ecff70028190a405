using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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
/// <item>One SIMD pass over the amounts, four clients side by side: each client's total (exact, <see cref="long"/>
/// cents) and sum of squares (<see cref="double"/>, used to decide XYZ for the four at once; a client whose coefficient
/// of variation lies within 10⁻⁹ relative of a threshold is re-decided exactly by <see cref="XyzAnalysis"/> in
/// <see cref="decimal"/>), counted in a histogram of positive totals by their leading bits, one plane per XYZ class,
/// with exact integer sums per bucket.</item>
/// <item>The histogram gives the bucket where the cumulative value crosses each ABC threshold and, from the buckets
/// on either side, the exact count and value of every cell; one branch-free pass over the totals adds the ABC class
/// of every client outside those buckets, and the few clients inside them are ranked exactly, with exact integer sums
/// of everyone above them.</item>
/// </list>
/// Totals, shares and matrix values are integer sums; the double figures only decide which clients take the exact
/// route, so the classes do not depend on how the chunks are scheduled. The hot loops are compiled fully optimised
/// at their first call, so a one-off analysis (the command line's) runs at the speed of a repeated one.
/// <see cref="SegmentInto"/> writes into buffers the caller keeps, for repeated analyses of a large base: a fresh
/// 9 bytes per client costs page faults that, on some virtual machines, take longer than the pass itself.
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

        // Every entry of both arrays is written by the first pass, so they need no clearing.
        var totals = GC.AllocateUninitializedArray<long>(matrix.Clients);
        var cells = GC.AllocateUninitializedArray<byte>(matrix.Clients);
        var cellMatrix = SegmentInto(matrix, totals, cells, abcOptions, xyzOptions, maxDegreeOfParallelism);
        return new ColumnarSegmentationResult(totals, cells, cellMatrix);
    }

    /// <summary>
    /// Segments every client of the matrix into buffers the caller owns, so that repeated analyses of a large base
    /// (other thresholds, other windows, one per month) allocate nothing in proportion to it: the first
    /// <see cref="RevenueMatrix.Clients"/> entries of <paramref name="totalCents"/> and <paramref name="cells"/> receive
    /// what <see cref="ColumnarSegmentationResult.TotalCents"/> and <see cref="ColumnarSegmentationResult.Cells"/> would hold.
    /// </summary>
    /// <param name="matrix">The amounts, clients × periods.</param>
    /// <param name="totalCents">Receives each client's total in cents, by client index; at least as long as the base, and not
    /// overlapping the matrix's amounts.</param>
    /// <param name="cells">Receives each client's cell, <c>3 · (int)AbcClass + (int)XyzClass</c>; at least as long as the base.</param>
    /// <param name="abcOptions">ABC thresholds; defaults (80 % / 95 %) when null.</param>
    /// <param name="xyzOptions">XYZ thresholds (X ≤ 0.10, Y ≤ 0.25 by default); the period and window are given by the matrix.</param>
    /// <param name="maxDegreeOfParallelism">Most threads used; −1 (default) for one per processor.</param>
    /// <returns>The 9-cell matrix with counts and values (currency units) per cell.</returns>
    public static AbcXyzMatrix SegmentInto(
        RevenueMatrix matrix,
        Memory<long> totalCents,
        Memory<byte> cells,
        AbcOptions? abcOptions = null,
        XyzOptions? xyzOptions = null,
        int maxDegreeOfParallelism = -1)
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
        if (totalCents.Length < clients)
        {
            throw Guard.OutOfRange(nameof(totalCents), totalCents.Length, $"must hold at least the {clients} clients of the matrix");
        }

        if (totalCents.Span.Overlaps(matrix.Cents.Span))
        {
            throw new ArgumentException("must not share memory with the matrix's amounts, which it would overwrite", nameof(totalCents));
        }

        if (cells.Length < clients)
        {
            throw Guard.OutOfRange(nameof(cells), cells.Length, $"must hold at least the {clients} clients of the matrix");
        }

        var chunks = (clients + ChunkSize - 1) / ChunkSize;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        var xyz = new XyzDecider(xyzOptions, matrix.Periods);
        using var histogram = new TotalsHistogram(planes: 3);

        Parallel.For(
            0,
            chunks,
            parallel,
            () => new TotalsHistogram(planes: 3),
            (chunk, _, local) =>
            {
                var (from, to) = Bounds(chunk, clients);
                MeasureChunk(matrix, from, to, xyz, totalCents.Span, cells.Span, local);
                return local;
            },
            local =>
            {
                lock (histogram)
                {
                    histogram.Add(local);
                }

                local.Dispose();
            });

        var positiveTotal = histogram.PositiveTotal();
        var aBound = abcOptions.AThreshold * RevenueMatrix.ToAmount(positiveTotal);
        var bBound = abcOptions.BThreshold * RevenueMatrix.ToAmount(positiveTotal);
        var cuts = new AbcCuts(histogram.FindCut(aBound * 100m), histogram.FindCut(bBound * 100m), aBound, bBound);
        var tally = TallyDirect(histogram, cuts);
        var limits = new Limits(cuts);

        var deferred = new (long Total, int Index)[chunks][];
        Parallel.For(0, chunks, parallel, chunk =>
        {
            var (from, to) = Bounds(chunk, clients);
            deferred[chunk] = ClassifyChunk(from, to, totalCents.Span, cells.Span, limits);
        });

        ResolveCutBuckets(deferred, cells.Span, cuts, tally);
        return tally.ToMatrix(positiveTotal);
    }

    private static (int From, int To) Bounds(int chunk, int clients)
        => (chunk * ChunkSize, Math.Min(clients, (chunk + 1) * ChunkSize));

    /// <summary>
    /// Each client's total and XYZ class (stored as its cell for now), counted in the histogram plane of its class.
    /// Four clients at a time where the CPU has 256-bit integer vectors, one at a time otherwise and for the remainder.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MeasureChunk(
        RevenueMatrix matrix, int from, int to, XyzDecider xyz, Span<long> totals, Span<byte> cells, TotalsHistogram histogram)
    {
        var periods = matrix.Periods;
        var data = matrix.Cents.Span;
        var i = from;
        if (Avx2.IsSupported && periods >= Vector256<long>.Count)
        {
            for (; i <= to - 4; i += 4)
            {
                MeasureFour(data, i, periods, xyz, totals, cells, histogram);
            }
        }

        for (; i < to; i++)
        {
            var row = data.Slice(i * periods, periods);
            var (sum, squares) = SumAndSquares(row);
            totals[i] = sum;
            var xyzClass = (int)xyz.Classify(row, sum, squares);
            cells[i] = (byte)xyzClass;
            histogram.Add(xyzClass, sum);
        }
    }

    /// <summary>
    /// Clients <paramref name="first"/>..+3: their rows summed side by side (four independent chains), the four sums
    /// and sums of squares gathered into one vector each, and the XYZ decision taken for the four at once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MeasureFour(
        ReadOnlySpan<long> data, int first, int periods, XyzDecider xyz, Span<long> totals, Span<byte> cells, TotalsHistogram histogram)
    {
        ref var row0 = ref Unsafe.Add(ref MemoryMarshal.GetReference(data), first * periods);
        ref var row1 = ref Unsafe.Add(ref row0, periods);
        ref var row2 = ref Unsafe.Add(ref row1, periods);
        ref var row3 = ref Unsafe.Add(ref row2, periods);
        Vector256<long> s0 = default, s1 = default, s2 = default, s3 = default;
        Vector256<double> q0 = default, q1 = default, q2 = default, q3 = default;
        var j = 0;
        for (; j <= periods - Vector256<long>.Count; j += Vector256<long>.Count)
        {
            var v0 = Vector256.LoadUnsafe(ref row0, (nuint)j);
            var v1 = Vector256.LoadUnsafe(ref row1, (nuint)j);
            var v2 = Vector256.LoadUnsafe(ref row2, (nuint)j);
            var v3 = Vector256.LoadUnsafe(ref row3, (nuint)j);
            s0 += v0;
            s1 += v1;
            s2 += v2;
            s3 += v3;
            q0 = AddSquares(v0, q0);
            q1 = AddSquares(v1, q1);
            q2 = AddSquares(v2, q2);
            q3 = AddSquares(v3, q3);
        }

        for (; j < periods; j++)
        {
            // The last periods % 4 amounts go into lane 0 of each row's accumulators.
            var (a0, a1, a2, a3) = (Vector256.CreateScalar(Unsafe.Add(ref row0, j)), Vector256.CreateScalar(Unsafe.Add(ref row1, j)),
                Vector256.CreateScalar(Unsafe.Add(ref row2, j)), Vector256.CreateScalar(Unsafe.Add(ref row3, j)));
            (s0, s1, s2, s3) = (s0 + a0, s1 + a1, s2 + a2, s3 + a3);
            (q0, q1, q2, q3) = (AddSquares(a0, q0), AddSquares(a1, q1), AddSquares(a2, q2), AddSquares(a3, q3));
        }

        var sums = Gather(s0, s1, s2, s3);
        var squares = Gather(q0, q1, q2, q3);
        sums.StoreUnsafe(ref MemoryMarshal.GetReference(totals.Slice(first, 4)));
        var sumsAsDouble = XyzDecider.ToDouble(sums);
        var (classes, near) = xyz.DecideFour(sumsAsDouble, squares);
        var positive = Vector256.GreaterThan(sums, Vector256<long>.Zero).ExtractMostSignificantBits();
        if ((near | (positive ^ 0b1111)) == 0)
        {
            // The usual case: four positive totals, each clearly X, Y or Z. Histogram index = class · Buckets + bucket,
            // the bucket from the double's bits as in TotalsHistogram.BucketOf.
            var index = Vector256.ShiftRightLogical(sumsAsDouble.AsInt64(), 44)
                + Vector256.ShiftLeft(classes, TotalsHistogram.BucketBits) - Vector256.Create(1023L << 8);
            var (i0, i1, i2, i3) = ((int)index.GetElement(0), (int)index.GetElement(1), (int)index.GetElement(2), (int)index.GetElement(3));
            histogram.AddAt(i0, sums.GetElement(0));
            histogram.AddAt(i1, sums.GetElement(1));
            histogram.AddAt(i2, sums.GetElement(2));
            histogram.AddAt(i3, sums.GetElement(3));
            var packed = (uint)(i0 >> TotalsHistogram.BucketBits) | ((uint)(i1 >> TotalsHistogram.BucketBits) << 8)
                | ((uint)(i2 >> TotalsHistogram.BucketBits) << 16) | ((uint)(i3 >> TotalsHistogram.BucketBits) << 24);
            Unsafe.WriteUnaligned(ref MemoryMarshal.GetReference(cells.Slice(first, 4)), packed);
            return;
        }

        for (var k = 0; k < 4; k++)
        {
            var total = totals[first + k];
            var xyzClass = total <= 0 ? (int)XyzClass.Z
                : ((near >> k) & 1) != 0 ? (int)xyz.Classify(data.Slice((first + k) * periods, periods), total, squares.GetElement(k))
                : (int)classes.GetElement(k);
            cells[first + k] = (byte)xyzClass;
            histogram.Add(xyzClass, total);
        }
    }

    /// <summary>Adds the squares of four amounts (exact in <see cref="double"/>: |a| ≤ <see cref="RevenueMatrix.MaxCents"/> &lt; 2⁵¹).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> AddSquares(Vector256<long> amounts, Vector256<double> squares)
    {
        // long → double in one instruction with AVX-512, else by the "magic number" trick (exact for |a| < 2⁵¹): the
        // bits of 2⁵² + 2⁵¹ plus a are the double 2⁵² + 2⁵¹ + a.
        var d = Avx512DQ.VL.IsSupported
            ? Avx512DQ.VL.ConvertToVector256Double(amounts)
            : (amounts + Vector256.Create(0x4338000000000000L)).AsDouble() - Vector256.Create(6755399441055744.0);
        return Fma.IsSupported ? Fma.MultiplyAdd(d, d, squares) : (d * d) + squares;
    }

    /// <summary>[Σa, Σb, Σc, Σd] of four vectors, without four horizontal sums.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<long> Gather(Vector256<long> a, Vector256<long> b, Vector256<long> c, Vector256<long> d)
    {
        var ab = Avx2.UnpackLow(a, b) + Avx2.UnpackHigh(a, b); // [a0+a1, b0+b1, a2+a3, b2+b3]
        var cd = Avx2.UnpackLow(c, d) + Avx2.UnpackHigh(c, d);
        return Avx2.Permute2x128(ab, cd, 0x20) + Avx2.Permute2x128(ab, cd, 0x31);
    }

    /// <inheritdoc cref="Gather(Vector256{long}, Vector256{long}, Vector256{long}, Vector256{long})"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Gather(Vector256<double> a, Vector256<double> b, Vector256<double> c, Vector256<double> d)
    {
        var ab = Avx.UnpackLow(a, b) + Avx.UnpackHigh(a, b);
        var cd = Avx.UnpackLow(c, d) + Avx.UnpackHigh(c, d);
        return Avx.Permute2x128(ab, cd, 0x20) + Avx.Permute2x128(ab, cd, 0x31);
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
                squareSums = AddSquares(v, squareSums);
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
    /// The matrix's counts and exact values of every client outside the cut ranges, from the histogram's planes: a
    /// bucket above the A range is A, between the ranges B, below the B range C; a non-positive total is C and Z.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static CellTally TallyDirect(TotalsHistogram histogram, AbcCuts cuts)
    {
        var tally = new CellTally();
        for (var xyz = 0; xyz < 3; xyz++)
        {
            for (var b = 0; b < TotalsHistogram.Buckets; b++)
            {
                var clients = histogram.ClientsOf(xyz, b);
                if (clients == 0 || cuts.A.Contains(b) || cuts.B.Contains(b))
                {
                    continue;
                }

                var abc = b > cuts.A.Hi ? 0 : b > cuts.B.Hi ? 1 : 2;
                tally.Add((abc * 3) + xyz, clients, histogram.SumOf(xyz, b));
            }
        }

        tally.Add(((int)AbcClass.C * 3) + (int)XyzClass.Z, histogram.NonPositiveClients, histogram.NonPositiveSum);
        return tally;
    }

    /// <summary>
    /// Adds 3 × ABC class to each client's cell, except the clients of the cut ranges, which it returns: A above the A
    /// range, B between the ranges, C below the B range (and every non-positive total). Four clients at a time where
    /// the CPU has vectors: two comparisons give the four classes, one table entry the four additions.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (long Total, int Index)[] ClassifyChunk(int from, int to, Span<long> totals, Span<byte> cells, Limits limits)
    {
        List<(long Total, int Index)>? deferred = null;
        var i = from;
        if (Vector256.IsHardwareAccelerated)
        {
            var (a, b) = (Vector256.Create(limits.A), Vector256.Create(limits.B));
            var (aFrom, aWidth) = (Vector256.Create(limits.AFrom), Vector256.Create(limits.AWidth));
            var (bFrom, bWidth) = (Vector256.Create(limits.BFrom), Vector256.Create(limits.BWidth));
            var additions = FourAdditions;
            for (; i <= to - 4; i += 4)
            {
                var four = totals.Slice(i, 4);
                var t = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(four));
                var inCutRange = Vector256.LessThan(t.AsUInt64() - aFrom, aWidth) | Vector256.LessThan(t.AsUInt64() - bFrom, bWidth);
                if (inCutRange != Vector256<ulong>.Zero)
                {
                    for (var k = i; k < i + 4; k++)
                    {
                        ClassifyOne(k, totals, cells, limits, ref deferred);
                    }

                    continue;
                }

                var key = Vector256.GreaterThan(t, a).ExtractMostSignificantBits() | (Vector256.GreaterThan(t, b).ExtractMostSignificantBits() << 4);
                ref var cell = ref MemoryMarshal.GetReference(cells.Slice(i, 4));
                Unsafe.WriteUnaligned(ref cell, Unsafe.ReadUnaligned<uint>(ref cell) + additions[(int)key]);
            }
        }

        for (; i < to; i++)
        {
            ClassifyOne(i, totals, cells, limits, ref deferred);
        }

        return deferred is null ? [] : [.. deferred];
    }

    private static void ClassifyOne(int i, Span<long> totals, Span<byte> cells, Limits limits, ref List<(long Total, int Index)>? deferred)
    {
        var total = totals[i];
        if (((ulong)total - limits.AFrom < limits.AWidth) || ((ulong)total - limits.BFrom < limits.BWidth))
        {
            (deferred ??= []).Add((total, i));
            return;
        }

        cells[i] = (byte)(cells[i] + (total > limits.A ? 0 : total > limits.B ? 3 : 6));
    }

    /// <summary>
    /// For four clients, indexed by 4 bits "total above the A range" and 4 bits "above the B range" (bit k = client k),
    /// the four additions 3 × ABC class packed as the bytes of a little-endian <see cref="uint"/>.
    /// </summary>
    private static readonly uint[] FourAdditions = [.. Enumerable.Range(0, 256).Select(static key =>
    {
        uint packed = 0;
        for (var k = 0; k < 4; k++)
        {
            var abc = ((key >> k) & 1) != 0 ? 0 : ((key >> (4 + k)) & 1) != 0 ? 1 : 2;
            packed |= (uint)(3 * abc) << (8 * k);
        }

        return packed;
    })];

    /// <summary>Ranks the clients of the cut ranges exactly, knowing the exact value of the clients above them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ResolveCutBuckets((long Total, int Index)[][] deferred, Span<byte> cells, AbcCuts cuts, CellTally tally)
    {
        // The members split by bucket: the A cut's bucket, then the B cut's below it (none when the cuts fall in one
        // bucket); their order does not matter, ranking breaks ties by client index. Above the A range every client
        // is A, between the ranges every client is B.
        var count = 0;
        foreach (var chunk in deferred)
        {
            count += chunk.Length;
        }

        var members = new (long Total, int Index)[count];
        var (upper, lower) = (0, count); // the A cut's bucket fills from the start, the B cut's from the end
        foreach (var chunk in deferred)
        {
            foreach (var member in chunk)
            {
                members[TotalsHistogram.BucketOf(member.Total) >= cuts.A.Lo ? upper++ : --lower] = member;
            }
        }

        // A share (cents before the client ÷ 100) is below a bound b exactly when the cents are below ⌈100·b⌉.
        var limits = (A: (Int128)decimal.Ceiling(cuts.ABound * 100m), B: (Int128)decimal.Ceiling(cuts.BBound * 100m));
        var before = tally.ValueOf(AbcClass.A);
        var between = tally.ValueOf(AbcClass.B); // read now: resolving adds to the B cells
        before = ResolveBucket(members.AsSpan(0, upper), before, limits, cells, tally);
        ResolveBucket(members.AsSpan(lower), before + between, limits, cells, tally);
    }

    /// <summary>
    /// Classes the members of one cut bucket, the value above them being <paramref name="before"/> (cents), and returns
    /// the value above the bucket's end. The members are split into 256 slices by total; a slice whose members all sit
    /// on one side of both bounds is classed at once, and only the members of a slice a bound crosses (at most two
    /// slices) are ranked — total descending, then client index ascending — and walked exactly.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Int128 ResolveBucket(Span<(long Total, int Index)> members, Int128 before, (Int128 A, Int128 B) limits, Span<byte> cells, CellTally tally)
    {
        if (members.IsEmpty)
        {
            return before;
        }

        const int Slices = 256;
        long min = long.MaxValue, max = long.MinValue;
        foreach (var (total, _) in members)
        {
            min = Math.Min(min, total);
            max = Math.Max(max, total);
        }

        // Slice 0 holds the largest totals; the slice is non-increasing in the total, so equal totals share one.
        var shift = Math.Max(0, 64 - BitOperations.LeadingZeroCount((ulong)(max - min)) - 8);
        Span<Int128> sums = stackalloc Int128[Slices];
        sums.Clear();
        foreach (var (total, _) in members)
        {
            sums[(int)((ulong)(max - total) >> shift)] += total;
        }

        // The class of every slice no bound crosses (−1 for a crossed slice), and the value above each slice.
        Span<int> classes = stackalloc int[Slices];
        Span<Int128> above = stackalloc Int128[Slices];
        var cumulative = before;
        for (var slice = 0; slice < Slices; slice++)
        {
            above[slice] = cumulative;
            var end = cumulative + sums[slice];
            var clear = (cumulative >= limits.A || end <= limits.A) && (cumulative >= limits.B || end <= limits.B);
            classes[slice] = clear ? (cumulative >= limits.A ? 1 : 0) + (cumulative >= limits.B ? 1 : 0) : -1;
            cumulative = end;
        }

        List<(long Total, int Index)>? crossed = null;
        foreach (var (total, index) in members)
        {
            var slice = (int)((ulong)(max - total) >> shift);
            if (classes[slice] < 0)
            {
                (crossed ??= []).Add((total, index));
                continue;
            }

            Assign(index, total, (AbcClass)classes[slice], cells, tally);
        }

        if (crossed is not null)
        {
            crossed.Sort(static (x, y) => x.Total != y.Total ? y.Total.CompareTo(x.Total) : x.Index.CompareTo(y.Index));
            var slice = -1;
            var walked = before;
            (long Total, AbcClass Class) previous = (0, AbcClass.A);
            foreach (var (total, index) in crossed)
            {
                var next = (int)((ulong)(max - total) >> shift);
                if (next != slice)
                {
                    (slice, walked, previous) = (next, above[next], (0, AbcClass.A));
                }

                // A tie takes the class of its first: equal totals share a slice, so a tie never straddles slices.
                var abc = total == previous.Total ? previous.Class
                    : walked < limits.A ? AbcClass.A : walked < limits.B ? AbcClass.B : AbcClass.C;
                previous = (total, abc);
                Assign(index, total, abc, cells, tally);
                walked += total;
            }
        }

        return cumulative;
    }

    private static void Assign(int index, long total, AbcClass abc, Span<byte> cells, CellTally tally)
    {
        var cell = ((int)abc * 3) + cells[index];
        cells[index] = (byte)cell;
        tally.Add(cell, 1, total);
    }

    private sealed record AbcCuts(TotalsHistogram.CutRange A, TotalsHistogram.CutRange B, decimal ABound, decimal BBound);

    /// <summary>
    /// The cut ranges as totals: a positive total is above the A (B) range when it exceeds <c>A</c> (<c>B</c>), and
    /// inside it when <c>total − AFrom &lt; AWidth</c> (<c>BFrom</c>, <c>BWidth</c>) in unsigned arithmetic.
    /// </summary>
    private readonly struct Limits
    {
        public Limits(AbcCuts cuts)
        {
            (A, AFrom, AWidth) = Of(cuts.A);
            (B, BFrom, BWidth) = Of(cuts.B);
        }

        public long A { get; }

        public ulong AFrom { get; }

        public ulong AWidth { get; }

        public long B { get; }

        public ulong BFrom { get; }

        public ulong BWidth { get; }

        private static (long Above, ulong From, ulong Width) Of(TotalsHistogram.CutRange range)
        {
            var last = TotalsHistogram.LastTotalOf(range.Hi);
            var before = range.Lo < 0 ? last : TotalsHistogram.LastTotalOf(range.Lo - 1);
            return (last, (ulong)before + 1, (ulong)(last - before));
        }
    }
}
