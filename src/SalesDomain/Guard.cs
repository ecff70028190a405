using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace SalesDomain;

/// <summary>Argument checks that throw exceptions naming the offending field and its value.</summary>
internal static class Guard
{
    public static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name, $"{name} must not be null.");

    public static string NotEmpty([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name, $"{name} must not be null.");
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must not be empty or white space, was '{value}'.", name);
        }

        return value;
    }

    public static decimal NotNegative(decimal value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value >= 0m ? value : throw OutOfRange(name, value, "must be >= 0");

    public static decimal Positive(decimal value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value > 0m ? value : throw OutOfRange(name, value, "must be > 0");

    public static int NotNegative(int value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value >= 0 ? value : throw OutOfRange(name, value, "must be >= 0");

    public static int Positive(int value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value > 0 ? value : throw OutOfRange(name, value, "must be > 0");

    public static double NotNegative(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value >= 0d && double.IsFinite(value) ? value : throw OutOfRange(name, value, "must be a finite number >= 0");

    public static double Positive(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value > 0d && double.IsFinite(value) ? value : throw OutOfRange(name, value, "must be a finite number > 0");

    /// <summary>A share in the closed interval [0, 1].</summary>
    public static decimal Share(decimal value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value is >= 0m and <= 1m ? value : throw OutOfRange(name, value, "must be within [0, 1]");

    /// <summary>A share in the closed interval [0, 1].</summary>
    public static double Share(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value is >= 0d and <= 1d ? value : throw OutOfRange(name, value, "must be within [0, 1]");

    public static TEnum Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where TEnum : struct, Enum
        => Enum.IsDefined(value) ? value : throw OutOfRange(name, value, $"must be a defined {typeof(TEnum).Name}");

    public static ArgumentOutOfRangeException OutOfRange<T>(string? name, T value, string rule)
        => new(name, value, $"{name} {rule}, was {Format(value)}.");

    private static string Format<T>(T value) => value switch
    {
        null => "null",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
