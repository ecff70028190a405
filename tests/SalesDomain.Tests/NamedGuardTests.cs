using SalesDomain.Calendar;
using SalesDomain.Csv;
using SalesDomain.Model;
using SalesDomain.Reactivation;

namespace SalesDomain.Tests;

/// <summary>The guards named in docs/testing.md: each public function names its public parameter, never an internal one.</summary>
public class NamedGuardTests
{
    private static readonly BgNbdModel Cdnow = new(0.243, 4.414, 0.793, 2.426);

    [Fact]
    public void ExpectedPurchases_HugeFrequency_NamesTheClient()
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => Cdnow.ExpectedPurchases(new RfmSummary(int.MaxValue, 10, 20), 10));
        Assert.Equal("client", e.ParamName);
    }

    [Fact]
    public void ExpectedPurchases_HugeHorizon_NamesPeriods()
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => Cdnow.ExpectedPurchases(new RfmSummary(2, 10, 20), 1e300));
        Assert.Equal("periods", e.ParamName);
        Assert.Equal("periods", Assert.ThrowsAny<ArgumentException>(() => Cdnow.ExpectedPurchases(new RfmSummary(2, 10, 20), double.NaN)).ParamName);
    }

    [Fact]
    public void ProbabilityAlive_HugeFrequency_IsAProbability()
    {
        var p = Cdnow.ProbabilityAlive(new RfmSummary(int.MaxValue, 10, 20));
        Assert.InRange(p, 0d, 1d);
    }

    [Fact]
    public void LostClientsBuild_LatestDate_NamesAsOf()
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => LostClients.Build(ClientBase.FromSales([new Sale("c", new DateOnly(2025, 1, 1), 1m)]), DateOnly.MaxValue));
        Assert.Equal("asOf", e.ParamName);
        Assert.NotNull(LostClients.Build(ClientBase.FromSales([new Sale("c", new DateOnly(2025, 1, 1), 1m)]), DateOnly.MinValue));
    }

    [Fact]
    public void SalesMonthParse_Null_NamesText()
    {
        var e = Assert.Throws<ArgumentNullException>(() => SalesMonth.Parse(null!));
        Assert.Equal(typeof(SalesMonth).GetMethod(nameof(SalesMonth.Parse), [typeof(string)])!.GetParameters()[0].Name, e.ParamName);
    }

    [Theory]
    [InlineData('"')]
    [InlineData('\n')]
    [InlineData('\r')]
    public void DelimiterThatCannotSeparateFields_IsRejected(char delimiter)
    {
        Assert.Equal("Delimiter", Assert.ThrowsAny<ArgumentException>(() => new ImportDialect { Delimiter = delimiter }).ParamName);
        Assert.Equal("Delimiter", Assert.ThrowsAny<ArgumentException>(() => new TransactionCsvOptions { Delimiter = delimiter }).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void EmptyDateFormat_IsRejected(string format)
    {
        Assert.Equal("DateFormat", Assert.ThrowsAny<ArgumentException>(() => new TransactionCsvOptions { DateFormat = format }).ParamName);
        Assert.Equal("DateFormats", Assert.ThrowsAny<ArgumentException>(() => new ImportDialect { DateFormats = [format] }).ParamName);
    }
}
