using System.Globalization;

namespace SalesDomain.Calendar;

/// <summary>
/// A calendar quarter (<c>yyyy-Qn</c>): three whole months starting in January, April, July or October
/// (docs/calendar.md in the repository). Complete as of a date D when D is on or after its last day. The default value is 0001-Q1.
/// </summary>
public readonly record struct SalesQuarter : IComparable<SalesQuarter>
{
    private readonly int _index; // quarters since 0001-Q1

    /// <summary>Creates a quarter.</summary>
    /// <param name="year">Year, 1..9999.</param>
    /// <param name="quarter">Quarter of the year, 1..4.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year or the quarter is out of range.</exception>
    public SalesQuarter(int year, int quarter)
    {
        if (year is < 1 or > 9999)
        {
            throw Guard.OutOfRange(nameof(year), year, "must be within [1, 9999]");
        }

        if (quarter is < 1 or > 4)
        {
            throw Guard.OutOfRange(nameof(quarter), quarter, "must be within [1, 4]");
        }

        _index = ((year - 1) * 4) + quarter - 1;
    }

    /// <summary>The year, 1..9999.</summary>
    public int Year => (_index / 4) + 1;

    /// <summary>The quarter of the year, 1..4.</summary>
    public int Number => (_index % 4) + 1;

    /// <summary>The first month of the quarter.</summary>
    public SalesMonth FirstMonth => new(Year, ((Number - 1) * 3) + 1);

    /// <summary>The last month of the quarter.</summary>
    public SalesMonth LastMonth => new(Year, Number * 3);

    /// <summary>The first day of the quarter.</summary>
    public DateOnly FirstDay => FirstMonth.FirstDay;

    /// <summary>The last day of the quarter.</summary>
    public DateOnly LastDay => LastMonth.LastDay;

    /// <summary>The quarter that contains <paramref name="month"/>.</summary>
    public static SalesQuarter Of(SalesMonth month) => new(month.Year, ((month.Month - 1) / 3) + 1);

    /// <summary>The quarter that contains <paramref name="date"/>.</summary>
    public static SalesQuarter Of(DateOnly date) => Of(SalesMonth.Of(date));

    /// <summary>Whether the quarter is complete as of <paramref name="asOf"/>: the date is on or after its last day.</summary>
    public bool IsCompleteAsOf(DateOnly asOf) => asOf >= LastDay;

    /// <inheritdoc />
    public int CompareTo(SalesQuarter other) => _index.CompareTo(other._index);

    /// <summary>Whether <paramref name="left"/> is earlier than <paramref name="right"/>.</summary>
    public static bool operator <(SalesQuarter left, SalesQuarter right) => left._index < right._index;

    /// <summary>Whether <paramref name="left"/> is later than <paramref name="right"/>.</summary>
    public static bool operator >(SalesQuarter left, SalesQuarter right) => left._index > right._index;

    /// <summary>Whether <paramref name="left"/> is not later than <paramref name="right"/>.</summary>
    public static bool operator <=(SalesQuarter left, SalesQuarter right) => left._index <= right._index;

    /// <summary>Whether <paramref name="left"/> is not earlier than <paramref name="right"/>.</summary>
    public static bool operator >=(SalesQuarter left, SalesQuarter right) => left._index >= right._index;

    /// <summary>The quarter as <c>yyyy-Qn</c>, e.g. <c>2025-Q3</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Number}");
}
