namespace SalesDomain.Csv;

/// <summary>
/// The fast paths of field parsing: ISO dates and plain amounts read directly. They accept only text that the general
/// grammars (<see cref="DateGrammar"/>, <see cref="NumberGrammar"/>) read to the same value; anything else goes there.
/// </summary>
internal static class CsvFields
{
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
    /// Reads a Russian date <c>d.M.yyyy</c> or <c>d.M.yy</c> (day and month of one or two digits), optionally followed by
    /// a valid time <c> H:mm</c> or <c> H:mm:ss</c>, as its parts (two-digit years 00–49 are 2000–2049, 50–99
    /// 1950–1999, as the invariant calendar reads them); false for anything else (the caller falls back).
    /// </summary>
    public static bool TryRussianDate(ReadOnlySpan<char> text, out int year, out int month, out int day)
    {
        (year, month, day) = (0, 0, 0);
        var i = 0;
        if (!TryNumber(text, ref i, 1, 2, out day) || !Skip(text, ref i, '.') || !TryNumber(text, ref i, 1, 2, out month)
            || !Skip(text, ref i, '.'))
        {
            return false;
        }

        var start = i;
        if (!TryNumber(text, ref i, 2, 4, out year) || i - start == 3)
        {
            return false;
        }

        year = i - start == 2 ? year + (year <= 49 ? 2000 : 1900) : year;
        if (i < text.Length)
        {
            if (!Skip(text, ref i, ' ') || !TryNumber(text, ref i, 1, 2, out var hour) || hour > 23 || !Skip(text, ref i, ':')
                || !TryNumber(text, ref i, 2, 2, out var minute) || minute > 59)
            {
                return false;
            }

            if (i < text.Length && (!Skip(text, ref i, ':') || !TryNumber(text, ref i, 2, 2, out var second) || second > 59 || i < text.Length))
            {
                return false;
            }
        }

        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    /// <summary>
    /// Reads a plain amount <c>[-+]digits[.d[d]]</c> of at most 17 digits, 16 before the point, as cents; false for
    /// anything else (the caller falls back to <see cref="NumberGrammar"/>).
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

        // At most 16 digits before the point, so that the cents (two more digits) never overflow a long: 17 integer
        // digits times 100 would wrap around silently.
        if (digits is 0 or > 17 || digits - Math.Max(decimals, 0) > 16)
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

    private static bool Skip(ReadOnlySpan<char> text, ref int i, char expected)
    {
        if (i < text.Length && text[i] == expected)
        {
            i++;
            return true;
        }

        return false;
    }

    private static bool TryNumber(ReadOnlySpan<char> text, ref int i, int minDigits, int maxDigits, out int value)
    {
        var start = i;
        while (i < text.Length && i - start < maxDigits && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i - start >= minDigits & TryDigits(text[start..i], out value) && (i >= text.Length || !char.IsAsciiDigit(text[i]));
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
