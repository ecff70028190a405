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

    [Fact]
    public void Read_TextHeaderAfterALeadingDelimiter_IsFound()
    {
        // 1C exports often begin each line with the delimiter (an empty first column).
        var result = TransactionCsvImporter.Import(new StringReader(";client_id;date;amount\n;c1;2025-01-01;5\n"));

        Assert.Equal("c1", Assert.Single(result.Accepted).ClientId);
        Assert.Equal(1, result.Layout!.HeaderLine);
    }

    [Fact]
    public void Read_TextOfDelimitersAndSpacesOnly_IsAnEmptyFile()
    {
        var e = Assert.Throws<CsvImportException>(() => TransactionCsvImporter.Import(new StringReader(";;;\n , ,\n\t;\t\n")));

        Assert.Equal("The file is empty: a header line is required.", e.Message);
    }

    [Fact]
    public void Read_QuoteProblems_RejectTheirLineWithWhatIsWrong_AndReadingResumes()
    {
        var text = string.Join('\n',
            "client_id,date,amount",
            "c1,\"2025\"-01-01,5", // text after a closing quote
            "c2,2\"025-01-02,5", // a quote inside an unquoted field, closed by the next line's quote...
            "c3,2025-01-03,5\"", // ...into a record that does not split: a stray quote, and so is this one (closed by line 6)
            "c4,2025-01-04,5",
            "c5,\"2025-01-05,5"); // never closed
        var result = TransactionCsvImporter.Import(new StringReader(text));

        Assert.Equal(
            [
                "line 2: malformed quoting (a quote inside an unquoted field, or text after a closing quote)",
                "line 3: a quote opened on this line does not close at the end of a record (a stray quote?); the line is rejected and reading resumes at the next one",
                "line 4: a quote opened on this line does not close at the end of a record (a stray quote?); the line is rejected and reading resumes at the next one",
                "line 6: a quote opened on this line is not closed within the file; the line is rejected and reading resumes at the next one",
            ],
            result.Rejected.Select(r => r.ToString()));
        Assert.Equal(["c4"], result.Accepted.Select(s => s.ClientId));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(TabularRows.MaxRecordLines)]
    public void Read_AQuotedFieldOfUpToTheMaximumLines_IsOneRecord(int lines)
    {
        var result = TransactionCsvImporter.Import(new StringReader(QuotedManager(lines) + "c2,2025-01-02,6,\n"));

        Assert.Empty(result.Rejected);
        Assert.Equal(["c1", "c2"], result.Accepted.Select(s => s.ClientId));
        Assert.Equal(lines, result.Accepted[0].ManagerId!.Split('\n').Length);
    }

    [Fact]
    public void Read_AQuotedFieldOfOneLineMore_RejectsItsFirstLine()
    {
        var result = TransactionCsvImporter.Import(new StringReader(QuotedManager(TabularRows.MaxRecordLines + 1) + "c2,2025-01-02,6,\n"));

        // The lines inside are read again as rows: blank, except the last, whose quote is then never closed; the row
        // after it is read again too.
        Assert.Equal(
            [
                "line 2: a quote opened on this line is not closed within 1000 lines; the line is rejected and reading resumes at the next one",
                "line 1002: a quote opened on this line is not closed within the file; the line is rejected and reading resumes at the next one",
            ],
            result.Rejected.Select(r => r.ToString()));
        Assert.Equal(["c2"], result.Accepted.Select(s => s.ClientId));
    }

    /// <summary>A header with a manager column, then c1's row whose quoted manager spans <paramref name="lines"/> lines.</summary>
    private static string QuotedManager(int lines) =>
        "client_id,date,amount,manager_id\nc1,2025-01-01,5,\"m\n" + string.Concat(Enumerable.Repeat("\n", lines - 2)) + "x\"\n";
}
