using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesDomain.Motivation;

/// <summary>
/// A calendar month (<c>yyyy-MM</c>), the unit of time of the motivation schemes (DOMAIN.md §6): sales, activations,
/// refusals and payouts are all booked by month. The default value is 0001-01.
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

    /// <summary>The first day of the month.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>The month that contains <paramref name="date"/>.</summary>
    public static SalesMonth Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>Parses <c>yyyy-MM</c> exactly (e.g. <c>2024-03</c>).</summary>
    /// <exception cref="FormatException">The text is not a month in the format yyyy-MM.</exception>
    public static SalesMonth Parse(string text)
        => TryParse(text, out var month)
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
