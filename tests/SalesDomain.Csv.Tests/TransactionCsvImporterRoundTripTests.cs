using System.Globalization;
using SalesDomain.Csv;
using SalesDomain.Model;
using SalesDomain.Testing;

namespace SalesDomain.Csv.Tests;

/// <summary>The transactions importer on quoting, layouts and generated files: what is written is read back (docs/import.md).</summary>
[Properties(Arbitrary = new[] { typeof(SalesArbitraries) }, MaxTest = 200)]
public class TransactionCsvImporterRoundTripTests
{
    private static ImportResult<Sale> Import(string text, TransactionCsvOptions? options = null) =>
        TransactionCsvImporter.Import(new StringReader(text), options);

    [Fact]
    public void ReadsTheSimpleLayout_WithOptionalColumnsAndAnyCase()
    {
        var result = Import("Client_ID,date,amount,profit,quantity,manager_id,extra\nc1,2024-01-31,1234.56,10.5,2,m1,x\nc2,2024-02-29,-5,,,,\n");
        Assert.Empty(result.Rejected);
        Assert.Equal(2, result.Accepted.Length);
        Assert.Equal(new Sale("c1", new DateOnly(2024, 1, 31), 1234.56m, 10.5m, 2m) { ManagerId = "m1" }, result.Accepted[0]);
        Assert.Equal(new Sale("c2", new DateOnly(2024, 2, 29), -5m), result.Accepted[1]);
        Assert.Equal("2 rows read: 2 accepted, 0 rejected", result.Summary);
    }

    [Fact]
    public void RejectsEveryBadRow_WithItsLineAndReason()
    {
        var text = string.Join('\n',
            "customer_id,date,amount",
            "c1,2024-01-01,10",
            "",
            ",2024-01-02,10",
            "c3,2024-13-01,10",
            "c4,2024-01-04,1 000",
            "c5,2024-01-05",
            "c6,2024-01-06,",
            "c\"7,2024-01-07,10",
            "\"c,8\",2024-01-08,\" 12.50 \"",
            "c9,2024-01-09,1e5");
        var result = Import(text);
        Assert.Equal(
            [
                "line 4: customer_id is empty",
                "line 5: date '2024-13-01' is not a date in the format yyyy-MM-dd or dd.MM.yyyy (dd.MM.yy), optionally with a time",
                "line 7: expected at least 3 fields, found 2",
                "line 8: amount is empty",
                "line 9: a quote opened on this line is not closed within the file; the line is rejected and reading resumes at the next one",
                "line 11: amount '1e5' is not a number",
            ],
            result.Rejected.Select(r => r.ToString()));
        Assert.Equal(["c1", "c4", "c,8"], result.Accepted.Select(s => s.ClientId));
        Assert.Equal(1000m, result.Accepted[1].Amount); // a space groups thousands
        Assert.Equal(12.50m, result.Accepted[2].Amount);
    }

    [Fact]
    public void QuotedFieldsMaySpanLines_AndAnUnclosedQuoteRejectsOnlyItsOwnLine()
    {
        var result = Import("client_id,date,amount,manager_id\n\"a\nb\",2024-01-01,5,\"m \"\"x\"\"\"\nc2,2024-01-02,6,\nc3,2024-01-03,7,\"open\nc4,2024-01-04,8,\n");
        Assert.Equal(["a\nb", "c2", "c4"], result.Accepted.Select(s => s.ClientId));
        Assert.Equal("m \"x\"", result.Accepted[0].ManagerId);
        Assert.Equal(5L, Assert.Single(result.Rejected).LineNumber);
        Assert.Contains("not closed", result.Rejected[0].Reason);
    }

    [Fact]
    public void HonoursDelimiterAndDateFormat()
    {
        var options = new TransactionCsvOptions { Delimiter = ';', DateFormat = "dd.MM.yyyy", ClientIdColumn = "client" };
        var result = Import("client;date;amount\nk1;05.03.2024;7.25\n", options);
        Assert.Equal(new Sale("k1", new DateOnly(2024, 3, 5), 7.25m), Assert.Single(result.Accepted));
    }

    [Fact]
    public void UnusableHeader_Throws()
    {
        Assert.Throws<CsvImportException>(() => Import(""));
        var missing = Assert.Throws<CsvImportException>(() => Import("client_id,amount\nc1,5\n"));
        Assert.Contains("'date'", missing.Message);
        Assert.Throws<CsvImportException>(() => Import("id,date,amount\n"));
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool WrittenSales_ReadBackUnchanged_AndRepeatedIdsShareOneString(ClientBase clientBase)
    {
        var lines = clientBase.Sales.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.ClientId},{s.Date:yyyy-MM-dd},{s.Amount}"));
        var result = Import("client_id,date,amount\n" + string.Join("\r\n", lines));
        var sameInstances = result.Accepted.GroupBy(s => s.ClientId).All(g => g.All(s => ReferenceEquals(s.ClientId, g.First().ClientId)));
        var written = clientBase.Sales.Select(s => new Sale(s.ClientId, s.Date, s.Amount)); // the three columns written
        return result.Rejected.IsEmpty && result.Accepted.SequenceEqual(written) && sameInstances;
    }

    [Property]
    public bool FastNumberAndDateParsing_AgreeWithTheFramework(decimal value, int days)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        var fast = NumberGrammar.TryParse(text, NumberCulture.Auto, out var parsed, out _);
        var framework = decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var expected);
        var date = DateOnly.FromDayNumber(Math.Abs(days % 3_000_000));
        var dateText = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return fast == framework && parsed == expected && parsed.Scale == expected.Scale
               && DateGrammar.TryParse(dateText, null, out var d) && d == date
               && !DateGrammar.TryParse("2023-02-29", null, out _) && !DateGrammar.TryParse("0000-01-01", null, out _);
    }
}
