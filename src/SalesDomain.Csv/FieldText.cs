using System.Globalization;
namespace SalesDomain.Csv;

/// <summary>
/// Reads the number and date fields of every importer with one grammar (<see cref="NumberGrammar"/>,
/// <see cref="DateGrammar"/>), giving a reason that names the column and echoes the value safely.
/// </summary>
internal static class FieldText
{
    /// <summary>
    /// A number within the supported range (<see cref="Model.Money"/>: an amount, or a quantity when
    /// <paramref name="quantity"/>); empty is null when not required.
    /// </summary>
    public static bool TryNumber(
        ReadOnlySpan<char> text, string column, NumberCulture culture, bool required, out decimal? value, out string reason, bool quantity = false)
    {
        value = null;
        reason = string.Empty;
        if (text.IsWhiteSpace())
        {
            reason = required ? $"{column} is empty" : string.Empty;
            return !required;
        }

        if (!NumberGrammar.TryParse(text, culture, out var number, out var problem))
        {
            reason = $"{column} {EchoText.Quote(text.Trim())} {problem}";
            return false;
        }

        var range = quantity ? Model.Money.QuantityRangeProblem(number) : Model.Money.RangeProblem(number);
        if (range.Length > 0)
        {
            reason = $"{column} {EchoText.Quote(text.Trim())} {range}";
            return false;
        }

        value = number;
        return true;
    }

    /// <summary>A date; empty is null when not required.</summary>
    public static bool TryDate(ReadOnlySpan<char> text, string column, ImportDialect dialect, bool required, out DateOnly? date, out string reason)
    {
        date = null;
        reason = string.Empty;
        if (text.IsWhiteSpace())
        {
            reason = required ? $"{column} is empty" : string.Empty;
            return !required;
        }

        if (!DateGrammar.TryParse(text, dialect.DateFormats, out var value))
        {
            reason = $"{column} {EchoText.Quote(text.Trim())} is not a date in the format {DateGrammar.Describe(dialect.DateFormats)}";
            return false;
        }

        date = value;
        return true;
    }

    /// <summary>quantity × price, rejected when it is outside the supported range of amounts (<see cref="Model.Money"/>).</summary>
    public static bool TryProduct(decimal quantity, decimal price, string column, out decimal product, out string reason)
    {
        reason = string.Empty;
        try
        {
            product = quantity * price;
            if (!Model.Money.IsInRange(product))
            {
                reason = string.Create(CultureInfo.InvariantCulture, $"{column} {quantity} × {price} = {product} {Model.Money.RangeProblem(product)}");
                product = 0m;
                return false;
            }

            return true;
        }
        catch (OverflowException)
        {
            product = 0m;
            reason = string.Create(CultureInfo.InvariantCulture, $"{column} {quantity} × {price} is too large");
            return false;
        }
    }
}
