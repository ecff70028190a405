using SalesDomain.Csv;
using SalesDomain.Model;
using static SalesDomain.Csv.Tests.WorksheetRowsTests;

namespace SalesDomain.Csv.Tests;

/// <summary>The row loop shared by the importers (docs/import.md): the header search in a workbook, blank cells past the header, invalid characters in a workbook.</summary>
public class TabularRowsTests
{
    private static ImportResult<Sale> ImportSheet(TransactionCsvOptions? options, params Dictionary<string, object?>[] rows)
    {
        using var workbook = Workbook(new() { ["Лист1"] = rows.ToList() });
        return TransactionCsvImporter.Import(workbook, options);
    }

    [Fact]
    public void Read_WorkbookCellWithAReplacementCharacter_RejectsItsRow()
    {
        var result = ImportSheet(
            null,
            Row("client_id", "date", "amount"),
            Row("c1", "2025-01-01", "5"),
            Row("c\uFFFD2", "2025-01-01", "5"));

        Assert.Equal("c1", Assert.Single(result.Accepted).ClientId);
        Assert.Equal(
            "sheet 'Лист1' row 3: holds bytes that are not valid in the file's encoding (give the encoding, e.g. windows-1251)",
            Assert.Single(result.Rejected).ToString());
    }

    [Fact]
    public void Read_WorkbookHeaderBelowTheSearchedRows_IsNotFound()
    {
        var options = new TransactionCsvOptions { Dialect = new ImportDialect { HeaderSearchLines = 1 } };
        Dictionary<string, object?>[] rows = [Row("Продажи за январь", string.Empty, string.Empty), Row("client_id", "date", "amount"), Row("c1", "2025-01-01", "5")];

        var e = Assert.Throws<CsvImportException>(() => ImportSheet(options, rows));
        var found = ImportSheet(options with { Dialect = new ImportDialect { HeaderSearchLines = 2 } }, rows);

        Assert.StartsWith("No header with the required columns in the first 1 rows of sheet 'Лист1'.", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, found.Layout!.HeaderLine);
        Assert.Single(found.Accepted);
    }

    [Fact]
    public void Read_WorkbookWithoutAHeader_ReportsTheFirstNonBlankRowsProblem()
    {
        var e = Assert.Throws<CsvImportException>(() => ImportSheet(null, Row(string.Empty, string.Empty), Row("Отчёт", string.Empty), Row("client_id", "amount")));

        Assert.StartsWith("No header with the required columns in the first 50 rows of sheet 'Лист1'. The header has no client id column", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("; it has: Отчёт.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextRowWithBlankCellsPastTheHeader_IsAccepted_ButNotWithAValueThere()
    {
        var result = TransactionCsvImporter.Import(new StringReader("client_id,date,amount\nc1,2025-01-01,5,,\nc2,2025-01-01,5, ,x\n"));

        Assert.Equal("c1", Assert.Single(result.Accepted).ClientId);
        Assert.Equal(new RejectedRow(3, "has 5 fields but the header has 3 (a value holding the delimiter must be quoted)"), Assert.Single(result.Rejected));
    }

    [Fact]
    public void Read_TextLineOfDelimitersAndSpaces_IsSkipped_ButALineOfTabsIsARow()
    {
        var result = TransactionCsvImporter.Import(new StringReader("client_id,date,amount\n , ,\n,,,,\n\t,\t,\t\nc1,2025-01-01,5\n"));

        Assert.Equal("c1", Assert.Single(result.Accepted).ClientId);
        Assert.Equal(new RejectedRow(4, "client_id is empty"), Assert.Single(result.Rejected));
    }
}
