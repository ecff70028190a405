using System.Collections.Immutable;
using System.Text;

namespace SalesDomain.Forecast;

/// <summary>
/// One vague-next-step phrase of <see cref="FairyTaleOptions.VaguePhrases"/>, parsed: a sequence of words, each either
/// a whole word or a stem (written with a trailing '*') that matches any word starting with it.
/// </summary>
/// <remarks>
/// Texts and phrases are normalised alike: lower-cased (invariant culture), 'ё' → 'е', and every character that is
/// not a letter or a digit (a '*' in a phrase excepted) becomes a word boundary. A phrase matches a text when its words
/// match consecutive words of the text: a whole word must be equal to the text word, a stem must be a prefix of it.
/// Stems are anchored at the start of a word, so «звони*» matches «звоним» but not «перезвоним», and "call*" matches
/// "callback" but not "recall".
/// </remarks>
internal sealed class VaguePhrase
{
    private readonly (string Text, bool IsStem)[] words;

    private VaguePhrase((string Text, bool IsStem)[] words) => this.words = words;

    /// <summary>Parses a phrase; null when it holds no word.</summary>
    public static VaguePhrase? Parse(string phrase)
    {
        var parsed = new List<(string, bool)>();
        foreach (var token in Normalise(phrase, keepStars: true).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var text = token.Trim('*');
            if (text.Length > 0)
            {
                parsed.Add((text, token.EndsWith('*')));
            }
        }

        return parsed.Count == 0 ? null : new VaguePhrase([.. parsed]);
    }

    /// <summary>Parses every phrase of a list, dropping those without words.</summary>
    public static ImmutableArray<VaguePhrase> ParseAll(IEnumerable<string> phrases)
        => [.. phrases.Select(Parse).OfType<VaguePhrase>()];

    /// <summary>The words of a text after normalisation.</summary>
    public static string[] Words(string text) => Normalise(text, keepStars: false).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether the phrase matches consecutive words of <paramref name="textWords"/>.</summary>
    public bool IsFoundIn(string[] textWords)
    {
        for (var start = 0; start + words.Length <= textWords.Length; start++)
        {
            var match = true;
            for (var k = 0; k < words.Length && match; k++)
            {
                var (text, isStem) = words[k];
                var word = textWords[start + k];
                match = isStem ? word.StartsWith(text, StringComparison.Ordinal) : word == text;
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }

    private static string Normalise(string text, bool keepStars)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            builder.Append(c == 'ё' ? 'е' : char.IsLetterOrDigit(c) || (keepStars && c == '*') ? c : ' ');
        }

        return builder.ToString();
    }
}
