namespace SalesDomain.Segmentation.Columnar;

/// <summary>
/// ABC classes of integer values without sorting them all, for <see cref="AbcAnalysis.ClassesOf(ReadOnlySpan{long}, AbcOptions?)"/>
/// on large inputs: the <see cref="TotalsHistogram"/> of the positive values locates the buckets where the cumulative
/// value may cross each threshold; values above, between and below those ranges are classed directly, and only the
/// values inside them are sorted and classed exactly with the exact sum of everything above them — the rules of the
/// columnar kernel (<see cref="ColumnarSegmentation"/>), so the classes are those of the sorted walk.
/// </summary>
internal static class HistogramAbc
{
    /// <summary>
    /// The class of each value, in input order; <paramref name="total"/> is the exact sum of the positive values.
    /// </summary>
    public static AbcClass[] Classes(ReadOnlySpan<long> values, decimal total, AbcOptions options)
    {
        using var histogram = new TotalsHistogram();
        foreach (var value in values)
        {
            if (value > 0)
            {
                histogram.Add(0, value);
            }
        }

        var aBound = options.AThreshold * total;
        var bBound = options.BThreshold * total;
        var (cutA, cutB) = (histogram.FindCut(aBound), histogram.FindCut(bBound));

        // Classes outside the cut ranges (A above the A range, B between the ranges, C below the B range), the exact
        // sums of the values above the A range and between the ranges, and the values inside the ranges.
        var classes = new AbcClass[values.Length];
        Int128 above = 0, between = 0;
        var members = new List<(long Value, int Index)>();
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (value <= 0)
            {
                classes[i] = AbcClass.C;
                continue;
            }

            var bucket = TotalsHistogram.BucketOf(value);
            if (cutA.Contains(bucket) || cutB.Contains(bucket))
            {
                members.Add((value, i));
            }
            else if (bucket > cutA.Hi)
            {
                classes[i] = AbcClass.A;
                above += value;
            }
            else if (bucket > cutB.Hi)
            {
                classes[i] = AbcClass.B;
                between += value;
            }
            else
            {
                classes[i] = AbcClass.C;
            }
        }

        // The members by value descending: each starts where the sum of every larger value leaves off; a tie takes
        // the class of its first (equal values share a bucket, so a tie never straddles members and direct classes).
        members.Sort(static (x, y) => y.Value.CompareTo(x.Value));
        var before = above;
        var betweenAdded = false;
        (long Value, AbcClass Class) previous = (0, AbcClass.A);
        foreach (var (value, index) in members)
        {
            if (!betweenAdded && TotalsHistogram.BucketOf(value) < cutA.Lo)
            {
                before += between;
                betweenAdded = true;
            }

            var share = (decimal)before;
            var abc = value == previous.Value ? previous.Class
                : share < aBound ? AbcClass.A : share < bBound ? AbcClass.B : AbcClass.C;
            previous = (value, abc);
            classes[index] = abc;
            before += value;
        }

        return classes;
    }
}
