using System.Globalization;

namespace SalesDomain.Csv;

/// <summary>
/// The one number grammar of every importer (docs/import.md in the repository, "Numbers"): optional currency sign or code before or
/// after, optional sign, digits with optional thousands grouping and one decimal separator. Exponents, percent signs,
/// more than 28 significant digits and values that read two ways are rejected, never guessed or rounded.
/// </summary>
internal static class NumberGrammar
{
    /// <summary>Most significant digits a value may have (what <see cref="decimal"/> holds exactly).</summary>
    public const int MaxSignificantDigits = 28;

    private static readonly string[] Currencies =
        ["руб.", "руб", "р.", "₽", "rub", "rur", "usd", "eur", "gbp", "$", "€", "£"];

    /// <summary>Parses a number; false with a reason (not naming the column) for anything the grammar does not accept.</summary>
    /// <param name="text">The field's text; surrounding white space (incl. no-break spaces) is ignored.</param>
    /// <param name="culture">Which separators mean what.</param>
    /// <param name="value">The value, with the scale written (<c>1,50</c> is 1.50).</param>
    /// <param name="problem">Why the text is not a number; empty when it is.</param>
    public static bool TryParse(ReadOnlySpan<char> text, NumberCulture culture, out decimal value, out string problem)
    {
        problem = string.Empty;
        if (TryPlain(text, out value))
        {
            return true;
        }

        var body = text.Trim();
        if (body.IsEmpty)
        {
            problem = "is empty";
            return false;
        }

        body = StripCurrency(body);
        var negative = false;
        if (!body.IsEmpty && body[0] is '-' or '+' or '\u2212')
        {
            negative = body[0] != '+';
            body = StripCurrency(body[1..].TrimStart());
        }

        return TryBody(body, culture, negative, out value, out problem);
    }

    /// <summary>
    /// The fast path: <c>[-+]digits[.digits]</c> of at most 18 digits, read directly (the same value and scale as the
    /// general path); false for anything else.
    /// </summary>
    public static bool TryPlain(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0m;
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
                return false;
            }
        }

        if (digits is 0 or > 18)
        {
            return false;
        }

        value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, negative, (byte)scale);
        return true;
    }

    private static ReadOnlySpan<char> StripCurrency(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[^1]))
        {
            return text; // the common case: no currency at either end
        }

        foreach (var code in Currencies)
        {
            if (text.StartsWith(code, StringComparison.OrdinalIgnoreCase))
            {
                return text[code.Length..].TrimStart();
            }

            if (text.EndsWith(code, StringComparison.OrdinalIgnoreCase))
            {
                return text[..^code.Length].TrimEnd();
            }
        }

        return text;
    }

    private static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';

    private static bool TryBody(ReadOnlySpan<char> body, NumberCulture culture, bool negative, out decimal value, out string problem)
    {
        value = 0m;
        problem = "is not a number";
        if (body.IsEmpty || !char.IsAsciiDigit(body[0]) && body[0] is not ('.' or ','))
        {
            return false;
        }

        var lastPoint = body.LastIndexOf('.');
        var lastComma = body.LastIndexOf(',');
        if (body.IndexOfAnyExcept("0123456789., \u00A0\u202F\u2009") >= 0)
        {
            return false;
        }

        // Which separator is the decimal one (-1: none), and which one groups thousands besides spaces.
        int decimalAt;
        char? groupMark;
        if (lastPoint >= 0 && lastComma >= 0)
        {
            decimalAt = Math.Max(lastPoint, lastComma);
            var mark = body[decimalAt];
            if (culture == NumberCulture.Invariant && mark != '.' || culture == NumberCulture.Russian && mark != ',')
            {
                problem = $"is not a number in the {Name(culture)} culture";
                return false;
            }

            groupMark = mark == '.' ? ',' : '.';
        }
        else if (lastComma >= 0)
        {
            var commas = body.Count(',');
            if (culture == NumberCulture.Invariant || commas > 1)
            {
                (decimalAt, groupMark) = (-1, ',');
            }
            else
            {
                (decimalAt, groupMark) = (lastComma, null);
                if (culture == NumberCulture.Auto && LooksLikeThousands(body, lastComma))
                {
                    problem = "is ambiguous: a thousands comma or a decimal comma; set the culture (ru-RU or invariant)";
                    return false;
                }
            }
        }
        else
        {
            decimalAt = lastPoint;
            groupMark = null;
        }

        Span<char> normal = stackalloc char[body.Length + 1];
        var length = 0;
        if (negative)
        {
            normal[length++] = '-';
        }

        var integer = decimalAt >= 0 ? body[..decimalAt] : body;
        var fraction = decimalAt >= 0 ? body[(decimalAt + 1)..] : [];
        if (!TryGroups(integer, groupMark, normal, ref length) || fraction.IndexOfAnyExcept("0123456789") >= 0)
        {
            return false;
        }

        if (integer.IsEmpty && fraction.IsEmpty)
        {
            return false;
        }

        if (!fraction.IsEmpty)
        {
            normal[length++] = '.';
            fraction.CopyTo(normal[length..]);
            length += fraction.Length;
        }

        var digits = normal[..length].TrimStart('-').TrimStart("0.").TrimEnd('.');
        var significant = digits.Length - digits.Count('.');
        if (significant > MaxSignificantDigits || fraction.Length > MaxSignificantDigits)
        {
            problem = $"has more than {MaxSignificantDigits} significant digits";
            return false;
        }

        if (!decimal.TryParse(normal[..length], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        problem = string.Empty;
        return true;
    }

    /// <summary>Integer digits, possibly grouped in threes by spaces or <paramref name="groupMark"/>, appended without the separators.</summary>
    private static bool TryGroups(ReadOnlySpan<char> integer, char? groupMark, Span<char> output, ref int length)
    {
        var groupDigits = 0;
        var grouped = false;
        var first = true;
        foreach (var c in integer)
        {
            if (char.IsAsciiDigit(c))
            {
                output[length++] = c;
                groupDigits++;
                continue;
            }

            if (!(IsGroupSpace(c) || c == groupMark) || groupDigits == 0 || groupDigits > 3 || !first && groupDigits != 3)
            {
                return false;
            }

            grouped = true;
            first = false;
            groupDigits = 0;
        }

        return !grouped || groupDigits == 3;
    }

    /// <summary>A single comma after 1–3 digits (the first not a zero) and before exactly three: <c>1,234</c>.</summary>
    private static bool LooksLikeThousands(ReadOnlySpan<char> body, int comma)
        => comma is >= 1 and <= 3 && body[0] != '0' && body.Length - comma - 1 == 3
           && body[..comma].IndexOfAnyExcept("0123456789") < 0 && body[(comma + 1)..].IndexOfAnyExcept("0123456789") < 0;

    private static string Name(NumberCulture culture) => culture == NumberCulture.Russian ? "ru-RU" : "invariant";
}
