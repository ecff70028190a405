namespace SalesDomain.Model;

/// <summary>
/// Walks one client's date-ordered sales day by day up to a last day: each step gives a day and its net amount (the
/// day's amounts summed in input order), and <see cref="Total"/> the running sum of every amount walked, sale by sale.
/// The one place where <see cref="PurchaseDays"/> and the reactivation summaries read a date-ordered history.
/// </summary>
internal ref struct DailyNet
{
    private readonly ReadOnlySpan<Sale> _sales;
    private readonly int _lastDay;
    private int _next;

    /// <param name="sales">Sales in date order (as a <see cref="ClientBase"/> keeps each client's), none null.</param>
    /// <param name="lastDay">Day number of the last day walked (inclusive).</param>
    public DailyNet(ReadOnlySpan<Sale> sales, int lastDay)
    {
        _sales = sales;
        _lastDay = lastDay;
    }

    /// <summary>Day number of the current day.</summary>
    public int Day { get; private set; }

    /// <summary>Net amount of the current day.</summary>
    public decimal Net { get; private set; }

    /// <summary>Sum of every amount walked so far, added sale by sale in input order.</summary>
    public decimal Total { get; private set; }

    /// <summary>Moves to the next day with sales; false after the last day.</summary>
    public bool MoveNext()
    {
        if (_next >= _sales.Length || _sales[_next].Date.DayNumber > _lastDay)
        {
            return false;
        }

        var day = _sales[_next].Date.DayNumber;
        var net = 0m;
        var total = Total;
        for (; _next < _sales.Length && _sales[_next].Date.DayNumber == day; _next++)
        {
            var amount = _sales[_next].Amount;
            net += amount;
            total += amount;
        }

        (Day, Net, Total) = (day, net, total);
        return true;
    }

    /// <summary>Whether the sales are in date order and none is null; <paramref name="days"/> receives the distinct days.</summary>
    public static bool IsDateOrdered(ReadOnlySpan<Sale> sales, out int days)
    {
        days = 0;
        var previous = int.MinValue;
        foreach (var sale in sales)
        {
            if (sale is null || sale.Date.DayNumber < previous)
            {
                return false;
            }

            days += sale.Date.DayNumber != previous ? 1 : 0;
            previous = sale.Date.DayNumber;
        }

        return true;
    }
}
