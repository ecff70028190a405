using System.Globalization;

namespace SalesDomain.Calendar;

/// <summary>
/// A calendar week from Monday to Sunday, named by its Monday (docs/calendar.md in the repository): the unit of the funnels' weekly
/// norms. Complete as of a date D when D is on or after its Sunday. The default value is the week of 0001-01-01 (a
/// Monday).
/// </summary>
public readonly record struct SalesWeek : IComparable<SalesWeek>
{
    private static readonly int MaxNumber = DateOnly.MaxValue.DayNumber / 7; // the week of 9999-12-31

    private readonly int _number; // weeks since Monday 0001-01-01

    private SalesWeek(int number) => _number = number;

    /// <summary>The Monday the week starts on.</summary>
    public DateOnly Monday => DateOnly.FromDayNumber(_number * 7);

    /// <summary>The first day of the week (its Monday).</summary>
    public DateOnly FirstDay => Monday;

    /// <summary>The last day of the week (its Sunday; 9999-12-31 for the last week).</summary>
    public DateOnly LastDay => DateOnly.FromDayNumber(Math.Min((_number * 7) + 6, DateOnly.MaxValue.DayNumber));

    /// <summary>The week that contains <paramref name="date"/>: the period of a date.</summary>
    public static SalesWeek Of(DateOnly date) => new(date.DayNumber / 7); // day 0, 0001-01-01, is a Monday

    /// <summary>The week that starts on <paramref name="monday"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is not a Monday.</exception>
    public static SalesWeek StartingOn(DateOnly monday)
        => monday.DayOfWeek == DayOfWeek.Monday ? Of(monday) : throw Guard.OutOfRange(nameof(monday), monday, "must be a Monday");

    /// <summary>Whether <paramref name="date"/> falls in this week.</summary>
    public bool Contains(DateOnly date) => date.DayNumber / 7 == _number;

    /// <summary>Whether the week is complete as of <paramref name="asOf"/>: the date is on or after its Sunday.</summary>
    public bool IsCompleteAsOf(DateOnly asOf) => asOf >= LastDay;

    /// <summary>The week <paramref name="weeks"/> later (earlier when negative).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the calendar (0001-01-01 .. 9999-12-31).</exception>
    public SalesWeek AddWeeks(int weeks)
    {
        var number = (long)_number + weeks;
        return number >= 0 && number <= MaxNumber
            ? new SalesWeek((int)number)
            : throw Guard.OutOfRange(nameof(weeks), weeks, $"must keep the week of {Monday:yyyy-MM-dd} within 0001-01-01..9999-12-31");
    }

    /// <summary>Whole weeks from this week to <paramref name="later"/> (negative when it is earlier).</summary>
    public int WeeksUntil(SalesWeek later) => later._number - _number;

    /// <inheritdoc />
    public int CompareTo(SalesWeek other) => _number.CompareTo(other._number);

    /// <summary>Whether <paramref name="left"/> is earlier than <paramref name="right"/>.</summary>
    public static bool operator <(SalesWeek left, SalesWeek right) => left._number < right._number;

    /// <summary>Whether <paramref name="left"/> is later than <paramref name="right"/>.</summary>
    public static bool operator >(SalesWeek left, SalesWeek right) => left._number > right._number;

    /// <summary>Whether <paramref name="left"/> is not later than <paramref name="right"/>.</summary>
    public static bool operator <=(SalesWeek left, SalesWeek right) => left._number <= right._number;

    /// <summary>Whether <paramref name="left"/> is not earlier than <paramref name="right"/>.</summary>
    public static bool operator >=(SalesWeek left, SalesWeek right) => left._number >= right._number;

    /// <summary>The week as the ISO date of its Monday, <c>yyyy-MM-dd</c>.</summary>
    public override string ToString() => Monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
