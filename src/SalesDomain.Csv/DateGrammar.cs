using System.Globalization;

namespace SalesDomain.Csv;

/// <summary>
/// The one date grammar of every importer (docs/import.md in the repository, "Dates"): ISO and the Russian forms 1C writes, with an
/// optional time of day that is ignored, or exactly the formats the caller gives.
/// </summary>
internal static class DateGrammar
{
    /// <summary>
    /// The formats read when none are given: ISO <c>yyyy-MM-dd</c>, Russian <c>dd.MM.yyyy</c> and <c>dd.MM.yy</c>
    /// (two-digit years 00–49 are 2000–2049, 50–99 are 1950–1999), each optionally followed by <c>H:mm</c> or
    /// <c>H:mm:ss</c> (1C's default is <c>dd.MM.yyyy H:mm:ss</c>).
    /// </summary>
    public static IReadOnlyList<string> AutoFormats { get; } =
    [
        "yyyy-MM-dd", "yyyy-MM-dd H:mm", "yyyy-MM-dd H:mm:ss", "yyyy-MM-dd'T'H:mm", "yyyy-MM-dd'T'H:mm:ss",
        "d.M.yyyy", "d.M.yyyy H:mm", "d.M.yyyy H:mm:ss",
        "d.M.yy", "d.M.yy H:mm", "d.M.yy H:mm:ss",
    ];

    private static readonly string[] AutoArray = [.. AutoFormats];

    private static readonly string[] IsoArray = [.. AutoFormats.Take(5)];

    /// <summary>
    /// Parses a date; <paramref name="formats"/> null means <see cref="AutoFormats"/>. ISO dates (with an optional
    /// time) are read with any formats: they are unambiguous, and they are how workbook date cells are passed on.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, IReadOnlyList<string>? formats, out DateOnly date)
    {
        text = text.Trim();
        if (CsvFields.TryIsoDate(text, out var y, out var m, out var d)
            || formats is null && CsvFields.TryRussianDate(text, out y, out m, out d))
        {
            date = new DateOnly(y, m, d);
            return true;
        }

        var list = formats is null ? AutoArray : formats as string[] ?? [.. formats];
        if (DateTime.TryParseExact(text, list, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            || formats is not null && DateTime.TryParseExact(text, IsoArray, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            date = DateOnly.FromDateTime(value);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>How the accepted formats are named in a rejection reason.</summary>
    public static string Describe(IReadOnlyList<string>? formats) => formats is null
        ? "yyyy-MM-dd or dd.MM.yyyy (dd.MM.yy), optionally with a time"
        : string.Join(" or ", formats);
}
