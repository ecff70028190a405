using System.Collections.Immutable;

namespace SalesDomain.Forecast;

/// <summary>Settings of fairy-tale detection (DOMAIN.md §5, seed 000; docs/forecast.md).</summary>
public sealed record FairyTaleOptions
{
    /// <summary>The defaults: the seed's vague phrases in Russian and English, 30 days for unqualified deals.</summary>
    public static FairyTaleOptions Default { get; } = new();

    /// <summary>
    /// Phrases that make a next step vague unless it also holds a digit (a date, an amount, a time). Matched
    /// word by word as prefixes after lower-casing, 'ё'→'е' and turning punctuation into spaces, so «созвон» also
    /// matches «созвониться» and "call" matches "call back". Default: the seed's «созвон», «звонить», «думают»,
    /// «нет денег», «нет информации», «ситуация не меняется» with close variants, and their English equivalents.
    /// </summary>
    public ImmutableArray<string> VaguePhrases
    {
        get;
        init => field = value.IsDefault ? throw new ArgumentNullException(nameof(VaguePhrases)) : [.. value.Select(p => Guard.NotEmpty(p, nameof(VaguePhrases)))];
    } =
    [
        "созвон", "звонить", "позвонить", "перезвон", "думают", "подумают", "нет денег", "нет информации",
        "ситуация не меняется", "без изменений", "ждем",
        "call", "ring", "thinking", "think", "no money", "no information", "no info", "situation unchanged",
        "no change", "waiting", "follow up",
    ];

    /// <summary>Days an open deal that meets no stage may wait before it is stuck; default 30; &gt; 0.</summary>
    public int UnqualifiedStuckLimitDays { get; init => field = Guard.Positive(value, nameof(UnqualifiedStuckLimitDays)); } = 30;
}
