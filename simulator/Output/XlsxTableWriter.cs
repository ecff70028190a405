using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using SalesDomain.Calendar;

namespace SalesDomain.Simulator.Output;

/// <summary>
/// Writes tables as one workbook, one sheet per table (MiniExcel): numbers and dates as typed cells, money with two
/// decimals, shares as percentages, a frozen header row, an autofilter and column widths fitted to the content. Text
/// is always written as a text cell, so a value such as <c>=1+1</c> is never a formula.
/// </summary>
internal static class XlsxTableWriter
{
    /// <summary>Writes the workbook to <paramref name="path"/>, replacing it.</summary>
    public static void Write(string path, IReadOnlyList<ReportTable> tables)
    {
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        var columns = new List<DynamicExcelColumn>();
        foreach (var table in tables)
        {
            var name = SheetName(table.Name, sheets.Keys);
            sheets[name] = table.Rows.Select(cells =>
            {
                var row = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    row[table.Columns[c].Key] = Typed(cells[c]);
                }

                return row;
            }).ToList();
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var column = table.Columns[c];
                if (columns.Any(d => d.Key == column.Key))
                {
                    continue; // one column definition per key across sheets (the key means the same everywhere)
                }

                columns.Add(new DynamicExcelColumn(column.Key)
                {
                    Name = column.Header,
                    Format = FormatOf(column.Kind),
                    Width = WidthOf(table, c),
                });
            }
        }

        var configuration = new OpenXmlConfiguration
        {
            AutoFilter = true,
            FreezeRowCount = 1,
            DynamicColumns = [.. columns],
            TableStyles = TableStyles.Default,
        };
        File.Delete(path);
        MiniExcel.SaveAs(path, sheets, printHeader: true, excelType: ExcelType.XLSX, configuration: configuration);
    }

    private static object? Typed(object? value) => value switch
    {
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        SalesMonth m => m.FirstDay.ToDateTime(TimeOnly.MinValue),
        _ => value,
    };

    private static string? FormatOf(CellKind kind) => kind switch
    {
        CellKind.Money => "#,##0.00",
        CellKind.Percent => "0.0%",
        CellKind.Integer => "#,##0",
        CellKind.Date => "yyyy-mm-dd",
        CellKind.Month => "yyyy-mm",
        _ => null,
    };

    /// <summary>Characters of the widest header or cell (at most the first 500 rows), within 8..60.</summary>
    private static double WidthOf(ReportTable table, int column)
    {
        var widest = table.Columns[column].Header.Length;
        foreach (var cells in table.Rows.Take(500))
        {
            widest = Math.Max(widest, CellText.Of(cells[column], table.Columns[column].Kind, CsvDialect.Invariant).Length + 2);
        }

        return Math.Clamp(widest + 2, 8, 60);
    }

    /// <summary>A sheet name Excel accepts: no <c>[]:*?/\</c>, at most 31 characters, unique in the workbook.</summary>
    private static string SheetName(string name, IEnumerable<string> taken)
    {
        var clean = new string([.. name.Select(ch => "[]:*?/\\".Contains(ch, StringComparison.Ordinal) ? '_' : ch)]);
        clean = clean.Length > 31 ? clean[..31] : clean;
        var unique = clean;
        for (var i = 2; taken.Contains(unique, StringComparer.OrdinalIgnoreCase); i++)
        {
            var suffix = $" ({i})";
            unique = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return unique;
    }
}
