using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>How header names compare (docs/import.md, "Columns"): case, ё/е, spaces, underscores, hyphens, dots and a byte order mark ignored.</summary>
public class HeaderNameTests
{
    [Theory]
    [InlineData("Customer ID", "customerid")]
    [InlineData("customer_id", "customerid")]
    [InlineData("\uFEFFКол-во.", "колво")]
    [InlineData("Партнёр", "партнер")]
    [InlineData("ЁМКОСТЬ", "емкость")]
    public void Key_IgnoresCaseYoAndSeparators(string name, string key)
        => Assert.Equal(key, HeaderName.Key(name));

    [Fact]
    public void Import_HeaderWithYo_MatchesTheSynonymWrittenWithYe()
    {
        var result = TransactionCsvImporter.Import(new StringReader("Партнёр,date,amount\nc1,2025-01-01,5\n"));

        Assert.Equal("Партнёр", result.Layout!.Columns["client"]);
        Assert.Equal("c1", Assert.Single(result.Accepted).ClientId);
    }
}
