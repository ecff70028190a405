using System.Text;

namespace SalesDomain.Csv;

/// <summary>
/// How an import file is written (docs/import.md in the repository): its encoding, delimiter, number culture, date formats and, for a
/// workbook, the sheet. Every property left at its default is detected from the file.
/// </summary>
public sealed record ImportDialect
{
    /// <summary>Everything detected: the default.</summary>
    public static ImportDialect Detect { get; } = new();

    /// <summary>
    /// The text encoding; null (the default) detects it: a byte order mark (UTF-8, UTF-16), else UTF-8 when the bytes
    /// are valid UTF-8, else Windows-1251. Ignored for workbooks.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>The field delimiter; null (the default) detects it from the header line (semicolon, tab or comma).</summary>
    public char? Delimiter
    {
        get;
        init => field = value is null or not ('"' or '\r' or '\n')
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Delimiter), value, "A delimiter cannot be a quote or a line break.");
    }

    /// <summary>How numbers are written; default <see cref="NumberCulture.Auto"/>.</summary>
    public NumberCulture Culture { get; init; } = NumberCulture.Auto;

    /// <summary>
    /// Exact date formats (invariant culture, e.g. <c>dd.MM.yyyy</c>), tried in order; null (the default) reads ISO
    /// <c>yyyy-MM-dd</c> and the Russian <c>dd.MM.yyyy</c> and <c>dd.MM.yy</c>, each with an optional time of day.
    /// </summary>
    public IReadOnlyList<string>? DateFormats
    {
        get;
        init => field = value is null || value.Count > 0 && value.All(f => !string.IsNullOrWhiteSpace(f))
            ? value
            : throw new ArgumentException("Date formats must be null (detect) or non-empty formats.", nameof(DateFormats));
    }

    /// <summary>The worksheet of a workbook; null (the default) reads the first sheet. Ignored for text files.</summary>
    public string? Sheet { get; init; }

    /// <summary>How many lines (or rows) from the top are searched for the header; default 50 (1C reports put a title block above the table).</summary>
    public int HeaderSearchLines
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(HeaderSearchLines), value, "Must be at least 1.");
    } = 50;

    /// <summary>
    /// Whether the two are equal by content: <see cref="DateFormats"/> element by element in order; the other values
    /// equal (<see cref="Encoding"/> by its own equality).
    /// </summary>
    public bool Equals(ImportDialect? other) =>
        other is not null && Equals(Encoding, other.Encoding) && Delimiter == other.Delimiter && Culture == other.Culture
        && ContentEquality.Sequence(DateFormats, other.DateFormats) && Sheet == other.Sheet
        && HeaderSearchLines == other.HeaderSearchLines;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(DateFormats), Encoding, Delimiter, Culture, Sheet, HeaderSearchLines);
}
