using SalesDomain.Segmentation;
using SalesDomain.Segmentation.Columnar;
using SalesDomain.Testing;

namespace SalesDomain.Tests.Segmentation.Columnar;

/// <summary>
/// The columnar fast path returns exactly the classes and matrix of the reference <see cref="AbcAnalysis"/> and
/// <see cref="XyzAnalysis"/> (DOMAIN.md §2), on generated tables with ties, zeros, returns, one client and none.
/// </summary>
[Properties(Arbitrary = new[] { typeof(SalesArbitraries) }, MaxTest = 300)]
public class ColumnarSegmentationProperties
{
    /// <summary>Ids whose ordinal order is the index order, so that "ties by id" and "ties by index" agree.</summary>
    internal static string IdOf(int index) => $"c{index:D8}";

    internal static decimal[] RowAmounts(RevenueMatrix matrix, int client) =>
        [.. matrix.Row(client).ToArray().Select(c => c / 100m)];

    internal static bool MatchesReference(RevenueMatrix matrix, AbcOptions abcOptions, XyzOptions xyzOptions, int threads)
    {
        var fast = ColumnarSegmentation.Segment(matrix, abcOptions, xyzOptions, threads);
        var values = Enumerable.Range(0, matrix.Clients).Select(i => new ClientValue(IdOf(i), RowAmounts(matrix, i).Sum()));
        var abc = AbcAnalysis.Classify(values, abcOptions);
        var counts = new int[9];
        var cellValues = new decimal[9];
        for (var i = 0; i < matrix.Clients; i++)
        {
            var entry = abc[IdOf(i)];
            var xyz = XyzAnalysis.Classify(RowAmounts(matrix, i), xyzOptions);
            if (fast.AbcOf(i) != entry.Class || fast.XyzOf(i) != xyz || fast.TotalOf(i) != entry.Value)
            {
                return false;
            }

            var cell = ((int)entry.Class * 3) + (int)xyz;
            counts[cell]++;
            cellValues[cell] += entry.Value;
        }

        return fast.Clients == matrix.Clients
               && fast.PositiveTotal == abc.PositiveTotal
               && fast.Matrix.Cells.Select(c => c.Clients).SequenceEqual(counts)
               && fast.Matrix.Cells.Select(c => c.Value).SequenceEqual(cellValues);
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool FastPath_EqualsReference_WithDefaultThresholds(RevenueMatrix matrix)
        => MatchesReference(matrix, AbcOptions.Default, XyzOptions.Default, threads: -1);

    [Trait("Category", "Slow")]
    [Property]
    public bool FastPath_EqualsReference_WithAnyThresholds(RevenueMatrix matrix, byte a, byte b, byte x, byte y)
    {
        var (lowA, highA) = (Math.Min(a, b), Math.Max(a, b));
        var abcOptions = new AbcOptions { AThreshold = (lowA + 1) / 256m, BThreshold = (highA + 1) / 256m };
        var xyzOptions = new XyzOptions { XThreshold = Math.Min(x, y) / 200m, YThreshold = Math.Max(x, y) / 200m };
        return MatchesReference(matrix, abcOptions, xyzOptions, threads: 1);
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool EveryNonPositiveTotal_IsC_AndEveryNonPositiveMean_IsZ(RevenueMatrix matrix)
    {
        var fast = ColumnarSegmentation.Segment(matrix);
        return Enumerable.Range(0, matrix.Clients).All(i =>
            fast.TotalCents[i] > 0 || (fast.AbcOf(i) == AbcClass.C && fast.XyzOf(i) == XyzClass.Z));
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool IntoCallerBuffers_GivesWhatTheResultHolds_AndLeavesTheRestAlone(RevenueMatrix matrix, byte spare)
    {
        var result = ColumnarSegmentation.Segment(matrix);
        var totals = Enumerable.Repeat(-7L, matrix.Clients + (spare % 5)).ToArray();
        var cells = Enumerable.Repeat((byte)200, matrix.Clients + (spare % 3)).ToArray();
        var cellMatrix = ColumnarSegmentation.SegmentInto(matrix, totals, cells);
        return cellMatrix.Cells.SequenceEqual(result.Matrix.Cells)
               && cellMatrix.PositiveTotal == result.PositiveTotal
               && totals.AsSpan(0, matrix.Clients).SequenceEqual(result.TotalCents)
               && cells.AsSpan(0, matrix.Clients).SequenceEqual(result.Cells)
               && totals.Skip(matrix.Clients).All(t => t == -7L)
               && cells.Skip(matrix.Clients).All(c => c == 200);
    }
}
