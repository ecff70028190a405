using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>
/// The number grammar and the cents fast path against the framework on texts people and exports write: a leading
/// <c>+</c> or <c>-</c>, <c>-0</c>, surrounding white space, long integers (up to 28 digits) and 0–4 decimals.
/// </summary>
[Properties(Arbitrary = new[] { typeof(NumberTextArbitraries) }, MaxTest = 1000)]
public class NumberGrammarPropertyTests
{
    private const NumberStyles Plain = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint
                                       | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    [Property]
    public bool Grammar_AgreesWithTheFramework(NumberText number)
    {
        var text = number.Text;
        var fast = NumberGrammar.TryParse(text, NumberCulture.Auto, out var parsed, out _);
        var framework = decimal.TryParse(text, Plain, CultureInfo.InvariantCulture, out var expected);
        if (number.Digits + Math.Max(0, number.Decimals) > 28)
        {
            // Beyond 28 digits the framework rounds; the grammar rejects unless nothing is lost (docs/import.md).
            return !fast || (parsed == expected && parsed.Scale == Math.Max(0, number.Decimals));
        }

        return fast == framework && (!fast || (parsed == expected && parsed.Scale == expected.Scale));
    }

    [Fact]
    public void CentsFastPath_SeventeenIntegerDigits_IsDeclined_NotWrapped()
    {
        // 98870058159243649 × 100 does not fit a long: it used to wrap around to a wrong amount.
        Assert.False(CsvFields.TryPlainCents("98870058159243649.", out _));
        Assert.True(CsvFields.TryPlainCents("9999999999999999", out var cents));
        Assert.Equal(999_999_999_999_999_900L, cents);
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool CentsFastPath_AgreesWithTheGrammar_WheneverItAnswers(NumberText number)
    {
        var text = number.Text.Trim();
        if (!CsvFields.TryPlainCents(text, out var cents))
        {
            // The fast path declines anything but [-+]digits[.d[d]] of at most 17 digits, 16 before the point.
            return number.Decimals > 2 || number.Digits > 16 || number.Digits + Math.Max(0, number.Decimals) > 17;
        }

        return NumberGrammar.TryParse(text, NumberCulture.Auto, out var parsed, out _) && parsed * 100m == cents;
    }

    private const string TwentyEightDigits = "1234567890123456789012345678";

    [Theory]
    [InlineData("5", "5")]
    [InlineData("+5", "5")]
    [InlineData("-5", "-5")]
    [InlineData("90", "90")]
    [InlineData("0", "0")]
    [InlineData("1.5", "1.5")]
    [InlineData("9.90", "9.90")]
    [InlineData("-0.09", "-0.09")]
    [InlineData("12.", "12")]
    [InlineData(".5", "0.5")]
    [InlineData("123456789012345678", "123456789012345678")]
    [InlineData("12345678901234567.8", "12345678901234567.8")]
    public void TryPlain_APlainNumber_IsReadWithItsScale(string text, string expected)
    {
        Assert.True(NumberGrammar.TryPlain(text, out var value));
        Assert.Equal(expected, value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("1,5")]
    [InlineData(" 5")]
    [InlineData("5$")]
    [InlineData("1/2")]
    [InlineData("1:2")]
    [InlineData("1234567890123456789")]
    [InlineData("123456789012345678.9")]
    public void TryPlain_AnythingElse_IsDeclined(string text)
        => Assert.False(NumberGrammar.TryPlain(text, out _));

    [Theory]
    [InlineData("5 руб.", "5")]
    [InlineData("руб. 5", "5")]
    [InlineData("5 руб", "5")]
    [InlineData("руб 5", "5")]
    [InlineData("5р.", "5")]
    [InlineData("р. 5", "5")]
    [InlineData("5 ₽", "5")]
    [InlineData("₽5", "5")]
    [InlineData("5 RUB", "5")]
    [InlineData("rub 5", "5")]
    [InlineData("5 rur", "5")]
    [InlineData("RUR 5", "5")]
    [InlineData("5 usd", "5")]
    [InlineData("USD 5", "5")]
    [InlineData("5 EUR", "5")]
    [InlineData("eur 5", "5")]
    [InlineData("5 gbp", "5")]
    [InlineData("GBP 5", "5")]
    [InlineData("5$", "5")]
    [InlineData("$5", "5")]
    [InlineData("5 €", "5")]
    [InlineData("€5", "5")]
    [InlineData("5£", "5")]
    [InlineData("£5", "5")]
    [InlineData("-$5", "-5")]
    [InlineData("$-5", "-5")]
    [InlineData("\u2212 5 ₽", "-5")]
    public void TryParse_ACurrencyBeforeOrAfter_IsIgnored(string text, string expected) => AssertReads(text, NumberCulture.Auto, expected);

    [Theory]
    [InlineData(",5", NumberCulture.Russian, "0.5")]
    [InlineData(",5", NumberCulture.Auto, "0.5")]
    [InlineData(" .5", NumberCulture.Auto, "0.5")]
    [InlineData("-,5", NumberCulture.Russian, "-0.5")]
    [InlineData("1,5", NumberCulture.Russian, "1.5")]
    [InlineData("1,234,567", NumberCulture.Russian, "1234567")]
    [InlineData("1,234,567", NumberCulture.Auto, "1234567")]
    [InlineData("1,234", NumberCulture.Invariant, "1234")]
    [InlineData("1,234", NumberCulture.Russian, "1.234")]
    [InlineData("1234,567", NumberCulture.Auto, "1234.567")]
    [InlineData("1 234 567", NumberCulture.Auto, "1234567")]
    [InlineData("1\u00A0234,56", NumberCulture.Russian, "1234.56")]
    [InlineData("1.234,56", NumberCulture.Russian, "1234.56")]
    [InlineData("1.234,56", NumberCulture.Auto, "1234.56")]
    [InlineData("1,234.56", NumberCulture.Invariant, "1234.56")]
    [InlineData("12,345,678.9", NumberCulture.Auto, "12345678.9")]
    [InlineData("000" + TwentyEightDigits, NumberCulture.Auto, TwentyEightDigits)]
    [InlineData("0." + TwentyEightDigits, NumberCulture.Auto, "0." + TwentyEightDigits)]
    public void TryParse_SeparatorsOfTheCulture_AreRead(string text, NumberCulture culture, string expected) => AssertReads(text, culture, expected);

    /// <summary>The text reads, without a problem, as the expected value (written in the invariant culture).</summary>
    private static void AssertReads(string text, NumberCulture culture, string expected)
    {
        Assert.True(NumberGrammar.TryParse(text, culture, out var value, out var problem));
        Assert.Equal(expected, value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(string.Empty, problem);
    }

    [Theory]
    [InlineData("", NumberCulture.Auto, "is empty")]
    [InlineData("  ", NumberCulture.Auto, "is empty")]
    [InlineData("x", NumberCulture.Auto, "is not a number")]
    [InlineData("1e5", NumberCulture.Auto, "is not a number")]
    [InlineData(".", NumberCulture.Auto, "is not a number")]
    [InlineData(",", NumberCulture.Russian, "is not a number")]
    [InlineData(".5,3", NumberCulture.Invariant, "is not a number in the invariant culture")]
    [InlineData("1.234,5", NumberCulture.Invariant, "is not a number in the invariant culture")]
    [InlineData(",5.1", NumberCulture.Russian, "is not a number in the ru-RU culture")]
    [InlineData("1,234.5", NumberCulture.Russian, "is not a number in the ru-RU culture")]
    [InlineData("1234 567", NumberCulture.Auto, "is not a number")]
    [InlineData("1 23 456", NumberCulture.Auto, "is not a number")]
    [InlineData("1 234 56", NumberCulture.Auto, "is not a number")]
    [InlineData("1  234", NumberCulture.Auto, "is not a number")]
    [InlineData(" 1,234,56", NumberCulture.Auto, "is not a number")]
    [InlineData("1.234.567", NumberCulture.Auto, "is not a number")]
    [InlineData("1.234.567", NumberCulture.Invariant, "is not a number")]
    [InlineData("1, 23", NumberCulture.Auto, "is not a number")]
    [InlineData("1. " + TwentyEightDigits, NumberCulture.Auto, "is not a number")]
    [InlineData("123,456", NumberCulture.Auto, "is ambiguous: a thousands comma or a decimal comma; set the culture (ru-RU or invariant)")]
    [InlineData("1,234", NumberCulture.Auto, "is ambiguous: a thousands comma or a decimal comma; set the culture (ru-RU or invariant)")]
    [InlineData("1" + TwentyEightDigits, NumberCulture.Auto, "has more than 28 significant digits")]
    [InlineData("0.0" + TwentyEightDigits, NumberCulture.Auto, "has more than 28 significant digits")]
    public void TryParse_AnythingElse_IsRejectedWithItsReason(string text, NumberCulture culture, string problem)
    {
        Assert.False(NumberGrammar.TryParse(text, culture, out var value, out var reason));
        Assert.Equal(problem, reason);
        Assert.Equal(0m, value);
    }
}

/// <summary>A number written as text, with what it is made of.</summary>
/// <param name="Text">The text.</param>
/// <param name="Digits">Digits of the integer part.</param>
/// <param name="Decimals">Digits after the point; −1 without a point.</param>
public sealed record NumberText(string Text, int Digits, int Decimals);

/// <summary>Generators of number texts.</summary>
public static class NumberTextArbitraries
{
    public static Arbitrary<NumberText> Texts()
    {
        var digit = Gen.Choose(0, 9).Select(d => (char)('0' + d));
        var integer = Gen.Frequency(
            (4, Gen.Choose(1, 6)),
            (2, Gen.Choose(7, 17)),
            (1, Gen.Choose(18, 28))).SelectMany(n => digit.ArrayOf(n).Select(c => new string(c)));
        var gen =
            from sign in Gen.Elements("", "", "+", "-")
            from whole in Gen.Frequency((6, integer), (1, Gen.Constant("0")))
            from decimals in Gen.Elements(-1, 0, 1, 2, 2, 3, 4)
            from fraction in digit.ArrayOf(Math.Max(0, decimals)).Select(c => new string(c))
            from before in Gen.Elements("", "", " ", "  ")
            from after in Gen.Elements("", "", " ", "\t")
            let body = decimals < 0 ? whole : $"{whole}.{fraction}"
            select new NumberText($"{before}{sign}{body}{after}", whole.Length, decimals);
        return gen.ToArbitrary();
    }
}
