namespace SalesDomain.Model;

/// <summary>
/// The supported range of money and quantities (docs/model.md in the repository, "Supported range"): one row's amount, profit, potential
/// or quantity is at most 10¹⁵ in absolute value. Every model constructor and every importer checks it, so that sums of
/// any number of rows that fit in memory stay within <see cref="decimal"/>; an aggregate that still leaves
/// <see cref="decimal"/> (a product with a rate, a total of unbounded <see cref="Segmentation.ClientValue"/>s) throws an
/// <see cref="ArgumentOutOfRangeException"/> naming what overflowed instead of an <see cref="OverflowException"/>.
/// </summary>
public static class Money
{
    /// <summary>Largest absolute amount, profit or potential of one row in the base currency: 10¹⁵.</summary>
    public const decimal MaxAmount = 1_000_000_000_000_000m;

    /// <summary>Largest absolute quantity of one row: 10¹⁵.</summary>
    public const decimal MaxQuantity = 1_000_000_000_000_000m;

    /// <summary>Largest rate paid per unit of revenue in a bonus scheme (e.g. an upfront bonus's k per dollar): 1,000.</summary>
    public const decimal MaxRate = 1_000m;

    /// <summary>Whether <paramref name="amount"/> is within ±<see cref="MaxAmount"/>.</summary>
    /// <param name="amount">An amount in the base currency.</param>
    public static bool IsInRange(decimal amount) => amount is >= -MaxAmount and <= MaxAmount;

    /// <summary>Whether <paramref name="quantity"/> is within ±<see cref="MaxQuantity"/>.</summary>
    /// <param name="quantity">A quantity of goods.</param>
    public static bool IsQuantityInRange(decimal quantity) => quantity is >= -MaxQuantity and <= MaxQuantity;

    /// <summary>The reason an amount is out of range, for import rejections; empty when it is in range.</summary>
    /// <param name="amount">An amount in the base currency.</param>
    public static string RangeProblem(decimal amount)
        => IsInRange(amount) ? string.Empty : $"is outside the supported range ±{MaxAmount:0} (docs/model.md)";

    /// <summary>The reason a quantity is out of range, for import rejections; empty when it is in range.</summary>
    /// <param name="quantity">A quantity of goods.</param>
    public static string QuantityRangeProblem(decimal quantity)
        => IsQuantityInRange(quantity) ? string.Empty : $"is outside the supported range ±{MaxQuantity:0} (docs/model.md)";

    /// <summary>Checks an amount against ±<see cref="MaxAmount"/>.</summary>
    internal static decimal Amount(decimal value, string name)
        => IsInRange(value) ? value : throw Guard.OutOfRange(name, value, $"must be within ±{MaxAmount:0}");

    /// <summary>Checks an optional amount against ±<see cref="MaxAmount"/>.</summary>
    internal static decimal? Amount(decimal? value, string name) => value is { } v ? Amount(v, name) : null;

    /// <summary>Checks a non-negative amount against 0..<see cref="MaxAmount"/>.</summary>
    internal static decimal NonNegativeAmount(decimal value, string name)
        => value is >= 0m and <= MaxAmount ? value : throw Guard.OutOfRange(name, value, $"must be within 0..{MaxAmount:0}");

    /// <summary>Checks a positive amount against (0, <see cref="MaxAmount"/>].</summary>
    internal static decimal PositiveAmount(decimal value, string name)
        => value is > 0m and <= MaxAmount ? value : throw Guard.OutOfRange(name, value, $"must be > 0 and at most {MaxAmount:0}");

    /// <summary>Checks a rate (money paid per unit of money) against 0..<see cref="MaxRate"/>.</summary>
    internal static decimal Rate(decimal value, string name)
        => value is >= 0m and <= MaxRate ? value : throw Guard.OutOfRange(name, value, $"must be within 0..{MaxRate:0}");

    /// <summary>Checks an optional quantity against ±<see cref="MaxQuantity"/>.</summary>
    internal static decimal? Quantity(decimal? value, string name)
        => value is not { } v || IsQuantityInRange(v) ? value : throw Guard.OutOfRange(name, v, $"must be within ±{MaxQuantity:0}");

    /// <summary>
    /// Runs an aggregation; a result beyond <see cref="decimal"/> becomes an <see cref="ArgumentOutOfRangeException"/>
    /// for <paramref name="parameter"/> saying <paramref name="what"/> overflowed.
    /// </summary>
    internal static T Checked<T>(Func<T> aggregate, string parameter, string what)
    {
        try
        {
            return aggregate();
        }
        catch (OverflowException)
        {
            throw Overflow(parameter, what);
        }
    }

    /// <summary>The error for an aggregate beyond <see cref="decimal"/>.</summary>
    internal static ArgumentOutOfRangeException Overflow(string parameter, string what)
        => new(parameter, $"{what} exceeds the largest amount a decimal holds (±7.9e28); amounts per row are limited to ±{MaxAmount:0}.");
}
