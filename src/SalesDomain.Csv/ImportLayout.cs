using System.Collections.Immutable;

namespace SalesDomain.Csv;

/// <summary>
/// What an importer found in a file before reading its rows (docs/import.md in the repository): format, encoding, delimiter, sheet, where
/// the header is and which header names the fields were matched to. A CRM can show it to its user before importing.
/// </summary>
/// <param name="Format">Text or workbook.</param>
/// <param name="Encoding">The text encoding's web name (e.g. <c>utf-8</c>, <c>windows-1251</c>); null for a workbook.</param>
/// <param name="Delimiter">The field delimiter; null for a workbook.</param>
/// <param name="Sheet">The worksheet read; null for text.</param>
/// <param name="HeaderLine">1-based line (text) or row (workbook) of the header; lines above it are a title block.</param>
/// <param name="Header">The header's names as written (empty cells kept, so indexes are column positions).</param>
/// <param name="Columns">Field name (e.g. <c>client</c>, <c>amount</c>) → the header name it was matched to.</param>
public sealed record ImportLayout(
    ImportFormat Format,
    string? Encoding,
    char? Delimiter,
    string? Sheet,
    long HeaderLine,
    ImmutableArray<string> Header,
    ImmutableDictionary<string, string> Columns)
{
    /// <summary>
    /// Whether the two are equal by content: <see cref="Header"/> element by element in order, <see cref="Columns"/> by
    /// key and value in any order; the other values equal.
    /// </summary>
    public bool Equals(ImportLayout? other) =>
        other is not null && Format == other.Format && Encoding == other.Encoding && Delimiter == other.Delimiter
        && Sheet == other.Sheet && HeaderLine == other.HeaderLine && ContentEquality.Sequence(Header, other.Header)
        && ContentEquality.Map(Columns, other.Columns);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(Header), ContentEquality.MapHash(Columns), Format, Encoding, Delimiter, Sheet, HeaderLine);

    /// <summary>Whether the field (e.g. <c>profit</c>) was found in the header.</summary>
    public bool Has(string field) => Columns.ContainsKey(field);

    /// <summary>One line for people, e.g. <c>text, windows-1251, ';', header on line 4: client = Контрагент, …</c>.</summary>
    public override string ToString()
    {
        var where = Format == ImportFormat.Xlsx
            ? $"xlsx, sheet '{EchoText.Escape(Sheet)}', header on row {HeaderLine}"
            : $"text, {Encoding}, delimiter {(Delimiter == '\t' ? "tab" : $"'{Delimiter}'")}, header on line {HeaderLine}";
        return $"{where}: {string.Join(", ", Columns.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} = {EchoText.Escape(c.Value)}"))}";
    }
}
