using System.Collections.Immutable;
using nietras.SeparatedValues;

namespace SalesDomain.Csv;

/// <summary>Reads one data row; false with a reason rejects it.</summary>
internal delegate bool RowParser(RowFields fields, out string reason);

/// <summary>
/// The row loop shared by every importer (docs/import.md in the repository): finds the header (and the delimiter) below any title
/// block, skips blank lines, splits records exactly (Sep; quoted records through <see cref="QuotedRecord"/>), and hands
/// every data row to a parser, collecting each rejected row with its line (or sheet and row) and reason. A stray quote
/// rejects only the line it is on; reading stays linear.
/// </summary>
internal static class TabularRows
{
    /// <summary>Most lines a quoted field may span.</summary>
    public const int MaxRecordLines = 1000;

    private static readonly char[] Delimiters = [';', '\t', ','];

    /// <summary>Finds the header and resolves the layout, reading no data row.</summary>
    /// <exception cref="CsvImportException">No header with the required columns, or a duplicate name.</exception>
    public static ImportLayout Sniff<TLayout>(ImportInput input, ImportDialect dialect, Func<HeaderColumns, TLayout> resolve)
    {
        if (input.Workbook is { } workbook)
        {
            var sheet = WorksheetRows.ChooseSheet(workbook, dialect.Sheet);
            return FindHeader(WorksheetRows.Read(workbook, sheet).GetEnumerator(), dialect, resolve, sheet).Layout;
        }

        return FindTextHeader(input, dialect, resolve).Layout;
    }

