using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesDomain.Calendar;

/// <summary>
/// A calendar month (<c>yyyy-MM</c>): the one month type of the library (DOMAIN.md §9; docs/calendar.md in the repository). Every API
/// that means a month takes or returns it: segmentation windows, forecast months, contact norms, payouts.
/// A month is <em>complete</em> as of a date D when D is on or after its last day. The default value is 0001-01.
/// </summary>
[JsonConverter(typeof(SalesMonthJsonConverter))]
public readonly record struct SalesMonth : IComparable<SalesMonth>
{
    private const int MaxIndex = (9998 * 12) + 11; // 9999-12

    private readonly int _index;

    /// <summary>Creates a month.</summary>
    /// <param name="year">Year, 1..9999.</param>
    /// <param name="month">Month of the year, 1..12.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year or the month is out of range.</exception>
    public SalesMonth(int year, int month)
    {
        if (year is < 1 or > 9999)
        {
            throw Guard.OutOfRange(nameof(year), year, "must be within [1, 9999]");
        }

        if (month is < 1 or > 12)
        {
            throw Guard.OutOfRange(nameof(month), month, "must be within [1, 12]");
        }

        _index = ((year - 1) * 12) + month - 1;
    }

    private SalesMonth(int index) => _index = index;

    /// <summary>The year, 1..9999.</summary>
    public int Year => (_index / 12) + 1;

    /// <summary>The month of the year, 1..12.</summary>
    public int Month => (_index % 12) + 1;

    /// <summary>The earliest month, 0001-01.</summary>
    public static SalesMonth MinValue => default;

    /// <summary>The latest month, 9999-12.</summary>
    public static SalesMonth MaxValue => new(MaxIndex);

    /// <summary>Months since 0001-01: the running index that period arithmetic uses.</summary>
    internal int Index => _index;

    /// <summary>The first day of the month.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>The last day of the month.</summary>
    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    /// <summary>Number of days in the month, 28..31.</summary>
    public int Days => DateTime.DaysInMonth(Year, Month);

    /// <summary>The quarter that contains this month.</summary>
    public SalesQuarter Quarter => SalesQuarter.Of(this);

    /// <summary>The month that contains <paramref name="date"/>: the period of a date.</summary>
    public static SalesMonth Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>Whether <paramref name="date"/> falls in this month.</summary>
    public bool Contains(DateOnly date) => date.Year == Year && date.Month == Month;

    /// <summary>Whether the month is complete as of <paramref name="asOf"/>: the date is on or after its last day.</summary>
    public bool IsCompleteAsOf(DateOnly asOf) => asOf >= LastDay;

    /// <summary>
    /// The last month that is complete as of <paramref name="asOf"/>: the month of the date when the date is its last
    /// day, else the month before (as of 2025-06-30 it is 2025-06; as of 2025-07-05 it is 2025-06).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">No month is complete (the date is in 0001-01 before its last day).</exception>
    public static SalesMonth LastCompleteAsOf(DateOnly asOf)
    {
        var month = Of(asOf);
        if (month.IsCompleteAsOf(asOf))
        {
            return month;
        }

        return month._index > 0
            ? new SalesMonth(month._index - 1)
            : throw Guard.OutOfRange(nameof(asOf), asOf, "must be on or after 0001-01-31, the end of the first complete month");
    }

    /// <summary>Parses <c>yyyy-MM</c> exactly (e.g. <c>2024-03</c>).</summary>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="FormatException">The text is not a month in the format yyyy-MM.</exception>
    public static SalesMonth Parse(string text)
        => TryParse(Guard.NotNull(text), out var month)
            ? month
            : throw new FormatException($"'{text}' is not a month in the format yyyy-MM.");

    /// <summary>Parses <c>yyyy-MM</c> exactly; false for anything else.</summary>
    public static bool TryParse(string? text, out SalesMonth month)
    {
        month = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year < 1 || number is < 1 or > 12)
        {
            return false;
        }

        month = new SalesMonth(year, number);
        return true;
    }

    /// <summary>The month <paramref name="months"/> later (earlier when negative).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The result is before 0001-01 or after 9999-12.</exception>
    public SalesMonth AddMonths(int months)
    {
        var index = (long)_index + months;
        return index is >= 0 and <= MaxIndex
            ? new SalesMonth((int)index)
            : throw Guard.OutOfRange(nameof(months), months, $"must keep {this} within 0001-01..9999-12");
    }

    /// <summary>Whole months from this month to <paramref name="later"/> (negative when it is earlier).</summary>
    public int MonthsUntil(SalesMonth later) => later._index - _index;

    /// <summary>The months from <paramref name="first"/> to <paramref name="last"/> inclusive; empty when last is earlier.</summary>
    public static IEnumerable<SalesMonth> Range(SalesMonth first, SalesMonth last)
    {
        for (var i = first._index; i <= last._index; i++)
        {
            yield return new SalesMonth(i);
        }
    }

    /// <inheritdoc />
    public int CompareTo(SalesMonth other) => _index.CompareTo(other._index);

    /// <summary>Whether <paramref name="left"/> is earlier than <paramref name="right"/>.</summary>
    public static bool operator <(SalesMonth left, SalesMonth right) => left._index < right._index;

    /// <summary>Whether <paramref name="left"/> is later than <paramref name="right"/>.</summary>
    public static bool operator >(SalesMonth left, SalesMonth right) => left._index > right._index;

    /// <summary>Whether <paramref name="left"/> is not later than <paramref name="right"/>.</summary>
    public static bool operator <=(SalesMonth left, SalesMonth right) => left._index <= right._index;

    /// <summary>Whether <paramref name="left"/> is not earlier than <paramref name="right"/>.</summary>
    public static bool operator >=(SalesMonth left, SalesMonth right) => left._index >= right._index;

    /// <summary>The later of two months.</summary>
    public static SalesMonth Max(SalesMonth a, SalesMonth b) => a > b ? a : b;

    /// <summary>The earlier of two months.</summary>
    public static SalesMonth Min(SalesMonth a, SalesMonth b) => a < b ? a : b;

    /// <summary>The month as <c>yyyy-MM</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}

/// <summary>Reads and writes a <see cref="SalesMonth"/> as the JSON string <c>"yyyy-MM"</c>.</summary>
public sealed class SalesMonthJsonConverter : JsonConverter<SalesMonth>
{
    /// <inheritdoc />
    public override SalesMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return SalesMonth.TryParse(text, out var month)
            ? month
            : throw new JsonException($"Expected a month as a string \"yyyy-MM\", found {(text is null ? reader.TokenType.ToString() : $"'{text}'")}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, SalesMonth value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
