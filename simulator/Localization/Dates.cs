using System.Globalization;

namespace SalesDomain.Simulator.Localization;

/// <summary>Dates as people read them in the current language (JSON keeps ISO dates).</summary>
internal static class Dates
{
    /// <summary>An ISO date (<c>yyyy-MM-dd</c>) written in the current culture's short date format; "—" when absent.</summary>
    public static string Show(string? isoDate) =>
        isoDate is null ? "—"
        : DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? Show(d)
        : isoDate;

    /// <summary>A date in the current culture's short date format.</summary>
    public static string Show(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>A date in the current culture's short date format; "—" when absent.</summary>
    public static string Show(DateOnly? date) => date is { } d ? Show(d) : "—";
}
