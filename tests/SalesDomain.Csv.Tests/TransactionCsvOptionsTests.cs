using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>The transactions-file options: the documented client id aliases, the date format shorthand and blank column names refused.</summary>
public class TransactionCsvOptionsTests
{
    [Fact]
    public void ClientIdAliases_AreTheEnglishClientNames()
        => Assert.Equal(["client_id", "customer_id", "client"], TransactionCsvOptions.ClientIdAliases);

    [Fact]
    public void DateFormat_WhenFormatsAreDetected_IsIso()
        => Assert.Equal("yyyy-MM-dd", new TransactionCsvOptions().DateFormat);

    [Fact]
    public void DateFormat_Given_IsTheDialectsOnlyFormat()
    {
        var options = new TransactionCsvOptions { DateFormat = "dd.MM.yyyy" };

        Assert.Equal("dd.MM.yyyy", options.DateFormat);
        Assert.Equal(["dd.MM.yyyy"], options.Dialect.DateFormats!);
    }

    [Theory]
    [InlineData("DateColumn")]
    [InlineData("AmountColumn")]
    [InlineData("DateFormat")]
    public void BlankColumnOrFormat_IsRefused_NamingTheProperty(string property)
    {
        var e = Assert.Throws<ArgumentException>(() => property switch
        {
            "DateColumn" => new TransactionCsvOptions { DateColumn = " " },
            "AmountColumn" => new TransactionCsvOptions { AmountColumn = " " },
            _ => new TransactionCsvOptions { DateFormat = " " },
        });

        Assert.Equal(property, e.ParamName);
        Assert.Equal($"{property} must name a column, not ' '. (Parameter '{property}')", e.Message);
    }

    [Theory]
    [InlineData("NA")]
    [InlineData("n/a")]
    [InlineData("#N/A")]
    [InlineData("NULL")]
    [InlineData(" none ")]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("(ПУСТО)")]
    public void EveryDefaultMissingClientMarker_RejectsItsRow(string marker)
    {
        var result = TransactionCsvImporter.Import(new StringReader($"client_id;date;amount\n{marker};2025-01-01;5\nc1;2025-01-01;5\n"));

        Assert.Equal("c1", Assert.Single(result.Accepted).ClientId);
        Assert.Equal(new RejectedRow(2, $"client_id '{marker.Trim()}' marks a missing client id"), Assert.Single(result.Rejected));
    }
}
