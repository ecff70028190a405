using System.Globalization;
using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>
/// The number, date and product fields of every importer (docs/import.md, "Numbers", "Dates"): empty is null unless
/// required, each reason names the column and echoes the trimmed value, nothing is returned with a rejection, and
/// values beyond the supported range are rejected, never rounded.
/// </summary>
public class FieldTextTests
{
    private const string OutOfRange = "is outside the supported range ±1000000000000000 (docs/model.md)";

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u00A0\t")]
    public void TryNumber_Empty_IsNullUnlessRequired(string text)
    {
        Assert.True(FieldText.TryNumber(text, "profit", NumberCulture.Auto, required: false, out var value, out var reason));
        Assert.Null(value);
        Assert.Equal(string.Empty, reason);

        Assert.False(FieldText.TryNumber(text, "amount", NumberCulture.Auto, required: true, out value, out reason));
        Assert.Null(value);
        Assert.Equal("amount is empty", reason);
    }

    [Theory]
    [InlineData("1 234,50", NumberCulture.Auto, 1234.50)]
    [InlineData(" -500 ", NumberCulture.Auto, -500)]
    [InlineData("1,234", NumberCulture.Invariant, 1234)]
    [InlineData("1,234", NumberCulture.Russian, 1.234)]
    [InlineData("1000000000000000", NumberCulture.Auto, 1000000000000000)]
    [InlineData("-1000000000000000", NumberCulture.Auto, -1000000000000000)]
    public void TryNumber_ANumber_IsReadInTheCulture(string text, NumberCulture culture, decimal expected)
    {
        Assert.True(FieldText.TryNumber(text, "amount", culture, required: true, out var value, out var reason));
        Assert.Equal(expected, value);
        Assert.Equal(string.Empty, reason);
    }

    [Theory]
    [InlineData(" 1e3 ", false, "amount '1e3' is not a number")]
    [InlineData("1,234", true, "amount '1,234' is ambiguous: a thousands comma or a decimal comma; set the culture (ru-RU or invariant)")]
    [InlineData("1000000000000001", true, "amount '1000000000000001' " + OutOfRange)]
    [InlineData(" -1000000000000001 ", false, "amount '-1000000000000001' " + OutOfRange)]
    [InlineData("12\u001B", false, "amount '12\\u001B' is not a number")]
    public void TryNumber_NotANumberOrOutOfRange_IsRejectedWithTheReason(string text, bool required, string expected)
    {
        Assert.False(FieldText.TryNumber(text, "amount", NumberCulture.Auto, required, out var value, out var reason));
        Assert.Null(value);
        Assert.Equal(expected, reason);
    }

    [Fact]
    public void TryNumber_AQuantity_IsCheckedAgainstTheQuantityRange()
    {
        Assert.True(FieldText.TryNumber("1000000000000000", "quantity", NumberCulture.Auto, required: true, out var value, out _, quantity: true));
        Assert.Equal(1_000_000_000_000_000m, value);

        Assert.False(FieldText.TryNumber("1000000000000001", "quantity", NumberCulture.Auto, required: true, out value, out var reason, quantity: true));
        Assert.Null(value);
        Assert.Equal("quantity '1000000000000001' " + OutOfRange, reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void TryDate_Empty_IsNullUnlessRequired(string text)
    {
        Assert.True(FieldText.TryDate(text, "close_date", ImportDialect.Detect, required: false, out var date, out var reason));
        Assert.Null(date);
        Assert.Equal(string.Empty, reason);

        Assert.False(FieldText.TryDate(text, "date", ImportDialect.Detect, required: true, out date, out reason));
        Assert.Null(date);
        Assert.Equal("date is empty", reason);
    }

    [Theory]
    [InlineData(" 2025-03-04 ")]
    [InlineData("04.03.2025")]
    [InlineData("4.3.25 9:05")]
    [InlineData("2025-03-04T10:15:00")]
    public void TryDate_ADate_IsRead(string text)
    {
        Assert.True(FieldText.TryDate(text, "date", ImportDialect.Detect, required: true, out var date, out var reason));
        Assert.Equal(new DateOnly(2025, 3, 4), date);
        Assert.Equal(string.Empty, reason);
    }

    [Fact]
    public void TryDate_NotADate_NamesTheFormats()
    {
        Assert.False(FieldText.TryDate(" 2025-02-30 ", "stage_since", ImportDialect.Detect, required: false, out var date, out var reason));
        Assert.Null(date);
        Assert.Equal("stage_since '2025-02-30' is not a date in the format yyyy-MM-dd or dd.MM.yyyy (dd.MM.yy), optionally with a time", reason);

        var given = new ImportDialect { DateFormats = ["MM/dd/yyyy", "dd/MM/yy"] };
        Assert.False(FieldText.TryDate("04.03.2025", "date", given, required: true, out date, out reason));
        Assert.Null(date);
        Assert.Equal("date '04.03.2025' is not a date in the format MM/dd/yyyy or dd/MM/yy", reason);
        Assert.True(FieldText.TryDate("03/04/2025", "date", given, required: true, out date, out _));
        Assert.Equal(new DateOnly(2025, 3, 4), date);
    }

    [Theory]
    [InlineData(2.5, 4, 10)]
    [InlineData(-3, 0.5, -1.5)]
    [InlineData(1_000_000, 1_000_000_000, 1_000_000_000_000_000)]
    [InlineData(-1_000_000, 1_000_000_000, -1_000_000_000_000_000)]
    public void TryProduct_WithinRange_IsTheProduct(decimal quantity, decimal price, decimal expected)
    {
        Assert.True(FieldText.TryProduct(quantity, price, "amount", out var product, out var reason));
        Assert.Equal(expected, product);
        Assert.Equal(string.Empty, reason);
    }

    [Theory]
    [InlineData(1_000_000_000, 1_000_001, "1000000000 × 1000001 = 1000001000000000")]
    [InlineData(-1_000_000_000, 1_000_001, "-1000000000 × 1000001 = -1000001000000000")]
    public void TryProduct_BeyondTheRange_IsRejected(decimal quantity, decimal price, string shown)
    {
        Assert.False(FieldText.TryProduct(quantity, price, "Quantity*UnitPrice", out var product, out var reason));
        Assert.Equal(0m, product);
        Assert.Equal($"Quantity*UnitPrice {shown} {OutOfRange}", reason);
    }

    [Fact]
    public void TryProduct_BeyondDecimal_IsTooLarge()
    {
        Assert.False(FieldText.TryProduct(decimal.MaxValue, 2m, "amount", out var product, out var reason));
        Assert.Equal(0m, product);
        Assert.Equal("amount 79228162514264337593543950335 × 2 is too large", reason);
    }

    [Fact]
    public void TryProduct_TheReason_DoesNotDependOnTheCurrentCulture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ru-RU");
            Assert.False(FieldText.TryProduct(1.5m, 1_000_000_000_000_000m, "amount", out _, out var reason));
            Assert.Equal($"amount 1.5 × 1000000000000000 = 1500000000000000.0 {OutOfRange}", reason);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
