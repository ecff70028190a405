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
