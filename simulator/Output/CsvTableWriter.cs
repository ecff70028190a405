using nietras.SeparatedValues;

namespace SalesDomain.Simulator.Output;

/// <summary>
/// The one CSV writer of the command line: Sep's writer with RFC 4180 escaping, so a value holding the delimiter, a
/// quote or a line break reads back as it was written.
/// </summary>
internal static class CsvTableWriter
{
    /// <summary>
    /// Writes the tables: one table to <paramref name="path"/>; several tables each to <c>NAME-KEY.csv</c> beside it
    /// (the first one included). Returns the files written.
    /// </summary>
    public static IReadOnlyList<string> Write(string path, IReadOnlyList<ReportTable> tables, CsvDialect dialect)
    {
        if (tables.Count == 1)
        {
            WriteOne(path, tables[0], dialect);
            return [path];
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var stem = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path) is { Length: > 0 } e ? e : ".csv";
        var written = new List<string>();
        foreach (var table in tables)
        {
            var file = Path.Combine(directory, $"{stem}-{table.Key}{extension}");
            WriteOne(file, table, dialect);
            written.Add(file);
        }

        return written;
    }

    /// <summary>Writes one table as CSV text.</summary>
    public static void WriteOne(TextWriter text, ReportTable table, CsvDialect dialect)
    {
        using var writer = Sep.New(dialect.Delimiter).Writer(o => o with { Escape = true, WriteHeader = false }).To(text);
        using (var header = writer.NewRow())
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                header[c].Set(table.Columns[c].Header);
            }
        }

        foreach (var cells in table.Rows)
        {
            using var row = writer.NewRow();
            for (var c = 0; c < table.Columns.Count; c++)
            {
                row[c].Set(CellText.Of(cells[c], table.Columns[c].Kind, dialect));
            }
        }
    }

    private static void WriteOne(string path, ReportTable table, CsvDialect dialect)
    {
        using var text = new StreamWriter(path, append: false, dialect.Encoding);
        WriteOne(text, table, dialect);
    }
}
