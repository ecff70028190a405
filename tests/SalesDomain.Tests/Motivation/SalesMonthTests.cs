using SalesDomain.Calendar;
using SalesDomain.Motivation;

namespace SalesDomain.Tests.Motivation;

/// <summary>The month value the motivation schemes book by (DOMAIN.md §6).</summary>
public class SalesMonthTests
{
    [Theory]
    [InlineData("2024-01", 2024, 1)]
    [InlineData("0001-01", 1, 1)]
    [InlineData("9999-12", 9999, 12)]
    public void Parse_ReadsYyyyMm(string text, int year, int month)
    {
        var parsed = SalesMonth.Parse(text);
        Assert.Equal((year, month, text), (parsed.Year, parsed.Month, parsed.ToString()));
    }

    [Theory]
    [InlineData("2024-1")]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("0000-01")]
    [InlineData("24-01-01")]
    [InlineData("2024/01")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_RejectsEverythingElse(string? text) => Assert.False(SalesMonth.TryParse(text, out _));

    [Fact]
    public void Arithmetic_CrossesYears()
    {
        var december = new SalesMonth(2023, 12);
        Assert.Equal(new SalesMonth(2024, 2), december.AddMonths(2));
        Assert.Equal(14, december.MonthsUntil(new SalesMonth(2025, 2)));
        Assert.Equal(3, SalesMonth.Range(december, new SalesMonth(2024, 2)).Count());
        Assert.True(december < december.AddMonths(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SalesMonth(9999, 12).AddMonths(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SalesMonth(2024, 13));
    }
}
