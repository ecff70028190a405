using SalesDomain.Calendar;

namespace SalesDomain.Segmentation;

/// <summary>
/// ABC analysis (DOMAIN.md §2; docs/segmentation.md in the repository). Clients are ranked by value descending, ties by client id
/// ascending (ordinal). With s(i−1) the share of the positive total held by the clients ranked before client i,
/// client i is A if s(i−1) &lt; a, B if s(i−1) &lt; b, else C; so the client that crosses a boundary belongs to the
/// upper class. Clients with equal values share a class: the class of the first of them in the ranking (DOMAIN.md §9).
/// A client whose value is ≤ 0 is C; when no value is positive every client is C.
/// </summary>
public static class AbcAnalysis
{
    /// <summary>Classifies clients by the given values.</summary>
    /// <param name="values">One value per client; client ids must be distinct.</param>
    /// <param name="options">Thresholds; <see cref="AbcOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">A client id repeats or is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The total of the positive values exceeds <see cref="decimal"/>.</exception>
    public static AbcResult Classify(IEnumerable<ClientValue> values, AbcOptions? options = null)
    {
        Guard.NotNull(values);
        return Rank([.. values], options, checkIds: true, out _);
    }

    /// <summary>
    /// Ranks and classifies <paramref name="items"/> (reordered in place). <paramref name="order"/> receives, for each
    /// rank, the client's position in the given array.
    /// </summary>
    internal static AbcResult Rank(ClientValue[] items, AbcOptions? options, bool checkIds, out int[] order)
    {
        options ??= AbcOptions.Default;
        options.Validate();
        var seen = checkIds ? new HashSet<string>(items.Length, StringComparer.Ordinal) : null;
        var total = 0m;
        foreach (var item in items)
        {
            if (seen is not null)
            {
                Guard.NotEmpty(item.ClientId, nameof(ClientValue.ClientId));
                if (!seen.Add(item.ClientId))
                {
                    throw new ArgumentException($"Client id '{item.ClientId}' appears more than once.", "values");
                }
            }

            if (item.Value > 0m)
            {
                total = total <= decimal.MaxValue - item.Value
                    ? total + item.Value
                    : throw Model.Money.Overflow("values", "The total of the positive client values");
            }
        }

        order = new int[items.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        if (!TrySortByCents(items, order))
        {
            Array.Sort(items, order, RankComparer);
        }
        var aBound = options.AThreshold * total;
        var bBound = options.BThreshold * total;
        var entries = new AbcEntry[items.Length];
        var before = 0m;
        for (var i = 0; i < items.Length; i++)
        {
            var (id, value) = items[i];
            if (value <= 0m)
            {
                entries[i] = new AbcEntry(id, value, i + 1, 1m, AbcClass.C);
                continue;
            }

            var cls = i > 0 && items[i - 1].Value == value ? entries[i - 1].Class // a tie takes the class of the first of it
                : before < aBound ? AbcClass.A : before < bBound ? AbcClass.B : AbcClass.C;
            entries[i] = new AbcEntry(id, value, i + 1, before / total, cls);
            before += value;
        }

        return new AbcResult(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(entries), total);
    }

    /// <summary>
    /// The class of each value, in input order: the classes <see cref="Classify(IEnumerable{ClientValue}, AbcOptions?)"/>
    /// gives, for columnar data without client ids (a tie takes the class of the first of it, so a class depends on the
    /// value alone). Faster than ranking: whole cents (money as it is booked) are sorted as 64-bit integers.
    /// </summary>
    /// <param name="values">One value per client.</param>
    /// <param name="options">Thresholds; <see cref="AbcOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">The total of the positive values exceeds <see cref="decimal"/>.</exception>
    public static AbcClass[] ClassesOf(ReadOnlySpan<decimal> values, AbcOptions? options = null)
    {
        options ??= AbcOptions.Default;
        options.Validate();
        var total = 0m;
        var positive = 0;
        var cents = true;
        foreach (var value in values)
        {
            if (value > 0m)
            {
                total = total <= decimal.MaxValue - value
                    ? total + value
                    : throw Model.Money.Overflow("values", "The total of the positive client values");
                positive++;
                cents &= value.Scale <= 2 && value <= 90_000_000_000_000_000m;
            }
        }

        if (cents)
        {
            // The classes do not depend on the unit: in cents they are the same.
            var inCents = new long[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                inCents[i] = values[i] > 0m ? (long)(values[i] * 100m) : 0;
            }

            return ClassesOf(inCents, options);
        }

        return Classes(values, positive, total, options, static v => v);
    }

    /// <summary>
    /// The class of each integer value (in any unit, e.g. cents: the classes do not depend on it), in input order, as
    /// <see cref="ClassesOf(ReadOnlySpan{decimal}, AbcOptions?)"/> gives them.
    /// </summary>
    /// <param name="values">One value per client.</param>
    /// <param name="options">Thresholds; <see cref="AbcOptions.Default"/> when null.</param>
    public static AbcClass[] ClassesOf(ReadOnlySpan<long> values, AbcOptions? options = null)
    {
        options ??= AbcOptions.Default;
        options.Validate();
        var (total, positive) = PositiveSum(values);
        return positive >= HistogramFrom
            ? Columnar.HistogramAbc.Classes(values, total, options)
            : Classes(values, positive, total, options, static v => v);
    }

    /// <summary>
    /// From this many positive integer values on, <see cref="ClassesOf(ReadOnlySpan{long}, AbcOptions?)"/> locates the
    /// class cutoffs with a histogram instead of sorting every value (same classes; below it the sort is cheaper than
    /// clearing the histogram's 192 KiB).
    /// </summary>
    internal const int HistogramFrom = 4_096;

    /// <summary>The classes of integer values by sorting them all: the definition the histogram route is tested against.</summary>
    internal static AbcClass[] ClassesBySorting(ReadOnlySpan<long> values, AbcOptions options)
    {
        var (total, positive) = PositiveSum(values);
        return Classes(values, positive, total, options, static v => v);
    }

    /// <summary>The exact sum and the count of the positive values (at most 2³¹ values of at most 2⁶³: within decimal).</summary>
    private static (decimal Total, int Positive) PositiveSum(ReadOnlySpan<long> values)
    {
        Int128 total = 0;
        var positive = 0;
        foreach (var value in values)
        {
            if (value > 0)
            {
                total += value;
                positive++;
            }
        }

        return ((decimal)total, positive);
    }

    /// <summary>
    /// The classes of <paramref name="values"/> given the count and total of the positive ones: the positive values are
    /// sorted, the class cutoffs found, and each value classed by them (a value ≤ 0 is C).
    /// </summary>
    private static AbcClass[] Classes<T>(ReadOnlySpan<T> values, int positive, decimal total, AbcOptions options, Func<T, decimal> toDecimal)
        where T : struct, System.Numerics.INumber<T>, System.Numerics.IMinMaxValue<T>
    {
        var sorted = new T[positive];
        var n = 0;
        foreach (var value in values)
        {
            if (value > T.Zero)
            {
                sorted[n++] = value;
            }
        }

        Array.Sort(sorted);
        var (minA, minB) = Cutoffs(sorted, total, options, toDecimal);
        var classes = new AbcClass[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            classes[i] = value <= T.Zero ? AbcClass.C : value >= minA ? AbcClass.A : value >= minB ? AbcClass.B : AbcClass.C;
        }

        return classes;
    }

    /// <summary>
    /// The smallest value of class A and of class B (the maximum when there is none), walking the positive values
    /// ascending-sorted from the top as <see cref="Rank"/> does: a tie takes the class of its first.
    /// </summary>
    private static (T MinA, T MinB) Cutoffs<T>(T[] ascending, decimal total, AbcOptions options, Func<T, decimal> toDecimal)
        where T : struct, IComparable<T>, System.Numerics.IMinMaxValue<T>
    {
        T minA = T.MaxValue, minB = T.MaxValue;
        var aBound = options.AThreshold * total;
        var bBound = options.BThreshold * total;
        var before = 0m;
        for (var i = ascending.Length - 1; i >= 0; i--)
        {
            var value = ascending[i];
            if (i == ascending.Length - 1 || value.CompareTo(ascending[i + 1]) != 0)
            {
                (minA, minB) = before < aBound ? (value, value) : before < bBound ? (minA, value) : (minA, minB);
            }

            before += toDecimal(value);
        }

        return (minA, minB);
    }

    /// <summary>Classifies the clients of a base by their net revenue or profit over the sales in an analysis window.</summary>
    /// <param name="clientBase">The base; every client is classified, clients without sales in the window have value 0 (class C).</param>
    /// <param name="window">The months whose sales count.</param>
    /// <param name="measure">Revenue or profit.</param>
    /// <param name="options">Thresholds; defaults when null.</param>
    /// <exception cref="ArgumentException">Ranking by profit, and a sale in the window has no profit (unknown, not 0).</exception>
    public static AbcResult Classify(
        Model.ClientBase clientBase,
        AnalysisWindow window,
        AbcMeasure measure = AbcMeasure.Revenue,
        AbcOptions? options = null) => Rank(ValuesOf(clientBase, measure, window), options, checkIds: false, out _);

    /// <summary>Each client's value over the sales in the window, in base order (ids are unique in a base).</summary>
    internal static ClientValue[] ValuesOf(Model.ClientBase clientBase, AbcMeasure measure, AnalysisWindow window)
    {
        Guard.NotNull(clientBase);
        Guard.Defined(measure);
        var clients = clientBase.Clients;
        var values = new ClientValue[clients.Length];
        DateOnly first = window.FirstDay, last = window.LastDay;
        if (measure == AbcMeasure.Profit
            && clientBase.Sales.FirstOrDefault(s => s.Profit is null && s.Date >= first && s.Date <= last) is { } unknown)
        {
            throw MissingProfit(unknown);
        }

        // Clients are independent: summed in parallel over fixed ranges.
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, Math.Max(1, clients.Length), 16_384),
            range =>
            {
                for (var i = range.Item1; i < Math.Min(range.Item2, clients.Length); i++)
                {
                    var sum = 0m;
                    foreach (var sale in clientBase.SalesOf(clients[i].Id))
                    {
                        if (sale.Date >= first && sale.Date <= last)
                        {
                            sum += measure == AbcMeasure.Revenue ? sale.Amount : sale.Profit.GetValueOrDefault();
                        }
                    }

                    values[i] = new ClientValue(clients[i].Id, sum);
                }
            });
        return values;
    }

    /// <summary>The error for a sale whose profit is unknown where profit is needed.</summary>
    internal static ArgumentException MissingProfit(Model.Sale sale) => new(
        $"Ranking by profit needs the profit of every sale in the window; the sale to client '{sale.ClientId}' on {sale.Date:yyyy-MM-dd} has none (unknown profit is not 0).",
        "clientBase");

    /// <summary>
    /// Sorts into rank order (<see cref="CompareRank"/>) comparing 64-bit cents instead of decimals, when every value
    /// has at most two decimals and |value| ≤ 9·10¹⁶ (money as it is booked); false, changing nothing, otherwise.
    /// <paramref name="order"/> must hold 0..n−1 and receives each rank's original position.
    /// </summary>
    private static bool TrySortByCents(ClientValue[] items, int[] order)
    {
        var keys = new (long Cents, int Position)[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var value = items[i].Value;
            if (value.Scale > 2 || Math.Abs(value) > 90_000_000_000_000_000m)
            {
                return false;
            }

            keys[i] = ((long)(value * 100m), i);
        }

        Array.Sort(keys, (x, y) => x.Cents != y.Cents
            ? y.Cents.CompareTo(x.Cents)
            : string.CompareOrdinal(items[x.Position].ClientId, items[y.Position].ClientId));
        var sorted = new ClientValue[items.Length];
        for (var r = 0; r < keys.Length; r++)
        {
            sorted[r] = items[keys[r].Position];
            order[r] = keys[r].Position;
        }

        sorted.CopyTo(items, 0);
        return true;
    }

    private static readonly Comparer<ClientValue> RankComparer = Comparer<ClientValue>.Create(CompareRank);

    /// <summary>Rank order: value descending, then client id ascending (ordinal).</summary>
    internal static int CompareRank(ClientValue x, ClientValue y)
    {
        var byValue = y.Value.CompareTo(x.Value);
        return byValue != 0 ? byValue : string.CompareOrdinal(x.ClientId, y.ClientId);
    }
}
