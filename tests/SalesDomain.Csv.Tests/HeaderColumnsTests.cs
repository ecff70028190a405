using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>Finding fields in a header: empty header cells are never a column and are left out of the listing in messages.</summary>
public class HeaderColumnsTests
{
    [Fact]
    public void Listing_LeavesOutEmptyCells()
        => Assert.Equal("client_id, amount", new HeaderColumns(["client_id", "", " ", "amount"]).Listing);

    [Fact]
    public void Find_ANameWithoutLetters_DoesNotMatchEmptyCells()
    {
        var header = new HeaderColumns(["client_id", "", "amount", " "]);

        Assert.Null(header.Find("profit", ["-"]));
        Assert.Null(header.Find("profit", [""]));
        Assert.Equal(2, header.Find("amount", ["AMOUNT"]));
    }

    [Fact]
    public void Import_MissingColumn_MessageListsOnlyTheNamedCells()
        => Assert.Contains(
            "; it has: client_id, amount.",
            Assert.Throws<CsvImportException>(() => TransactionCsvImporter.Import(new StringReader("client_id,,amount\nc1,,5\n"))).Message,
            StringComparison.Ordinal);
}
