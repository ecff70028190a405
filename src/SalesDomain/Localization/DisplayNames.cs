using System.Globalization;
using System.Resources;

namespace SalesDomain.Localization;

/// <summary>
/// Display names in English and Russian for the values people read (docs/localization.md in the repository): ABC/XYZ/ABCDE classes,
/// ladder categories, base statuses, contact kinds, manager roles, deal statuses, stages and loss reasons, forecast
/// categories, fairy-tale reasons and payout line kinds. Names come from the library's resources
/// (<c>SalesDomain.Localization.DisplayNames</c>; English neutral, Russian satellite), keyed
/// <c>Type.Member</c> — <see cref="KeyOf{TEnum}(TEnum)"/> gives the key, so a CRM can look the same keys up in
/// its own <c>IStringLocalizer</c>. JSON and the command line's machine output keep the English member names.
/// </summary>
public static class DisplayNames
{
    private static readonly ResourceManager Resources = new("SalesDomain.Localization.DisplayNames", typeof(DisplayNames).Assembly);

    /// <summary>The resource key of an enum value, <c>Type.Member</c> (e.g. <c>PerspectiveCategory.OneOff</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined member (a flags combination has no single key).</exception>
    public static string KeyOf<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => $"{typeof(TEnum).Name}.{Enum.GetName(Guard.Defined(value))}";

    /// <summary>
    /// The display name of an enum value in <paramref name="culture"/> (the current UI culture when null); a flags
    /// combination gives its members' names joined by ", "; a value without a resource gives its member name.
    /// </summary>
    public static string Of<TEnum>(TEnum value, CultureInfo? culture = null)
        where TEnum : struct, Enum
    {
        if (Enum.IsDefined(value))
        {
            return Lookup(KeyOf(value), culture) ?? value.ToString();
        }

        if (typeof(TEnum).IsDefined(typeof(FlagsAttribute), inherit: false))
        {
            var bits = Convert.ToUInt64(value, CultureInfo.InvariantCulture);
            var parts = Enum.GetValues<TEnum>()
                .Where(v => Convert.ToUInt64(v, CultureInfo.InvariantCulture) is var b && b != 0 && (b & (b - 1)) == 0 && (bits & b) == b)
                .Select(v => Of(v, culture))
                .ToArray();
            if (parts.Length > 0)
            {
                return string.Join(", ", parts);
            }
        }

        throw Guard.OutOfRange(nameof(value), value, $"must be a defined {typeof(TEnum).Name}");
    }

    /// <summary>
    /// The display name of a loss reason: the translation of the seed's reasons (<c>Price</c>, <c>Competitor</c>,
    /// <c>No budget</c>…), or the reason itself when it is a company's own.
    /// </summary>
    public static string OfLossReason(string reason, CultureInfo? culture = null)
    {
        Guard.NotNull(reason);
        var key = "LossReason." + string.Concat(reason.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        return Lookup(key, culture) ?? reason;
    }

    /// <summary>A sentence pattern of the library (e.g. <c>Reason.NoPurchaseFor</c>) in <paramref name="culture"/>.</summary>
    /// <exception cref="InvalidOperationException">The library's resources have no such pattern (a programming error).</exception>
    internal static string Text(string key, CultureInfo culture)
        => Lookup(key, culture) ?? throw new InvalidOperationException($"The library's resources have no sentence '{key}'.");

    private static string? Lookup(string key, CultureInfo? culture) => Resources.GetString(key, culture ?? CultureInfo.CurrentUICulture);
}
