using System.Globalization;
using MiniExcelLibs;

namespace SalesDomain.Csv;

/// <summary>
/// The rows of one worksheet of an .xlsx workbook (read with MiniExcel), as text fields: typed cells are written in the
/// canonical form the grammars read unambiguously (numbers invariant with up to 15 significant digits as Excel shows
/// them, dates as <c>yyyy-MM-dd</c>, with <c> HH:mm:ss</c> when they have a time), text cells as they are.
/// </summary>
internal static class WorksheetRows
{
    /// <summary>The sheet to read: the named one (case-insensitive) or the first.</summary>
    /// <exception cref="CsvImportException">The workbook has no such sheet.</exception>
    public static string ChooseSheet(Stream workbook, string? wanted)
    {
        var names = Guarded(() => MiniExcel.GetSheetNames(workbook));
        workbook.Position = 0;
        if (names.Count == 0)
        {
            throw new CsvImportException("The workbook has no worksheets.");
        }

        if (wanted is null)
        {
            return names[0];
        }

        return names.FirstOrDefault(n => string.Equals(n, wanted.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new CsvImportException($"The workbook has no sheet {EchoText.Quote(wanted)}; it has: {string.Join(", ", names.Select(n => EchoText.Quote(n)))}.");
    }

    /// <summary>Every row of the sheet from row 1, empty rows included, with its 1-based row number.</summary>
    /// <exception cref="CsvImportException">The workbook cannot be read (damaged or not what it claims).</exception>
    public static IEnumerable<(long Row, List<string> Fields)> Read(Stream workbook, string sheet)
    {
        long number = 0;
        using var rows = Guarded(() => MiniExcel.Query(workbook, useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX).GetEnumerator());
        while (Guarded(rows.MoveNext))
        {
            var row = (IDictionary<string, object?>)rows.Current;
            number++;
            var fields = new List<string>(row.Count);
            foreach (var value in row.Values)
            {
                fields.Add(Text(value));
            }

            yield return (number, fields);
        }
    }

    /// <summary>Runs a MiniExcel call, turning its failures on a damaged workbook into one import error.</summary>
    private static T Guarded<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (Exception e) when (e is not (CsvImportException or OperationCanceledException or OutOfMemoryException))
        {
            throw new CsvImportException($"The workbook cannot be read ({e.GetType().Name}: {EchoText.Escape(e.Message)}).", e);
        }
    }

    /// <summary>The canonical text of a cell value.</summary>
    internal static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28 => ((decimal)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t when t.TimeOfDay == TimeSpan.Zero => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
