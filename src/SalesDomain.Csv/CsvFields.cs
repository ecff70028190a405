using System.Globalization;

namespace SalesDomain.Csv;

/// <summary>
/// Field-level parsing for the importers: RFC 4180 quoting, ISO dates and invariant decimals. The fast paths accept
/// exactly what the general .NET parsers accept for the same text and give the same values; anything else goes to
/// those parsers.
/// </summary>
internal static class CsvFields
{
    /// <summary>Number styles of amounts: leading minus or plus, decimal point, surrounding blanks.</summary>
    public const NumberStyles AmountStyle =
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    /// <summary>
    /// Splits one record that holds quotes (RFC 4180): a field is quoted only when its first character is a quote; a
    /// quoted field may hold delimiters, line breaks and doubled quotes and must be followed by a delimiter or the end.
    /// A quote inside an unquoted field, or text after a closing quote, makes the record malformed.
    /// </summary>
    /// <param name="record">The record's text; line breaks inside quoted fields included.</param>
    /// <param name="delimiter">The field delimiter.</param>
    /// <param name="fields">Receives the unquoted fields.</param>
    /// <returns>Whether the record is complete (<see langword="null"/> when a quoted field is still open at the end).</returns>
    public static bool? TrySplitQuoted(ReadOnlySpan<char> record, char delimiter, List<string> fields)
    {
        fields.Clear();
        var text = new System.Text.StringBuilder();
        var i = 0;
        while (true)
        {
            text.Clear();
            if (i < record.Length && record[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= record.Length)
                    {
                        return null; // the quoted field continues on the next line
                    }

                    if (record[i] == '"')
                    {
                        if (i + 1 < record.Length && record[i + 1] == '"')
                        {
                            text.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    text.Append(record[i++]);
                }

                if (i < record.Length && record[i] != delimiter)
                {
                    return false;
                }
            }
            else
            {
                var end = record[i..].IndexOf(delimiter);
                var field = end < 0 ? record[i..] : record.Slice(i, end);
                if (field.Contains('"'))
                {
                    return false;
                }

                text.Append(field);
                i += field.Length;
            }

            fields.Add(text.ToString());
            if (i >= record.Length)
            {
                return true;
            }

            i++; // the delimiter
            if (i == record.Length)
            {
                fields.Add(string.Empty);
                return true;
            }
        }
    }

    /// <summary>Reads a valid <c>yyyy-MM-dd</c> date as its parts; false for anything else (the caller falls back).</summary>
    public static bool TryIsoDate(ReadOnlySpan<char> text, out int year, out int month, out int day)
    {
        (month, day) = (0, 0);
        return TryDigits(text[..Math.Min(4, text.Length)], out year)
               && text.Length == 10 && text[4] == '-' && text[7] == '-'
               && TryDigits(text.Slice(5, 2), out month) && TryDigits(text.Slice(8, 2), out day)
               && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    /// <summary>
    /// Reads a plain amount <c>[-+]digits[.d[d]]</c> of at most 17 digits as cents; false for anything else (the caller
    /// falls back to <see cref="TryDecimal"/>).
    /// </summary>
    public static bool TryPlainCents(ReadOnlySpan<char> text, out long cents)
    {
        cents = 0;
        var i = text.Length > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0;
        int digits = 0, decimals = -1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9' && decimals < 2)
            {
                cents = (cents * 10) + (c - '0');
                digits++;
                decimals += decimals >= 0 ? 1 : 0;
            }
            else if (c == '.' && decimals < 0)
            {
                decimals = 0;
            }
            else
            {
                return false;
            }
        }

        if (digits is 0 or > 17)
        {
            return false;
        }

        for (var k = Math.Max(decimals, 0); k < 2; k++)
        {
            cents *= 10;
        }

        cents = text[0] == '-' ? -cents : cents;
        return true;
    }

    /// <summary>Parses a date; <c>yyyy-MM-dd</c> is read directly, other formats by <see cref="DateOnly.TryParseExact(ReadOnlySpan{char}, ReadOnlySpan{char}, IFormatProvider?, DateTimeStyles, out DateOnly)"/>.</summary>
    public static bool TryDate(ReadOnlySpan<char> text, string format, out DateOnly date)
    {
        if (format == "yyyy-MM-dd" && TryIsoDate(text, out var year, out var month, out var day))
        {
            date = new DateOnly(year, month, day);
            return true;
        }

        return DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>
    /// Parses an invariant decimal (<see cref="AmountStyle"/>). A plain <c>[-+]digits[.digits]</c> of at most 18 digits is
    /// read directly (same value and scale as <see cref="decimal.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out decimal)"/>);
    /// everything else is handed to it.
    /// </summary>
    public static bool TryDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        var negative = false;
        var i = 0;
        if (text.Length > 0 && (text[0] == '-' || text[0] == '+'))
        {
            negative = text[0] == '-';
            i = 1;
        }

        long mantissa = 0;
        int digits = 0, scale = 0;
        var point = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                mantissa = (mantissa * 10) + (c - '0');
                digits++;
                scale += point ? 1 : 0;
            }
            else if (c == '.' && !point)
            {
                point = true;
            }
            else
            {
                digits = int.MaxValue; // not the plain form
                break;
            }
        }

        if (digits is > 0 and <= 18)
        {
            value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, negative, (byte)scale);
            return true;
        }

        return decimal.TryParse(text, AmountStyle, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
