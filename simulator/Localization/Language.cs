using System.CommandLine;
using System.Globalization;

namespace SalesDomain.Simulator.Localization;

/// <summary>
/// <c>--lang ru|en</c>, an option of every command (docs/localization.md): the language of tables, headers, chart
/// labels, reports and spreadsheet headers, and the culture numbers and dates are written in. JSON keys and machine
/// values stay English (they are the contract). The default follows the current culture, falling back to English.
/// </summary>
internal static class Language
{
    /// <summary>The languages the command line speaks.</summary>
    public static IReadOnlyList<string> Supported { get; } = ["ru", "en"];

    /// <summary>The option, recursive so that every command takes it.</summary>
    public static Option<string> CreateOption()
    {
        var option = new Option<string>("--lang")
        {
            Description = "Language of tables, charts, reports and spreadsheet headers: ru or en (default: the current culture's, else en).",
            Recursive = true,
            DefaultValueFactory = _ => DefaultCode(CultureInfo.CurrentUICulture),
        };
        option.AcceptOnlyFromAmong([.. Supported]);
        return option;
    }

    /// <summary>The default language for a culture: Russian for a Russian culture, English otherwise.</summary>
    public static string DefaultCode(CultureInfo culture) =>
        Supported.Contains(culture.TwoLetterISOLanguageName) ? culture.TwoLetterISOLanguageName : "en";

    /// <summary>
    /// The culture a language writes numbers and dates in: the current culture when it already speaks the language
    /// (an en-GB machine keeps its dates), otherwise the language's usual country (ru-RU, en-US).
    /// </summary>
    public static CultureInfo CultureOf(string code, CultureInfo current) =>
        current.TwoLetterISOLanguageName == code && !current.IsNeutralCulture
            ? current
            : CultureInfo.GetCultureInfo(code == "ru" ? "ru-RU" : "en-US", predefinedOnly: false);

    /// <summary>
    /// Makes <paramref name="code"/> the language of this process: the command line's edge sets the culture once,
    /// before a command runs, for every thread it starts.
    /// </summary>
    public static void Apply(string code)
    {
        var culture = CultureOf(code, CultureInfo.CurrentCulture);
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }
}
