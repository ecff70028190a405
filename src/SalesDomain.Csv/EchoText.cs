using System.Globalization;
using System.Text;

namespace SalesDomain.Csv;

/// <summary>
/// Input text as it is shown inside messages: control and bidirectional-format characters are escaped
/// (<c>\n</c>, <c>\u001B</c>…), so that a field can never forge a line of output or recolour a terminal; long text
/// is shortened with its length stated.
/// </summary>
internal static class EchoText
{
    /// <summary>At most this many characters of a value are shown.</summary>
    public const int MaxShown = 80;

    /// <summary>The text in single quotes, escaped and shortened.</summary>
    public static string Quote(ReadOnlySpan<char> text) => "'" + Escape(text) + "'";

    /// <summary>The text escaped and shortened, without quotes.</summary>
    public static string Escape(ReadOnlySpan<char> text)
    {
        var shown = text[..Math.Min(text.Length, MaxShown)];
        var builder = new StringBuilder(shown.Length + 8);
        foreach (var c in shown)
        {
            switch (c)
            {
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\\': builder.Append("\\\\"); break;
                default:
                    if (char.IsControl(c) || IsFormatHazard(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        if (text.Length > MaxShown)
        {
            builder.Append(CultureInfo.InvariantCulture, $"… ({text.Length} characters)");
        }

        return builder.ToString();
    }

    /// <summary>Line and paragraph separators and the bidirectional overrides and isolates.</summary>
    private static bool IsFormatHazard(char c) => c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F';
}
