using System.Globalization;
using SalesDomain.Localization;

namespace SalesDomain.Simulator.Localization;

/// <summary>The library's display names (<see cref="DisplayNames"/>) for the English member names the JSON carries.</summary>
internal static class Names
{
    /// <summary>The display name of the member named <paramref name="member"/> in the current language; null stays null.</summary>
    public static string? Of<TEnum>(string? member)
        where TEnum : struct, Enum
        => member is null ? null
            : Enum.TryParse<TEnum>(member, ignoreCase: false, out var value) && Enum.IsDefined(value)
                ? DisplayNames.Of(value, CultureInfo.CurrentUICulture)
                : member;
}
