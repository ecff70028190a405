using System.Collections.Immutable;

namespace SalesDomain.Forecast;

/// <summary>Settings of fairy-tale detection (DOMAIN.md §5, seed 000; docs/forecast.md in the repository).</summary>
public sealed record FairyTaleOptions
{
    /// <summary>
    /// The default vague phrases, Russian and English: calling back without a date («позвон*», «созвон*»,
    /// «перезвон*», "call*", "follow up"…), the client thinking («дума*», «подума*», "think*"…), waiting («ждем»,
    /// «подожд*», "wait*"…), no money or news («нет денег», «нет информац*», "no budget*"…), no change
    /// («без изменен*», «ситуаци* не меня*», "unchanged"…) and later («позже», «потом», "later").
    /// </summary>
    public static ImmutableArray<string> DefaultVaguePhrases { get; } =
    [
        // Calling back, getting in touch.
        "звони*", "звоню*", "звонок", "звонк*", "позвон*", "перезвон*", "созвон*", "дозвон*", "обзвон*", "прозвон*",
        "набер*", "набрать", "свяж*", "связаться", "напомн*", "на связи",
        "call*", "ring", "phone", "follow* up", "followup", "touch base", "check in", "get* back", "hear back",

        // The client is thinking.
        "дума*", "подума*", "обдумыв*", "размышля*", "решает", "решают",
        "think*", "thought", "considering", "mulling",

        // Waiting.
        "жду", "ждем", "ждут", "ждать", "подожд*", "в ожидании", "wait*", "on hold", "на паузе", "в процессе",

        // No money, no information.
        "нет денег", "денег нет", "нет бюджет*", "бюджета нет", "нет информац*", "нет новост*", "нет ответа",
        "no money", "no budget*", "no info*", "no news", "no answer", "no reply",

        // Nothing changes.
        "без изменен*", "ситуаци* не меня*", "без движения", "no change*", "no progress", "unchanged",

        // Later.
        "позже", "попозже", "потом", "later",
    ];

    /// <summary>The defaults: <see cref="DefaultVaguePhrases"/>, 30 days for unqualified deals.</summary>
    public static FairyTaleOptions Default { get; } = new();

    /// <summary>
    /// Phrases that make a next step vague unless it also holds a digit (a date, an amount, a time); docs/forecast.md in the repository.
    /// A phrase is a sequence of words; a word written with a trailing '*' is a stem and matches any word that starts
    /// with it («позвон*» matches «позвоню», «позвоним», «позвонить»), any other word must match a whole word. Texts
    /// and phrases are compared after lower-casing, 'ё'→'е' and turning every other character that is not a letter or
    /// a digit into a word boundary; a phrase matches consecutive words. Default: <see cref="DefaultVaguePhrases"/>.
    /// </summary>
    /// <value>Not empty phrases; an empty list disables the phrase check (an empty next step stays vague).</value>
    public ImmutableArray<string> VaguePhrases
    {
        get;
        init => field = value.IsDefault ? throw new ArgumentNullException(nameof(VaguePhrases)) : [.. value.Select(p => Guard.NotEmpty(p, nameof(VaguePhrases)))];
    } = DefaultVaguePhrases;

    /// <summary>Days an open deal that meets no stage may wait before it is stuck; default 30; &gt; 0.</summary>
    public int UnqualifiedStuckLimitDays { get; init => field = Guard.Positive(value, nameof(UnqualifiedStuckLimitDays)); } = 30;

    /// <summary>
    /// Whether the two are equal by content: <see cref="VaguePhrases"/> element by element in order; the other values
    /// equal.
    /// </summary>
    public bool Equals(FairyTaleOptions? other) =>
        other is not null && ContentEquality.Sequence(VaguePhrases, other.VaguePhrases)
        && UnqualifiedStuckLimitDays == other.UnqualifiedStuckLimitDays;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(VaguePhrases), UnqualifiedStuckLimitDays);
}
