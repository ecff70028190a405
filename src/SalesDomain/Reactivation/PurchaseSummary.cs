using SalesDomain.Model;

namespace SalesDomain.Reactivation;

/// <summary>
/// What the reactivation rule and the BG/NBD model read of a client's purchase history, as plain values: the first
/// and last purchase days (day numbers), the number of distinct purchase days and the net revenue up to the as-of
/// date. <see cref="PurchaseHistory"/> states its figures through it, and the list is built from it without keeping
/// every client's days.
/// </summary>
/// <param name="FirstDay">Day number of the first purchase day.</param>
/// <param name="LastDay">Day number of the last purchase day.</param>
/// <param name="Days">Number of distinct purchase days; at least 1.</param>
/// <param name="Revenue">Net revenue of all sales (returns included) dated on or before the as-of date.</param>
internal readonly record struct PurchaseSummary(int FirstDay, int LastDay, int Days, decimal Revenue)
{
    /// <summary>(last − first) / (n − 1) in days; null when n = 1.</summary>
    public double? MeanIntervalDays => Days < 2 ? null : (LastDay - FirstDay) / (double)(Days - 1);

    /// <summary>Net revenue per purchase day, never below 0.</summary>
    public decimal ValuePerPurchaseDay => Math.Max(0m, Revenue / Days);

    /// <summary>Whole days from the last purchase day to <paramref name="asOf"/>.</summary>
    public int DaysSinceLast(DateOnly asOf) => asOf.DayNumber - LastDay;

    /// <summary>x = n − 1, tₓ = (last − first) / unit, T = (as-of − first) / unit.</summary>
    public RfmSummary ToRfm(DateOnly asOf, double timeUnitDays)
        => new(Days - 1, (LastDay - FirstDay) / timeUnitDays, (asOf.DayNumber - FirstDay) / timeUnitDays);

    /// <summary>
    /// The summary of one client's date-ordered sales (as a <see cref="ClientBase"/> keeps them) as of a date, in one
    /// pass; false when the client has no purchase day on or before it.
    /// </summary>
    public static bool TryOf(ReadOnlySpan<Sale> dateOrderedSales, DateOnly asOf, out PurchaseSummary summary)
    {
        int first = 0, last = 0, days = 0;
        var walk = new DailyNet(dateOrderedSales, asOf.DayNumber);
        while (walk.MoveNext())
        {
            if (PurchaseDays.IsPurchaseDay(walk.Net))
            {
                first = days == 0 ? walk.Day : first;
                last = walk.Day;
                days++;
            }
        }

        summary = new PurchaseSummary(first, last, days, walk.Total);
        return days > 0;
    }
}
