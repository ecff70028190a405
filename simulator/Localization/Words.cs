using System.Globalization;
using System.Resources;

namespace SalesDomain.Simulator.Localization;

/// <summary>
/// The command line's words in the current UI culture, looked up by their English text as
/// <c>IStringLocalizer</c> does (resources <c>Words.ru.resx</c>): a word without a translation stays English.
/// </summary>
internal static class Words
{
    private static readonly ResourceManager Resources = new("SalesDomain.Simulator.Localization.Words", typeof(Words).Assembly);

    /// <summary>The translation of <paramref name="english"/>, or the text itself.</summary>
    public static string T(string english) => Resources.GetString(english, CultureInfo.CurrentUICulture) ?? english;

    /// <summary>The translation of a composite format (<c>{0}</c> placeholders), filled in the current culture.</summary>
    public static string F(string englishFormat, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, T(englishFormat), args);

    /// <summary>"yes" or "no" in the current language.</summary>
    public static string YesNo(bool value) => T(value ? "yes" : "no");
}
