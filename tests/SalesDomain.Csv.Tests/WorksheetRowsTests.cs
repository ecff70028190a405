using System.Globalization;
using System.IO.Compression;
using MiniExcelLibs;
using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>
/// The rows of an .xlsx worksheet as text fields (docs/import.md, "Excel workbook"): the sheet chosen by name or the
/// first, every row from row 1 with its number, typed cells in the canonical form the grammars read (numbers invariant
/// with Excel's 15 digits, dates ISO), and a damaged workbook reported as one import error.
/// </summary>
public class WorksheetRowsTests
{
    internal static MemoryStream Workbook(Dictionary<string, object> sheets)
    {
        var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets, printHeader: false, excelType: ExcelType.XLSX);
        stream.Position = 0;
        return stream;
    }

    internal static Dictionary<string, object?> Row(params object?[] cells)
    {
        var row = new Dictionary<string, object?>();
        for (var i = 0; i < cells.Length; i++)
        {
            row[((char)('A' + i)).ToString()] = cells[i];
        }

        return row;
    }

    private static MemoryStream Damaged(string entry, string content)
    {
        var bytes = Workbook(new() { ["Лист1"] = new List<Dictionary<string, object?>> { Row("a", "b") } }).ToArray();
        var stream = new MemoryStream();
        stream.Write(bytes);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(entry)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write(content);
        }

        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void ChooseSheet_TheFirst_OrTheOneNamed_IgnoringCaseAndSpaces()
    {
        using var workbook = File.OpenRead(TestData.PathOf("1c/sales.xlsx"));

        Assert.Equal("Продажи", WorksheetRows.ChooseSheet(workbook, null));
        Assert.Equal(0, workbook.Position);
        Assert.Equal("Справочник", WorksheetRows.ChooseSheet(workbook, "справочник"));
        Assert.Equal("Справочник", WorksheetRows.ChooseSheet(workbook, " СПРАВОЧНИК "));
        Assert.Equal("Продажи", WorksheetRows.ChooseSheet(workbook, "Продажи"));
        Assert.Equal(0, workbook.Position);
    }

    [Fact]
    public void ChooseSheet_AMissingSheet_NamesTheSheetsThereAre()
    {
        using var workbook = File.OpenRead(TestData.PathOf("1c/sales.xlsx"));

        var e = Assert.Throws<CsvImportException>(() => WorksheetRows.ChooseSheet(workbook, "Sales\n"));

        Assert.Equal("The workbook has no sheet 'Sales\\n'; it has: 'Продажи', 'Справочник'.", e.Message);
    }

    [Fact]
    public void Read_EveryRowFromRowOne_WithItsNumber_EmptyRowsIncluded()
    {
        using var workbook = File.OpenRead(TestData.PathOf("1c/sales.xlsx"));

        var rows = WorksheetRows.Read(workbook, "Продажи").ToList();

        Assert.Equal(Enumerable.Range(1, 12).Select(i => (long)i), rows.Select(r => r.Row));
        Assert.Equal(["Валовая прибыль предприятия", "", "", "", "", ""], rows[0].Fields);
        Assert.Equal(["", "", "", "", "", ""], rows[2].Fields);
        Assert.Equal(["Контрагент", "Дата", "Сумма", "Валовая прибыль", "Количество", "Менеджер"], rows[3].Fields);
        Assert.Equal(["ООО \"Ромашка\"", "2024-01-15 10:15:00", "1234.5", "234.5", "3", "Иванов И.И."], rows[4].Fields);
        Assert.Equal(["ИП Ёлкин А.В.", "2024-01-16", "870", "120", "1", "Петрова Е.С."], rows[5].Fields);
        Assert.Equal(["Елкин А.В.", "14.02.24", "99,90", "", "1", ""], rows[8].Fields);
    }

    [Fact]
    public void Read_TheSheetNamed()
    {
        using var workbook = File.OpenRead(TestData.PathOf("1c/sales.xlsx"));

        var rows = WorksheetRows.Read(workbook, "Справочник").ToList();

        Assert.Equal([(1L, "Менеджер"), (2L, "Иванов И.И.")], rows.Select(r => (r.Row, r.Fields[0])));
        Assert.Equal("Опт", rows[1].Fields[1]);
    }

    [Fact]
    public void Read_AWorkbookWrittenInMemory_TypedCells()
    {
        using var workbook = Workbook(new()
        {
            ["Данные"] = new List<Dictionary<string, object?>>
            {
                Row("client", "date", "amount", "flag"),
                Row("k1", new DateTime(2025, 3, 4), 1234.5d, true),
                Row(1001d, new DateTime(2025, 3, 4, 9, 5, 0), -0.1d, false),
            },
        });

        var rows = WorksheetRows.Read(workbook, WorksheetRows.ChooseSheet(workbook, null)).ToList();

        Assert.Equal(["client", "date", "amount", "flag"], rows[0].Fields);
        Assert.Equal(["k1", "2025-03-04", "1234.5", "TRUE"], rows[1].Fields);
        Assert.Equal(["1001", "2025-03-04 09:05:00", "-0.1", "FALSE"], rows[2].Fields);
        Assert.Equal([1L, 2L, 3L], rows.Select(r => r.Row));
    }

    [Fact]
    public void ADamagedWorkbook_IsOneImportError()
    {
        using var workbook = Damaged("xl/workbook.xml", "<workbook");

        var e = Assert.Throws<CsvImportException>(() => WorksheetRows.ChooseSheet(workbook, null));

        Assert.StartsWith("The workbook cannot be read (", e.Message, StringComparison.Ordinal);
        Assert.NotNull(e.InnerException);
        Assert.IsNotType<CsvImportException>(e.InnerException);
        Assert.Contains(e.InnerException.GetType().Name + ": ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADamagedSheet_IsOneImportError_WhenItsRowsAreRead()
    {
        using var workbook = Damaged("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"");

        var e = Assert.Throws<CsvImportException>(() => WorksheetRows.Read(workbook, "Лист1").ToList());

        Assert.StartsWith("The workbook cannot be read (", e.Message, StringComparison.Ordinal);
        Assert.NotNull(e.InnerException);
    }

    [Fact]
    public void ADamagedWorkbook_ThroughAnImporter_IsACsvImportException()
    {
        using var workbook = Damaged("xl/workbook.xml", "not xml");

        var e = Assert.Throws<CsvImportException>(() => TransactionCsvImporter.Import(workbook));

        Assert.StartsWith("The workbook cannot be read (", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1234.5, "1234.5")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(0d, "0")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(7.8e28, "78000000000000000000000000000")]
    [InlineData(-7.8e28, "-78000000000000000000000000000")]
    [InlineData(7.9e28, "7.9E+28")]
    [InlineData(-7.9e28, "-7.9E+28")]
    [InlineData(1e300, "1E+300")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Text_ANumberCell_IsInvariantWithExcelsDigits(double value, string expected)
        => Assert.Equal(expected, WorksheetRows.Text(value));

    [Fact]
    public void Text_ANumberCell_KeepsFifteenSignificantDigits()
        => Assert.Equal("0.333333333333333", WorksheetRows.Text(1d / 3));

    [Fact]
    public void Text_DateCells_AreIso_WithATimeWhenTheyHaveOne()
    {
        Assert.Equal("2024-01-15", WorksheetRows.Text(new DateTime(2024, 1, 15)));
        Assert.Equal("2024-01-15 10:15:00", WorksheetRows.Text(new DateTime(2024, 1, 15, 10, 15, 0)));
        Assert.Equal("2024-01-15 00:00:01", WorksheetRows.Text(new DateTime(2024, 1, 15, 0, 0, 1)));
        Assert.Equal("2024-01-15 23:59:59", WorksheetRows.Text(new DateTime(2024, 1, 15, 23, 59, 59)));
    }

    [Fact]
    public void Text_OtherCells()
    {
        Assert.Equal(string.Empty, WorksheetRows.Text(null));
        Assert.Equal(" as is ", WorksheetRows.Text(" as is "));
        Assert.Equal(string.Empty, WorksheetRows.Text(string.Empty));
        Assert.Equal("TRUE", WorksheetRows.Text(true));
        Assert.Equal("FALSE", WorksheetRows.Text(false));
        Assert.Equal("System.Object", WorksheetRows.Text(new object()));
        Assert.Equal(string.Empty, WorksheetRows.Text(new NoText()));
    }

    [Fact]
    public void Text_FormattableCells_AreInvariant_WhateverTheCurrentCulture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ru-RU");
            Assert.Equal("1.5", WorksheetRows.Text(1.5m));
            Assert.Equal("2.25", WorksheetRows.Text(2.25f));
            Assert.Equal("1234.5", WorksheetRows.Text(1234.5d));
            Assert.Equal("42", WorksheetRows.Text(42));
            Assert.Equal("01:02:03", WorksheetRows.Text(new TimeSpan(1, 2, 3)));
            Assert.Equal("2024-01-15 10:15:00", WorksheetRows.Text(new DateTime(2024, 1, 15, 10, 15, 0)));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private sealed class NoText
    {
        public override string? ToString() => null;
    }

    [Fact]
    public void ChooseSheet_AWorkbookWithoutSheets_IsAnImportError()
    {
        using var workbook = Damaged(
            "xl/workbook.xml",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets></sheets></workbook>");

        var e = Assert.Throws<CsvImportException>(() => WorksheetRows.ChooseSheet(workbook, null));

        Assert.Equal("The workbook has no worksheets.", e.Message);
    }
}
