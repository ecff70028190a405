using SalesDomain.Calendar;

namespace SalesDomain.Contacts;

/// <summary>
/// When a client's contacts are due under a monthly norm, by calendar months (DOMAIN.md §3 and §9; docs/contacts.md in the repository).
/// Pure functions of the counted contact days, the norm and the as-of date.
/// </summary>
/// <remarks>
/// With n contacts required in a calendar month of L days, the k-th contact (k = 1…n) of the month is due by day
/// ⌈k × L / n⌉ of the month, so the norm is spread evenly and the last one is due on the month's last day (A in March:
/// 8, 16, 24, 31; B: 16, 31; C: 31). As of D, in D's month M with m contacts made from the first of M to D:
/// <list type="number">
/// <item>when the previous month ended below its norm and nothing was made in M yet, the next contact is due by the
/// deadline of the previous month's first missed contact — a missed month always leaves the client overdue;</item>
/// <item>otherwise, when m &lt; n, by the deadline of M's contact m + 1;</item>
/// <item>otherwise (norm met), by the deadline of the first contact of the month after M;</item>
/// </list>
/// in cases 2 and 3 never before the day after the last contact (each contact plans the next; one contact day at a
/// time). The client is overdue when that date is before D, so case 1 is always overdue.
/// </remarks>
public static class ContactSchedule
{
    /// <summary>The latest as-of date whose next month's deadlines are dates.</summary>
    private static readonly DateOnly LatestAsOf = new(9999, 11, 30);

    /// <summary>The day the <paramref name="contact"/>-th of <paramref name="requiredPerMonth"/> contacts of <paramref name="month"/> is due by: day ⌈k × L / n⌉.</summary>
    /// <param name="month">The calendar month.</param>
    /// <param name="contact">k, from 1 to <paramref name="requiredPerMonth"/>.</param>
    /// <param name="requiredPerMonth">n, the monthly norm; &gt; 0.</param>
    public static DateOnly Deadline(SalesMonth month, int contact, int requiredPerMonth)
    {
        Guard.Positive(requiredPerMonth);
        if (contact < 1 || contact > requiredPerMonth)
        {
            throw Guard.OutOfRange(nameof(contact), contact, $"must be within [1, {nameof(requiredPerMonth)} = {requiredPerMonth}]");
        }

        var day = ((contact * month.Days) + requiredPerMonth - 1) / requiredPerMonth;
        return month.FirstDay.AddDays(day - 1);
    }

    /// <summary>
    /// When the next contact is due as of <paramref name="asOf"/> (see the remarks); null when the norm is 0.
    /// </summary>
    /// <param name="madeThisMonth">Contacts counted from the first of the as-of month to the as-of date.</param>
    /// <param name="madePreviousMonth">Contacts counted in the whole previous calendar month.</param>
    /// <param name="lastContact">The last counted contact on or before the as-of date; null when none.</param>
    /// <param name="requiredPerMonth">The monthly norm; ≥ 0.</param>
    /// <param name="asOf">The as-of date.</param>
    public static DateOnly? NextDue(int madeThisMonth, int madePreviousMonth, DateOnly? lastContact, int requiredPerMonth, DateOnly asOf)
    {
        Guard.NotNegative(madeThisMonth);
        Guard.NotNegative(madePreviousMonth);
        if (Guard.NotNegative(requiredPerMonth) == 0)
        {
            return null;
        }

        if (asOf > LatestAsOf)
        {
            throw Guard.OutOfRange(nameof(asOf), asOf, $"must be at most {LatestAsOf:yyyy-MM-dd}, so that next month's deadline is a date");
        }

        if (lastContact >= DateOnly.MaxValue)
        {
            throw Guard.OutOfRange(nameof(lastContact), lastContact, "must be before 9999-12-31, so that the next contact has a date");
        }

        var month = SalesMonth.Of(asOf);
        if (madeThisMonth == 0 && madePreviousMonth < requiredPerMonth)
        {
            return Deadline(month.AddMonths(-1), madePreviousMonth + 1, requiredPerMonth);
        }

        var due = madeThisMonth < requiredPerMonth
            ? Deadline(month, madeThisMonth + 1, requiredPerMonth)
            : Deadline(month.AddMonths(1), 1, requiredPerMonth);
        return lastContact is { } last && last.AddDays(1) > due ? last.AddDays(1) : due;
    }
}
