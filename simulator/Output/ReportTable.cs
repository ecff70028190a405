namespace SalesDomain.Simulator.Output;

/// <summary>What a cell holds, which decides how each writer formats it.</summary>
internal enum CellKind
{
    /// <summary>Text, written as text (never evaluated by a spreadsheet).</summary>
    Text,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>Money: a decimal with two places.</summary>
    Money,

    /// <summary>A decimal number.</summary>
    Number,

    /// <summary>A share 0..1, shown as a percentage.</summary>
    Percent,

    /// <summary>A date (<see cref="DateOnly"/>).</summary>
    Date,

    /// <summary>A month (<see cref="Calendar.SalesMonth"/>).</summary>
    Month,
}

/// <summary>A column: its machine key (stable, English), its header in the report's language, and its kind.</summary>
internal sealed record ReportColumn(string Key, string Header, CellKind Kind);

/// <summary>
/// One table of a command's result, as every writer sees it: the console, CSV and the spreadsheet all write the same
/// rows. Cells are <see langword="null"/>, <see cref="string"/>, <see cref="int"/>, <see cref="long"/>,
/// <see cref="decimal"/>, <see cref="double"/>, <see cref="DateOnly"/> or <see cref="Calendar.SalesMonth"/>.
/// </summary>
/// <param name="Name">The table's name in the report's language: the sheet name (at most 31 characters are used).</param>
/// <param name="Key">The table's machine name: the suffix of its CSV file when a command writes several tables.</param>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">The rows, each with one cell per column.</param>
internal sealed record ReportTable(string Name, string Key, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<object?[]> Rows);

/// <summary>Columns with their headers in the current language.</summary>
internal static class Column
{
    /// <summary>A column whose header is the translation of <paramref name="english"/>.</summary>
    public static ReportColumn Of(string key, string english, CellKind kind) => new(key, Localization.Words.T(english), kind);
}
