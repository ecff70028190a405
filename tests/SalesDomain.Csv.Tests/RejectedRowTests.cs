using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>How a rejected row is shown: by line for a text file, by sheet and row for a workbook.</summary>
public class RejectedRowTests
{
    [Fact]
    public void ToString_TextFile_GivesTheLine()
        => Assert.Equal("line 3: amount is empty", new RejectedRow(3, "amount is empty").ToString());

    [Fact]
    public void ToString_WorkbookRow_GivesTheSheetAndRow()
        => Assert.Equal("sheet 'Лист\\n1' row 7: amount is empty", new RejectedRow(7, "amount is empty") { Sheet = "Лист\n1" }.ToString());
}
