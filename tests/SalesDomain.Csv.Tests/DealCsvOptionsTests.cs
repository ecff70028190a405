using SalesDomain.Csv;
using SalesDomain.Forecast;

namespace SalesDomain.Csv.Tests;

/// <summary>
/// The deal import options (docs/forecast.md, docs/import.md): the defaults, the null guards, and the
/// <see cref="DealCsvOptions.DateFormat"/> and <see cref="DealCsvOptions.Delimiter"/> shorthands writing through to
/// the dialect that the import then uses.
/// </summary>
public class DealCsvOptionsTests
{
    private const string Header = "deal_id;client_id;manager_id;amount;stage;expected_close";

    [Fact]
    public void Default_IsTheSeedsPolicy_AndADetectedDialect()
    {
        var options = DealCsvOptions.Default;

        Assert.Same(DealPolicy.Default, options.Policy);
        Assert.Same(ImportDialect.Detect, options.Dialect);
        Assert.Equal("yyyy-MM-dd", options.DateFormat);
        Assert.Null(options.Delimiter);
        Assert.Equal(options, new DealCsvOptions());
    }

    [Fact]
    public void Policy_Null_Throws()
        => Assert.Equal("Policy", Assert.Throws<ArgumentNullException>(() => new DealCsvOptions { Policy = null! }).ParamName);

    [Fact]
    public void Dialect_Null_Throws()
        => Assert.Equal("Dialect", Assert.Throws<ArgumentNullException>(() => new DealCsvOptions { Dialect = null! }).ParamName);

    [Fact]
    public void DateFormat_SetsTheDialectsOnlyFormat_KeepingTheRestOfTheDialect()
    {
        var options = new DealCsvOptions { Dialect = new ImportDialect { Sheet = "Сделки", Delimiter = ';' }, DateFormat = "dd/MM/yyyy" };

        Assert.Equal("dd/MM/yyyy", options.DateFormat);
        Assert.Equal(["dd/MM/yyyy"], options.Dialect.DateFormats!.ToArray());
        Assert.Equal("Сделки", options.Dialect.Sheet);
        Assert.Equal(';', options.Delimiter);
    }

    [Fact]
    public void DateFormat_IsTheFirstOfTheDialectsFormats()
        => Assert.Equal("MM/dd/yyyy", new DealCsvOptions { Dialect = new ImportDialect { DateFormats = ["MM/dd/yyyy", "dd.MM.yyyy"] } }.DateFormat);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void DateFormat_Blank_Throws(string? format)
    {
        var e = Assert.Throws<ArgumentException>(() => new DealCsvOptions { DateFormat = format! });

        Assert.Equal("DateFormat", e.ParamName);
        Assert.Equal($"DateFormat must be a format, not '{format}'. (Parameter 'DateFormat')", e.Message);
    }

    [Fact]
    public void Delimiter_SetsTheDialectsDelimiter_KeepingItsFormats()
    {
        var options = new DealCsvOptions { DateFormat = "dd.MM.yyyy", Delimiter = '|' };

        Assert.Equal('|', options.Delimiter);
        Assert.Equal('|', options.Dialect.Delimiter);
        Assert.Equal(["dd.MM.yyyy"], options.Dialect.DateFormats!.ToArray());
        Assert.Null((options with { Delimiter = null }).Dialect.Delimiter);
    }

    [Fact]
    public void Delimiter_AQuote_Throws()
        => Assert.Equal("Delimiter", Assert.Throws<ArgumentOutOfRangeException>(() => new DealCsvOptions { Delimiter = '"' }).ParamName);

    [Fact]
    public void Import_UsesTheOptionsDateFormatAndDelimiter()
    {
        var text = Header.Replace(';', '|') + "\nd1|c1|m1|100|30|01/12/2026\nd2|c1|m1|100|30|2026-12-02\nd3|c1|m1|100|30|12/31/2026\n";

        var result = DealCsvImporter.Import(new StringReader(text), new DealCsvOptions { DateFormat = "dd/MM/yyyy", Delimiter = '|' });

        Assert.Equal([new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 2)], result.Accepted.Select(d => d.ExpectedClose));
        Assert.Equal(new RejectedRow(4, "expected_close '12/31/2026' is not a date in the format dd/MM/yyyy"), Assert.Single(result.Rejected));
        Assert.Equal('|', result.Layout!.Delimiter);
        Assert.Throws<CsvImportException>(() => DealCsvImporter.Import(new StringReader(text), new DealCsvOptions { Delimiter = ';' }));
    }
}
