using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Segmentation.Columnar;

namespace SalesDomain.Testing;

/// <summary>
/// Generators of <see cref="RevenueMatrix"/> tables for the columnar segmentation (DOMAIN.md §2): empty and one-client
/// tables, zero rows, returns, huge amounts, rows repeated and permuted (ties of totals), and rows whose coefficient of
/// variation is exactly an XYZ threshold.
/// </summary>
public static class RevenueMatrixGenerators
{
    /// <summary>One amount in cents: heavy-tailed, with zeros, returns, round values and huge values.</summary>
    public static Gen<long> Cents() =>
        Gen.Frequency(
            (6, Gen.Choose(0, 700).Select(e => (long)Math.Round(Math.Pow(10, e / 100.0)))),
            (3, Gen.Constant(0L)),
            (2, Gen.Elements(10_000L, 25_000L, 100_000L)),
            (1, Gen.Choose(1, 100_000).Select(c => -(long)c)),
            (1, Gen.Choose(1, 1000).Select(k => k * 100_000_000_000L)));

    /// <summary>Rows that sit exactly on an XYZ threshold (CV 0, 0.10, 0.25) or have a non-positive mean.</summary>
    public static Gen<long[]> BoundaryRow(int periods) =>
        Gen.Choose(1, 1000).SelectMany(k => Gen.Elements(
            Fill(periods, j => k * 100L),                                   // CV 0
            Fill(periods, j => k * (j % 2 == 0 ? 11L : 9L)),                 // CV 0.10 when periods is even
            Fill(periods, j => k * (j % 2 == 0 ? 5L : 3L)),                  // CV 0.25 when periods is even
            Fill(periods, j => j == 0 ? k : -k),                            // mean ≤ 0
            Fill(periods, _ => 0L)));

    /// <summary>A table of 0..size clients over 1..24 periods.</summary>
    public static Gen<RevenueMatrix> Matrix() =>
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, size))).SelectMany(clients =>
            Gen.Choose(1, 24).SelectMany(periods =>
                Row(periods).ArrayOf(clients).SelectMany(rows =>
                    Gen.Shuffle(Enumerable.Range(0, clients)).Select(order => Build(rows, order.ToArray(), periods)))));

    private static Gen<long[]> Row(int periods) =>
        Gen.Frequency(
            (6, Cents().ArrayOf(periods)),
            (2, BoundaryRow(periods)),
            (1, Gen.Choose(0, 4).Select(k => Fill(periods, j => j <= k ? 10_000L : 0L))));

    private static long[] Fill(int periods, Func<int, long> amount)
    {
        var row = new long[periods];
        for (var j = 0; j < periods; j++)
        {
            row[j] = amount(j);
        }

        return row;
    }

    /// <summary>Half the clients repeat another client's row, reversed: equal totals in a different period order.</summary>
    private static RevenueMatrix Build(long[][] rows, int[] order, int periods)
    {
        var cents = new long[rows.Length * periods];
        for (var i = 0; i < rows.Length; i++)
        {
            var source = i % 2 == 1 ? Enumerable.Reverse(rows[order[i]]).ToArray() : rows[i];
            source.CopyTo(cents, i * periods);
        }

        return new RevenueMatrix(cents, rows.Length, periods);
    }
}
