using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>CSV import of transactions: every rejected row reported with line and reason (docs/import.md).</summary>
public class TransactionCsvImporterTests
{
    private static ImportResult<SalesDomain.Model.Sale> Import(string text, TransactionCsvOptions? options = null)
        => TransactionCsvImporter.Import(new StringReader(text), options);

    [Theory]
    [InlineData("client_id")]
    [InlineData("customer_id")]
    [InlineData("client")]
    [InlineData("Customer_ID")]
    public void ClientIdColumn_AcceptsAliases(string column)
    {
        var result = Import($"{column},date,amount\nc1,2025-01-31,10.50\n");

        var sale = Assert.Single(result.Accepted);
        Assert.Equal("c1", sale.ClientId);
        Assert.Equal(new DateOnly(2025, 1, 31), sale.Date);
        Assert.Equal(10.50m, sale.Amount);
    }

    [Fact]
    public void OptionalColumns_AreRead()
    {
        var result = Import("date,amount,customer_id,profit,quantity,manager_id\n2025-01-01,-5,c1,-1.5,-2,m7\n2025-01-02,5,c2,,,\n");

        Assert.Empty(result.Rejected);
        Assert.Equal((-1.5m, -2m, "m7"), (result.Accepted[0].Profit, result.Accepted[0].Quantity, result.Accepted[0].ManagerId));
        Assert.True(result.Accepted[0].IsReturn);
        Assert.Null(result.Accepted[1].Profit);
        Assert.Null(result.Accepted[1].ManagerId);
    }

    [Fact]
    public void BadRows_AreRejectedWithLineAndReason_NothingDropped()
    {
        const string text = """
            client_id,date,amount
            c1,2025-01-01,10
            ,2025-01-01,10
            c3,01/02/2025,10
            c4,2025-01-01,abc
            c5,2025-01-01,"1,000"
            c6,2025-01-01
            c7,2025-02-30,1
            c8,2025-01-01,
            c9,2025-01-01,1e3
            c10,2025-01-01,7
            """;

        var result = Import(text);

        Assert.Equal(["c1", "c10"], result.Accepted.Select(s => s.ClientId));
        Assert.Equal([3L, 4, 5, 6, 7, 8, 9, 10], result.Rejected.Select(r => r.LineNumber));
        Assert.Contains("client_id is empty", result.Rejected[0].Reason);
        Assert.Contains("'01/02/2025'", result.Rejected[1].Reason);
        Assert.Contains("amount 'abc'", result.Rejected[2].Reason);
        Assert.Contains("'1,000'", result.Rejected[3].Reason);
        Assert.Contains("at least 3 fields", result.Rejected[4].Reason);
        Assert.Contains("'2025-02-30'", result.Rejected[5].Reason);
        Assert.Contains("amount is empty", result.Rejected[6].Reason);
        Assert.Contains("'1e3'", result.Rejected[7].Reason);
        Assert.Equal(10, result.RowsRead);
        Assert.Equal("10 rows read: 2 accepted, 8 rejected", result.Summary);
    }

    [Fact]
    public void CustomDateFormatAndColumn()
    {
        var options = new TransactionCsvOptions { ClientIdColumn = "account", DateFormat = "dd.MM.yyyy", Delimiter = ';' };
        var result = Import("account;date;amount\nacme;31.01.2025;12.5\n", options);

        Assert.Equal(new DateOnly(2025, 1, 31), Assert.Single(result.Accepted).Date);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("id,date,amount\n", "client id column")]
    [InlineData("client_id,day,amount\n", "'date'")]
    [InlineData("client_id,date,value\n", "'amount'")]
    public void UnusableHeader_Throws(string text, string expected)
    {
        var e = Assert.Throws<CsvImportException>(() => Import(text));
        Assert.Contains(expected, e.Message);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void CdnowMaster_ImportsEveryRow()
    {
        var result = TransactionCsvImporter.ImportFile(TestData.PathOf("cdnow/CDNOW_master.csv"));

        Assert.Equal(69_659, result.Accepted.Length);
        Assert.Empty(result.Rejected);
        Assert.Equal(2_500_315.63m, result.Accepted.Sum(s => s.Amount));
        Assert.Equal(23_570, result.Accepted.Select(s => s.ClientId).Distinct().Count());
    }

    [Fact]
    public void Sniff_FileOrStream_UsesTheGivenOptions()
    {
        const string text = "client_id,date,amount,agent\nc1,2025-01-01,5,m1\n";
        var options = new TransactionCsvOptions { ManagerColumn = "agent" };
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text);
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

            Assert.Equal("agent", TransactionCsvImporter.Sniff(path, options).Columns["manager"]);
            Assert.Equal("agent", TransactionCsvImporter.Sniff(stream, options).Columns["manager"]);
            Assert.False(TransactionCsvImporter.Sniff(path).Has("manager"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RequireProfit_RejectsAnEmptyOrBadProfit_ButNotAFileWithoutTheColumn()
    {
        var options = new TransactionCsvOptions { RequireProfit = true };

        var result = Import("client_id,date,amount,profit\nc1,2025-01-01,5,\nc2,2025-01-01,5,x\nc3,2025-01-01,5,1\n", options);
        var withoutColumn = Import("client_id,date,amount\nc1,2025-01-01,5\n", options);

        Assert.Equal([(2L, "profit is empty"), (3L, "profit 'x' is not a number")], result.Rejected.Select(r => (r.LineNumber, r.Reason)));
        Assert.Equal((decimal?)1m, Assert.Single(result.Accepted).Profit);
        Assert.Null(Assert.Single(withoutColumn.Accepted).Profit);
    }

    [Fact]
    public void ProfitAndQuantity_EmptyIsUnknown_BadIsRejected()
    {
        var result = Import("client_id,date,amount,profit,quantity\nc1,2025-01-01,5,,\nc2,2025-01-01,5,1,x\nc3,2025-01-01,5,y,1\n");

        Assert.Equal((null, null), (Assert.Single(result.Accepted).Profit, result.Accepted[0].Quantity));
        Assert.Equal([(3L, "quantity 'x' is not a number"), (4L, "profit 'y' is not a number")], result.Rejected.Select(r => (r.LineNumber, r.Reason)));
    }

    [Fact]
    public void Import_RussianQuantityAndPriceWithoutAnAmount_NamesTheirProductInTheError()
    {
        var e = Assert.Throws<CsvImportException>(() => TransactionCsvImporter.Import(new StringReader("client_id;date;Количество;Цена\nc1;2025-01-01;2;5\n")));

        Assert.Contains("The file has Количество and Цена: the amount can be their product (Количество*Цена).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_AnEmptyQuantityBesideAnAmount_IsAccepted()
    {
        var result = TransactionCsvImporter.Import(new StringReader("client_id,date,amount,quantity\nc1,2025-01-01,5,\nc2,2025-01-01,5,2\n"));

        Assert.Empty(result.Rejected);
        Assert.Equal([null, 2m], result.Accepted.Select(s => s.Quantity));
    }
}
