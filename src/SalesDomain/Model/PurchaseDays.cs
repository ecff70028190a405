using System.Collections.Immutable;

namespace SalesDomain.Model;

/// <summary>
/// The one purchase-day rule of the library (DOMAIN.md §9; docs/model.md in the repository): a purchase day is a calendar day whose net
/// amount — the sum of the amounts of all sales on that day, returns included — is positive. A 0.00 row, or an order
/// cancelled on the same day, makes no purchase day. Reactivation, the ladder, the BG/NBD inputs, bonus activations
/// and the simulator all count purchases by this rule.
/// </summary>
public static class PurchaseDays
{
    /// <summary>Whether a day with this net amount is a purchase day (net &gt; 0).</summary>
    /// <param name="netAmount">Sum of the amounts of one client's sales on one day.</param>
    public static bool IsPurchaseDay(decimal netAmount) => netAmount > 0m;

    /// <summary>The distinct purchase days of one client's sales, ascending.</summary>
    /// <param name="sales">One client's sales, in any order.</param>
    /// <param name="asOf">Sales dated after it are ignored; all sales when null.</param>
    public static ImmutableArray<DateOnly> Of(IEnumerable<Sale> sales, DateOnly? asOf = null)
    {
        Guard.NotNull(sales);
        if (sales is ImmutableArray<Sale> array && TryOfDateOrdered(array.AsSpan(), asOf, out var ordered))
        {
            return ordered;
        }

        // Keys (day, position): one sort when the sales are not in date order, same-day amounts summed in input order.
        var keys = new List<long>(sales.TryGetNonEnumeratedCount(out var count) ? count : 4);
        var amounts = new List<decimal>(keys.Capacity);
        var inOrder = true;
        foreach (var sale in sales)
        {
            Guard.NotNull(sale, nameof(sales));
            if (asOf is { } d && sale.Date > d)
            {
                continue;
            }

            var key = ((long)sale.Date.DayNumber << 32) | (uint)keys.Count;
            inOrder &= keys.Count == 0 || key > keys[^1];
            keys.Add(key);
            amounts.Add(sale.Amount);
        }

        var keySpan = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keys);
        var amountSpan = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(amounts);
        if (!inOrder)
        {
            keySpan.Sort(amountSpan);
        }

        var days = ImmutableArray.CreateBuilder<DateOnly>(keySpan.Length);
        for (var i = 0; i < keySpan.Length;)
        {
            var day = (int)(keySpan[i] >> 32);
            var net = 0m;
            for (; i < keySpan.Length && (int)(keySpan[i] >> 32) == day; i++)
            {
                net += amountSpan[i];
            }

            if (IsPurchaseDay(net))
            {
                days.Add(DateOnly.FromDayNumber(day));
            }
        }

        return days.DrainToImmutable();
    }

    /// <summary>
    /// The same days in one pass, without buffers, when the sales are already in date order (as a
    /// <see cref="ClientBase"/> keeps each client's sales); false, computing nothing, when they are not or one is null.
    /// </summary>
    private static bool TryOfDateOrdered(ReadOnlySpan<Sale> sales, DateOnly? asOf, out ImmutableArray<DateOnly> result)
    {
        result = default;
        if (!DailyNet.IsDateOrdered(sales, out var distinct))
        {
            return false;
        }

        var days = ImmutableArray.CreateBuilder<DateOnly>(distinct);
        for (var walk = new DailyNet(sales, asOf?.DayNumber ?? int.MaxValue); walk.MoveNext();)
        {
            if (IsPurchaseDay(walk.Net))
            {
                days.Add(DateOnly.FromDayNumber(walk.Day));
            }
        }

        result = days.Count == days.Capacity ? days.MoveToImmutable() : days.ToImmutable();
        return true;
    }
}
