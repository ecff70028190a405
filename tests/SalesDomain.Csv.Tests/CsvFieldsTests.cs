using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>
/// The field fast paths at every boundary they compare against: ISO and Russian dates (digit counts, separators, the
/// two-digit year pivot, day, month, hour, minute and second ranges, trailing text) and plain amounts as cents.
/// </summary>
public class CsvFieldsTests
{
    [Theory]
    [InlineData("2024-01-15", 2024, 1, 15)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    [InlineData("1999-09-19", 1999, 9, 19)]
    [InlineData("2024-01-31", 2024, 1, 31)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2023-02-28", 2023, 2, 28)]
    [InlineData("2024-04-30", 2024, 4, 30)]
    [InlineData("2024-12-01", 2024, 12, 1)]
    [InlineData("2087-06-04", 2087, 6, 4)]
    public void TryIsoDate_AValidDate_GivesItsParts(string text, int year, int month, int day)
    {
        Assert.True(CsvFields.TryIsoDate(text, out var y, out var m, out var d));
        Assert.Equal((year, month, day), (y, m, d));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2024")]
    [InlineData("2024-01-1")]
    [InlineData("2024-01-150")]
    [InlineData("2024/01/15")]
    [InlineData("2024-01/15")]
    [InlineData("2024/01-15")]
    [InlineData("0000-01-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-13-10")]
    [InlineData("2024-01-00")]
    [InlineData("2024-01-32")]
    [InlineData("2024-04-31")]
    [InlineData("2023-02-29")]
    [InlineData("2024-01-1:")]
    [InlineData("2024-01-1/")]
    [InlineData("2024-0:-10")]
    [InlineData("202:-01-10")]
    [InlineData("20/4-01-10")]
    [InlineData("2024-1-015")]
    [InlineData("+024-01-15")]
    public void TryIsoDate_AnythingElse_IsDeclined(string text)
        => Assert.False(CsvFields.TryIsoDate(text, out _, out _, out _));

    [Theory]
    [InlineData("15.01.2024", 2024, 1, 15)]
    [InlineData("1.1.2024", 2024, 1, 1)]
    [InlineData("01.01.2024", 2024, 1, 1)]
    [InlineData("31.12.2024", 2024, 12, 31)]
    [InlineData("29.02.2024", 2024, 2, 29)]
    [InlineData("30.4.1999", 1999, 4, 30)]
    [InlineData("9.9.0001", 1, 9, 9)]
    [InlineData("15.01.24", 2024, 1, 15)]
    [InlineData("1.1.00", 2000, 1, 1)]
    [InlineData("1.1.49", 2049, 1, 1)]
    [InlineData("1.1.50", 1950, 1, 1)]
    [InlineData("1.1.99", 1999, 1, 1)]
    [InlineData("15.01.2024 0:00", 2024, 1, 15)]
    [InlineData("15.01.2024 9:05", 2024, 1, 15)]
    [InlineData("15.01.2024 23:59", 2024, 1, 15)]
    [InlineData("15.01.2024 10:30:00", 2024, 1, 15)]
    [InlineData("15.01.2024 23:59:59", 2024, 1, 15)]
    [InlineData("15.01.24 08:30:45", 2024, 1, 15)]
    public void TryRussianDate_AValidDate_GivesItsParts(string text, int year, int month, int day)
    {
        Assert.True(CsvFields.TryRussianDate(text, out var y, out var m, out var d));
        Assert.Equal((year, month, day), (y, m, d));
    }

    [Theory]
    [InlineData("")]
    [InlineData("15")]
    [InlineData("15.")]
    [InlineData("15.01")]
    [InlineData("15.01.")]
    [InlineData("15-01-2024")]
    [InlineData("15.01-2024")]
    [InlineData("15-01.2024")]
    [InlineData(".01.2024")]
    [InlineData("15..2024")]
    [InlineData("001.01.2024")]
    [InlineData("123.01.2024")]
    [InlineData("15.001.2024")]
    [InlineData("15.01.2")]
    [InlineData("15.01.123")]
    [InlineData("15.01.20245")]
    [InlineData("1.1.0000")]
    [InlineData("0.1.2024")]
    [InlineData("32.1.2024")]
    [InlineData("31.4.2024")]
    [InlineData("29.2.2023")]
    [InlineData("1.0.2024")]
    [InlineData("1.13.2024")]
    [InlineData("1/1/2024")]
    [InlineData("1.1.2024x")]
    [InlineData("1.1.2024 ")]
    [InlineData("1.1.2024T10:30")]
    [InlineData("1.1.2024  10:30")]
    [InlineData("1.1.2024 10")]
    [InlineData("1.1.2024 10:")]
    [InlineData("1.1.2024 10-30")]
    [InlineData("1.1.2024 24:00")]
    [InlineData("1.1.2024 123:00")]
    [InlineData("1.1.2024 10:60")]
    [InlineData("1.1.2024 10:5")]
    [InlineData("1.1.2024 10:305")]
    [InlineData("1.1.2024 10:30x")]
    [InlineData("1.1.2024 10:30 ")]
    [InlineData("1.1.2024 10:30:")]
    [InlineData("1.1.2024 10:30-45")]
    [InlineData("1.1.2024 10:30:60")]
    [InlineData("1.1.2024 10:30:5")]
    [InlineData("1.1.2024 10:30:456")]
    [InlineData("1.1.2024 10:30:45x")]
    [InlineData("1.1.2024 10:30:45 ")]
    [InlineData("1.1.2024 10:30:45:00")]
    public void TryRussianDate_AnythingElse_IsDeclined(string text)
        => Assert.False(CsvFields.TryRussianDate(text, out _, out _, out _));

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("7", 700L)]
    [InlineData("+7", 700L)]
    [InlineData("-7", -700L)]
    [InlineData("12.3", 1230L)]
    [InlineData("12.34", 1234L)]
    [InlineData("-12.34", -1234L)]
    [InlineData("12.", 1200L)]
    [InlineData(".5", 50L)]
    [InlineData("90.09", 9009L)]
    [InlineData("9999999999999999", 999_999_999_999_999_900L)]
    [InlineData("999999999999999.99", 99_999_999_999_999_999L)]
    public void TryPlainCents_APlainAmount_IsItsCents(string text, long expected)
    {
        Assert.True(CsvFields.TryPlainCents(text, out var cents));
        Assert.Equal(expected, cents);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("+")]
    [InlineData(".")]
    [InlineData("1..5")]
    [InlineData("1.2.3")]
    [InlineData("1.234")]
    [InlineData("1,5")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("--1")]
    [InlineData("1-")]
    [InlineData("1/2")]
    [InlineData("1:2")]
    [InlineData("99999999999999999")]
    [InlineData("9999999999999999.999")]
    [InlineData("9999999999999999.99")]
    public void TryPlainCents_AnythingElse_IsDeclined(string text)
        => Assert.False(CsvFields.TryPlainCents(text, out _));
}
