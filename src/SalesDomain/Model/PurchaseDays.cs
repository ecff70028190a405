using System.Collections.Immutable;

namespace SalesDomain.Model;

/// <summary>
/// The one purchase-day rule of the library (DOMAIN.md §9; docs/model.md): a purchase day is a calendar day whose net
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
        var net = new SortedDictionary<DateOnly, decimal>();
        foreach (var sale in sales)
        {
            Guard.NotNull(sale, nameof(sales));
            if (asOf is { } d && sale.Date > d)
            {
                continue;
            }

            net[sale.Date] = net.GetValueOrDefault(sale.Date) + sale.Amount;
        }

        var days = ImmutableArray.CreateBuilder<DateOnly>(net.Count);
        foreach (var (day, amount) in net)
        {
            if (IsPurchaseDay(amount))
            {
                days.Add(day);
            }
        }

        return days.DrainToImmutable();
    }
}
