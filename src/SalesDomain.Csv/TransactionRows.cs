using System.Collections.Immutable;
using nietras.SeparatedValues;

namespace SalesDomain.Csv;

/// <summary>
/// The row loop shared by the transaction importers (docs/import.md): opens a Sep reader, resolves the header,
/// skips blank lines, splits quoted records exactly and hands every row to a parser, collecting each rejected row
/// with its line number (the record's first line) and reason.
/// </summary>
internal static class TransactionRows
{
    /// <summary>Reads one row; false with a reason rejects it.</summary>
    public delegate bool RowParser(RowFields fields, out string reason);

    /// <summary>Reads every data row; returns the rejected rows in file order.</summary>
    /// <exception cref="CsvImportException">The header is missing or lacks a required column.</exception>
    public static ImmutableArray<RejectedRow> Read(
        TextReader reader, TransactionCsvOptions options, Func<TransactionLayout, RowParser> parserFor)
        => Read(reader, options.Delimiter, header => parserFor(TransactionLayout.Resolve(header, options)));

    /// <summary>Reads every data row of any layout; returns the rejected rows in file order.</summary>
    /// <param name="reader">The CSV text, positioned at the header line.</param>
    /// <param name="delimiter">The field delimiter.</param>
    /// <param name="parserFor">Resolves the header (throwing <see cref="CsvImportException"/> when it is unusable) into a row parser.</param>
    /// <exception cref="CsvImportException">The header is missing or unusable.</exception>
    public static ImmutableArray<RejectedRow> Read(
        TextReader reader, char delimiter, Func<IReadOnlyList<string>, RowParser> parserFor)
    {
        using var csv = Open(reader, delimiter);
        var parse = parserFor(csv.Header.ColNames);
        var rejected = ImmutableArray.CreateBuilder<RejectedRow>();
        var quoted = new List<string>();
        while (csv.MoveNext())
        {
            var row = csv.Current;
            var text = row.Span;
            if (text.IsEmpty)
            {
                continue; // a blank line
            }

            var line = row.LineNumberFrom;
            string reason;
            if (!text.Contains('"'))
            {
                if (parse(new RowFields(row, null), out reason))
                {
                    continue;
                }
            }
            else if (!ReadQuoted(csv, text.ToString(), delimiter, quoted))
            {
                reason = "malformed quoting";
            }
            else if (parse(new RowFields(csv.Current, quoted), out reason))
            {
                continue;
            }

            rejected.Add(new RejectedRow(line, reason));
        }

        return rejected.ToImmutable();
    }

    /// <summary>
    /// Opens a Sep reader with the header read. Sep's own quote handling is off: lines without quotes (nearly all)
    /// are split by Sep; lines with quotes are split by <see cref="CsvFields.TrySplitQuoted"/>, so that a stray quote
    /// rejects its own row and never swallows the following lines.
    /// </summary>
    private static SepReader Open(TextReader reader, char delimiter)
    {
        var csv = new SepReaderOptions(new Sep(delimiter))
        {
            HasHeader = true,
            DisableColCountCheck = true,
            DisableQuotesParsing = true,
        }.From(reader);
        if (csv.Header.IsEmpty || csv.Header.ColNames.Count == 0 || csv.Header.ColNames.All(string.IsNullOrEmpty))
        {
            csv.Dispose();
            throw new CsvImportException("The CSV file is empty: a header line is required.");
        }

        return csv;
    }

    /// <summary>
    /// Reads a record that holds quotes into <paramref name="fields"/>, taking further lines while a quoted field is
    /// open (they are joined with <c>\n</c>); false when the quoting is malformed or a quoted field never closes.
    /// </summary>
    private static bool ReadQuoted(SepReader csv, string first, char delimiter, List<string> fields)
    {
        var record = first;
        while (true)
        {
            var complete = CsvFields.TrySplitQuoted(record, delimiter, fields);
            if (complete is { } done)
            {
                return done;
            }

            if (!csv.MoveNext())
            {
                return false;
            }

            record = record + "\n" + csv.Current.Span.ToString();
        }
    }

    /// <summary>The fields of one row: Sep's columns, or the fields of a quoted record.</summary>
    public readonly ref struct RowFields(SepReader.Row row, List<string>? quoted)
    {
        private readonly SepReader.Row _row = row;

        /// <summary>Number of fields.</summary>
        public int Count => quoted?.Count ?? _row.ColCount;

        /// <summary>The text of a field, unquoted.</summary>
        public ReadOnlySpan<char> this[int index] => quoted is null ? _row[index].Span : quoted[index];

        /// <summary>The fields as strings (one allocation per field: for the small, record-rich importers).</summary>
        public string[] ToArray()
        {
            var fields = new string[Count];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = this[i].ToString();
            }

            return fields;
        }
    }
}
