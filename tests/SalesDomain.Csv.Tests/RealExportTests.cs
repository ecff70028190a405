using System.Text;
using SalesDomain.Csv;
using SalesDomain.Model;

namespace SalesDomain.Csv.Tests;

/// <summary>1C and Excel exports load as they are (docs/import.md): every encoding, title blocks, Russian headers, .xlsx.</summary>
public class RealExportTests
{
    private const decimal FixtureTotal = 20_724.15m;

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData("1c/sales_utf8.csv", "utf-8")]
    [InlineData("1c/sales_utf8_bom.csv", "utf-8")]
    [InlineData("1c/sales_utf16.csv", "utf-16")]
    [InlineData("1c/sales_1251.csv", "windows-1251")]
    public void OneCExport_InEveryEncoding_LoadsEveryRow(string file, string encoding)
    {
        var result = TransactionCsvImporter.ImportFile(TestData.PathOf(file));

        Assert.Empty(result.Rejected);
        AssertFixtureRows(result.Accepted);
        Assert.Equal(encoding, result.Layout!.Encoding);
        Assert.Equal(';', result.Layout.Delimiter);
        Assert.Equal(4, result.Layout.HeaderLine);
        Assert.Equal("Контрагент", result.Layout.Columns["client"]);
        Assert.Equal("Валовая прибыль", result.Layout.Columns["profit"]);
    }

    [Fact]
    public void Workbook_LoadsTheSameRows_TypedAndTextCells()
    {
        var result = TransactionCsvImporter.ImportFile(TestData.PathOf("1c/sales.xlsx"));

        Assert.Empty(result.Rejected);
        AssertFixtureRows(result.Accepted);
        Assert.Equal(ImportFormat.Xlsx, result.Layout!.Format);
        Assert.Equal("Продажи", result.Layout.Sheet);
        Assert.Equal(4, result.Layout.HeaderLine);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Workbook_OtherSheet_IsChosenByName_AndAMissingSheetIsNamed()
    {
        var options = new TransactionCsvOptions { Dialect = new ImportDialect { Sheet = "справочник" } };
        var noHeader = Assert.Throws<CsvImportException>(() => TransactionCsvImporter.ImportFile(TestData.PathOf("1c/sales.xlsx"), options));
        Assert.Contains("Справочник", noHeader.Message);

        var missing = Assert.Throws<CsvImportException>(() => TransactionCsvImporter.ImportFile(
            TestData.PathOf("1c/sales.xlsx"), new TransactionCsvOptions { Dialect = new ImportDialect { Sheet = "Sales" } }));
        Assert.Contains("no sheet 'Sales'", missing.Message);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Sniff_ShowsTheLayout_WithoutReadingRows()
    {
        var layout = TransactionCsvImporter.Sniff(TestData.PathOf("1c/sales_1251.csv"));

        Assert.Equal("windows-1251", layout.Encoding);
        Assert.Equal(["Контрагент", "Дата", "Сумма", "Валовая прибыль", "Количество", "Менеджер"], layout.Header.ToArray());
        Assert.True(layout.Has("manager"));
        using var stream = File.OpenRead(TestData.PathOf("1c/sales.xlsx"));
        Assert.Equal(ImportFormat.Xlsx, TransactionCsvImporter.Sniff(stream).Format);
    }

    [Fact]
    public void QuotedHeader_AsPandasAndExcelWriteIt_Loads()
    {
        var result = TransactionCsvImporter.ImportFile(TestData.PathOf("1c/quoted_header.csv"));

        Assert.Empty(result.Rejected);
        Assert.Equal(["c1", "c2", "c,3"], result.Accepted.Select(s => s.ClientId));
    }

    [Fact]
    public void MixedFile_EveryRowAccountedFor_WithLineAndReason()
    {
        var result = TransactionCsvImporter.ImportFile(TestData.PathOf("1c/mixed_rows.csv"));

        Assert.Equal(["k1", "k7", "k9"], result.Accepted.Select(s => s.ClientId));
        Assert.Equal([100.50m, 2500m, 75m], result.Accepted.Select(s => s.Amount));
        Assert.Equal([3L, 4, 5, 6, 7, 8, 9, 12], result.Rejected.Select(r => r.LineNumber));
        string[] reasons = ["client_id is empty", "marks a missing client id", "is not a date", "is ambiguous", "has 4 fields but the header has 3",
            "more than 28 significant digits", "not closed", "'1e3' is not a number"];
        Assert.All(reasons.Zip(result.Rejected), p => Assert.Contains(p.First, p.Second.Reason));
        Assert.Equal(11, result.RowsRead);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void OnlineRetail_AmountIsQuantityTimesPrice_AndMissingIdsAreRejected()
    {
        var options = new TransactionCsvOptions { AmountColumn = "Quantity*UnitPrice" };
        var result = TransactionCsvImporter.ImportFile(TestData.PathOf("online_retail_uci_sample/online_retail_sample.csv"), options);

        Assert.Equal(20_000, result.RowsRead);
        Assert.Equal(5_078, result.Rejected.Length);
        Assert.All(result.Rejected, r => Assert.Equal("CustomerID 'NA' marks a missing client id", r.Reason));
        Assert.DoesNotContain(result.Accepted, s => s.ClientId == "NA");
        Assert.Equal(3_049, result.Accepted.Select(s => s.ClientId).Distinct().Count());
    }

    [Fact]
    public void InvoiceLineExport_WithoutAmount_NamesTheProduct()
    {
        var e = Assert.Throws<CsvImportException>(() =>
            TransactionCsvImporter.ImportFile(TestData.PathOf("online_retail_uci_sample/online_retail_sample.csv")));
        Assert.Contains("Quantity*UnitPrice", e.Message);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void CdnowMaster_StillImportsEveryRow()
    {
        var result = TransactionCsvImporter.ImportFile(TestData.PathOf("cdnow/CDNOW_master.csv"));

        Assert.Equal((69_659, 0), (result.Accepted.Length, result.Rejected.Length));
        Assert.Equal(2_500_315.63m, result.Accepted.Sum(s => s.Amount));
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "a PDF document")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, ".xls")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3 }, "ZIP")]
    [InlineData(new byte[] { 0x63, 0x00, 0x01, 0x02, 0x1B, 0xFF }, "binary data")]
    public void NotTextOrWorkbook_OneLineNamingWhatWasFound(byte[] bytes, string found)
    {
        var e = Assert.Throws<CsvImportException>(() => TransactionCsvImporter.Import(new MemoryStream(bytes)));

        Assert.Contains(found, e.Message);
        Assert.DoesNotContain('\n', e.Message);
        Assert.DoesNotContain('\u001B', e.Message);
    }

    [Fact]
    public void DamagedWorkbook_IsOneImportError()
    {
        var bytes = File.ReadAllBytes(TestData.PathOf("1c/sales.xlsx"));

        var e = Assert.Throws<CsvImportException>(() => TransactionCsvImporter.Import(new MemoryStream(bytes[..(bytes.Length / 2)])));
        Assert.DoesNotContain('\n', e.Message);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void StreamImport_IsCancellable()
    {
        var text = "client_id,date,amount\n" + string.Concat(Enumerable.Repeat("c1,2024-01-01,1\n", 10_000));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            TransactionCsvImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(text)), null, cancel.Token));
    }

    private static void AssertFixtureRows(IReadOnlyList<Sale> sales)
    {
        Assert.Equal(8, sales.Count);
        Assert.Equal(FixtureTotal, sales.Sum(s => s.Amount));
        Assert.Equal(["ООО \"Ромашка\"", "ИП Ёлкин А.В.", "АО Север; филиал", "Елкин А.В."], sales.Select(s => s.ClientId).Distinct());
        Assert.Equal(new DateOnly(2024, 2, 14), sales[4].Date);
        Assert.Equal((1234.50m, 234.50m, 3m, "Иванов И.И."), (sales[0].Amount, sales[0].Profit!.Value, sales[0].Quantity!.Value, sales[0].ManagerId));
        Assert.Null(sales[4].Profit);
        Assert.Equal(3000m, sales[6].Amount);
    }
}
