using System.Globalization;
using SalesDomain.Calendar;

namespace SalesDomain.Simulator.Output;

/// <summary>Formats cells as text for CSV files, and neutralises text a spreadsheet would evaluate.</summary>
internal static class CellText
{
    /// <summary>
    /// Whether a text cell starts with a character that makes a spreadsheet read it as a formula (<c>=</c>, <c>+</c>,
    /// <c>-</c>, <c>@</c>, tab or carriage return; OWASP CSV injection).
    /// </summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>A cell as CSV text in the dialect; text that looks like a formula gets a leading apostrophe.</summary>
    public static string Of(object? value, CellKind kind, CsvDialect dialect) => value switch
    {
        null => string.Empty,
        string s => LooksLikeFormula(s) ? "'" + s : s,
        DateOnly d => d.ToString(dialect.DateFormat, CultureInfo.InvariantCulture),
        SalesMonth m => m.ToString(),
        decimal d when kind == CellKind.Money => Math.Round(d, 2, MidpointRounding.AwayFromZero).ToString("0.00", dialect.Numbers),
        decimal d when kind == CellKind.Percent => (d * 100m).ToString("0.##", dialect.Numbers) + "%",
        double d when kind == CellKind.Percent => (d * 100).ToString("0.##", dialect.Numbers) + "%",
        IFormattable f => f.ToString(null, dialect.Numbers),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>A cell as people read it in <paramref name="culture"/>: grouped whole numbers, money with two decimals, percentages, short dates.</summary>
    public static string Show(object? value, CellKind kind, CultureInfo culture) => value switch
    {
        null => "—",
        string s => s,
        DateOnly d => d.ToString("d", culture),
        SalesMonth m => m.ToString(),
        decimal d when kind == CellKind.Money => d.ToString("N2", culture),
        decimal d when kind == CellKind.Percent => d.ToString("P1", culture),
        double d when kind == CellKind.Percent => d.ToString("P1", culture),
        int or long when kind is CellKind.Integer or CellKind.Number => ((IFormattable)value).ToString("N0", culture),
        decimal d => d.ToString("#,0.###", culture),
        double d => d.ToString("#,0.###", culture),
        IFormattable f => f.ToString(null, culture),
        _ => value.ToString() ?? string.Empty,
    };
}