    /// <summary>Reads every data row; returns the rejected rows in file order and the layout found.</summary>
    /// <exception cref="CsvImportException">No header with the required columns, or a duplicate name.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static (ImmutableArray<RejectedRow> Rejected, ImportLayout Layout) Read<TLayout>(
        ImportInput input, ImportDialect dialect, Func<HeaderColumns, TLayout> resolve, Func<TLayout, RowParser> parserFor, CancellationToken cancellationToken)
    {
        var rejected = ImmutableArray.CreateBuilder<RejectedRow>();
        if (input.Workbook is { } workbook)
        {
            var sheet = WorksheetRows.ChooseSheet(workbook, dialect.Sheet);
            using var rows = WorksheetRows.Read(workbook, sheet).GetEnumerator();
            var (layout, found) = FindHeader(rows, dialect, resolve, sheet);
            var parse = parserFor(found);
            var width = layout.Header.Length;
            while (rows.MoveNext())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (number, fields) = rows.Current;
                if (Check(new RowFields(fields), width, string.Empty, parse) is { } reason)
                {
                    rejected.Add(new RejectedRow(number, reason) { Sheet = sheet });
                }
            }

            return (rejected.ToImmutable(), layout);
        }

        var (textLayout, textFound, rest) = FindTextHeader(input, dialect, resolve);
        ReadText(rest, textLayout, parserFor(textFound), rejected, cancellationToken);
        return (rejected.ToImmutable(), textLayout);
    }

    /// <summary>
    /// <see cref="Check"/> for a physical line without quotes or invalid bytes: a line of delimiters and spaces only is
    /// skipped (null), a row of at most the header's width goes straight to the parser.
    /// </summary>
    internal static string? CheckLine(RowFields fields, int width, ReadOnlySpan<char> line, char delimiter, RowParser parse)
    {
        if (line.IndexOfAnyExcept(delimiter, ' ') < 0)
        {
            return null;
        }

        return fields.Count <= width ? parse(fields, out var reason) ? null : reason : Check(fields, width, line, parse);
    }

    /// <summary>Null when the row is accepted or blank, else the reason it is rejected.</summary>
    internal static string? Check(RowFields fields, int width, ReadOnlySpan<char> raw, RowParser parse)
    {
        var blank = true;
        for (var i = 0; i < fields.Count && blank; i++)
        {
            blank = fields[i].IsWhiteSpace();
        }

        if (blank)
        {
            return null;
        }

        if (raw.Contains('\uFFFD') || raw.IsEmpty && HasReplacement(fields))
        {
            return "holds bytes that are not valid in the file's encoding (give the encoding, e.g. windows-1251)";
        }

        for (var i = width; i < fields.Count; i++)
        {
            if (!fields[i].IsWhiteSpace())
            {
                return $"has {fields.Count} fields but the header has {width} (a value holding the delimiter must be quoted)";
            }
        }

        return parse(fields, out var reason) ? null : reason;
    }

    private static bool HasReplacement(RowFields fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Contains('\uFFFD'))
            {
                return true;
            }
        }

        return false;
    }

    private static (ImportLayout Layout, TLayout Found) FindHeader<TLayout>(
        IEnumerator<(long Row, List<string> Fields)> rows, ImportDialect dialect, Func<HeaderColumns, TLayout> resolve, string sheet)
    {
        CsvImportException? first = null;
        var searched = 0;
        while (searched < dialect.HeaderSearchLines && rows.MoveNext())
        {
            searched++;
            var (number, fields) = rows.Current;
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var columns = new HeaderColumns(fields);
            try
            {
                var found = resolve(columns);
                return (new ImportLayout(ImportFormat.Xlsx, null, null, sheet, number, [.. fields], columns.Matched), found);
            }
            catch (CsvImportException e)
            {
                first ??= e;
            }
        }

        throw NoHeader(first, $"rows of sheet {EchoText.Quote(sheet)}", dialect.HeaderSearchLines);
    }

    private static CsvImportException NoHeader(CsvImportException? first, string where, int lines) => first is null
        ? new CsvImportException("The file is empty: a header line is required.")
        : new CsvImportException($"No header with the required columns in the first {lines} {where}. {first.Message}", first);

    private static (ImportLayout Layout, TLayout Found, (TextReader Reader, char Delimiter, long Offset, int Width) Remainder) FindTextHeader<TLayout>(
        ImportInput input, ImportDialect dialect, Func<HeaderColumns, TLayout> resolve)
    {
        var reader = input.Text!;
        var lines = new List<string>();
        while (lines.Count < dialect.HeaderSearchLines)
        {
            var text = reader.ReadLine();
            if (text is null)
            {
                break;
            }

            lines.Add(text);
        }

        char[] candidates = dialect.Delimiter is { } d ? [d] : Delimiters;
        (int Fields, CsvImportException Error)? closest = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].AsSpan().IndexOfAnyExcept(" \t;,") < 0 || QuotedRecord.LeavesQuoteOpen(lines[i]))
            {
                continue;
            }

            (ImportLayout Layout, TLayout Found, char Delimiter)? best = null;
            foreach (var delimiter in candidates)
            {
                var fields = lines[i].Contains('"') ? QuotedRecord.Split(lines[i], delimiter) : [.. lines[i].Split(delimiter)];
                if (fields is null || best is { } b && b.Layout.Header.Length >= fields.Count)
                {
                    continue;
                }

                var columns = new HeaderColumns(fields);
                try
                {
                    var found = resolve(columns);
                    var layout = new ImportLayout(ImportFormat.Text, input.EncodingName, delimiter, null, i + 1, [.. fields], columns.Matched);
                    best = (layout, found, delimiter);
                }
                catch (CsvImportException e)
                {
                    // The message shown when no line is a header: that of the line with the most named cells.
                    var named = fields.Count(f => !string.IsNullOrWhiteSpace(f));
                    closest = closest is { } c && c.Fields >= named ? c : (named, e);
                }
            }

            if (best is { } header)
            {
                var rest = string.Concat(lines.Skip(i + 1).Select(l => l + "\n"));
                return (header.Layout, header.Found, (new PrefixedTextReader(rest, reader), header.Delimiter, i + 1, header.Layout.Header.Length));
            }
        }

        throw NoHeader(closest?.Error, "lines", dialect.HeaderSearchLines);
    }

    private static void ReadText(
        (TextReader Reader, char Delimiter, long Offset, int Width) rest, ImportLayout layout, RowParser parse,
        ImmutableArray<RejectedRow>.Builder rejected, CancellationToken cancellationToken)
    {
        var (reader, delimiter, offset, width) = rest;
        using var csv = new SepReaderOptions(new Sep(delimiter))
        {
            HasHeader = false,
            DisableColCountCheck = true,
            DisableQuotesParsing = true,
        }.From(reader);
        var pending = new Stack<(long Line, string Text)>(); // lines to read again, next on top
        var count = 0;
        var physical = offset; // Sep's rows are physical lines here (no quote parsing); counted, not asked
        while (true)
        {
            if ((++count & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!pending.TryPop(out var next))
            {
                if (!csv.MoveNext())
                {
                    break;
                }

                var row = csv.Current;
                var physicalLine = ++physical;
                var span = row.Span;
                if (span.IndexOfAny('"', '\uFFFD') < 0)
                {
                    // The hot path: a line without quotes or invalid bytes, straight from Sep's columns.
                    if (CheckLine(new RowFields(row), width, span, delimiter, parse) is { } reason)
                    {
                        rejected.Add(new RejectedRow(physicalLine, reason));
                    }

                    continue;
                }

                next = (physicalLine, span.ToString());
            }

            var (line, text) = next;
            var problem = ReadRecord(csv, pending, line, text, ref physical, delimiter, width, out var fields);
            problem ??= fields is null ? null : Check(new RowFields(fields), width, text, parse);
            if (problem is not null)
            {
                rejected.Add(new RejectedRow(line, problem));
            }
        }
    }

    /// <summary>
    /// Reads the record that starts with <paramref name="text"/>: further lines are taken while a quoted field is open.
    /// Returns the reason to reject the first line (its other lines then read again as records), or null with the fields.
    /// </summary>
    private static string? ReadRecord(
        SepReader csv, Stack<(long Line, string Text)> pending, long line, string text, ref long physical, char delimiter, int width, out List<string>? fields)
    {
        fields = null;
        if (!text.Contains('"'))
        {
            fields = [.. text.Split(delimiter)];
            return null;
        }

        var lines = new List<(long Line, string Text)> { (line, text) };
        var open = QuotedRecord.LeavesQuoteOpen(text);
        while (open && lines.Count < MaxRecordLines)
        {
            if (!pending.TryPop(out var next))
            {
                if (!csv.MoveNext())
                {
                    break;
                }

                next = (++physical, csv.Current.Span.ToString());
            }

            lines.Add(next);
            open ^= QuotedRecord.LeavesQuoteOpen(next.Text);
        }

        if (!open)
        {
            fields = QuotedRecord.Split(lines.Count == 1 ? text : string.Join('\n', lines.Select(l => l.Text)), delimiter);
            if (lines.Count == 1 || fields is not null && fields.Count == width)
            {
                return fields is null ? "malformed quoting (a quote inside an unquoted field, or text after a closing quote)" : null;
            }
        }

        for (var i = lines.Count - 1; i >= 1; i--)
        {
            pending.Push(lines[i]);
        }

        fields = null;
        return open
            ? $"a quote opened on this line is not closed within {(lines.Count >= MaxRecordLines ? $"{MaxRecordLines} lines" : "the file")}; the line is rejected and reading resumes at the next one"
            : "a quote opened on this line does not close at the end of a record (a stray quote?); the line is rejected and reading resumes at the next one";
    }
}
