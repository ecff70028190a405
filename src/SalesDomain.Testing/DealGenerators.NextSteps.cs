using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Forecast;

namespace SalesDomain.Testing;

public static partial class DealGenerators
{
    private static readonly string[] NeutralWords =
        ["клиент", "директор", "по", "договору", "закупки", "the", "client", "CFO", "with", "procurement", "КП"];

    private static readonly string[] Endings = ["", "", "ем", "ют", "ить", "ing", "ed", "s", "ёт"];

    private static readonly string[] Separators = [" ", " ", ", ", " — ", "... ", "!", " (", "\t"];

    /// <summary>
    /// Vague next steps built from <see cref="FairyTaleOptions.DefaultVaguePhrases"/>: a phrase whose stems get an
    /// ending (none, Russian or English), placed alone, first, last or between neutral words, in random letter case,
    /// with 'е' written as 'ё' at random and punctuation or tabs between words; never a digit.
    /// </summary>
    public static Gen<string> VagueNextStep() =>
        from phrase in Gen.Elements([.. FairyTaleOptions.DefaultVaguePhrases])
        from endings in Gen.ArrayOf(Gen.Elements(Endings), phrase.Split(' ').Length)
        from before in Gen.Choose(0, 2)
        from after in Gen.Choose(0, 2)
        from neutral in Gen.ArrayOf(Gen.Elements(NeutralWords), 4)
        from separators in Gen.ArrayOf(Gen.Elements(Separators), 12)
        from upper in Gen.ArrayOf(Gen.Elements(false, false, true), 64)
        from yo in Gen.Elements(false, true)
        let words = phrase.Split(' ').Select((w, i) => w.EndsWith('*') ? w.TrimEnd('*') + endings[i] : w)
        let all = neutral.Take(before).Concat(words).Concat(neutral.Skip(2).Take(after)).ToArray()
        let joined = string.Concat(all.Select((w, i) => (i == 0 ? string.Empty : separators[i % separators.Length]) + w))
        select Restyle(joined, upper, yo);

    /// <summary>
    /// Next steps that hold a digit: a vague step or a neutral one with a date, a time or an amount in front, inside
    /// or behind it.
    /// </summary>
    public static Gen<string> DatedNextStep() =>
        from text in Gen.OneOf(VagueNextStep(), Gen.Elements(NeutralWords))
        from date in Gen.Elements("15.03", "2026-11-20", "в 10:00", "№7", "0", "до 1 марта")
        from position in Gen.Choose(0, 2)
        select position switch
        {
            0 => date + " " + text,
            1 => text.Insert(text.Length / 2, " " + date + " "),
            _ => text + " " + date,
        };

    private static string Restyle(string text, bool[] upper, bool yo)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = yo && chars[i] == 'е' ? 'ё' : chars[i];
            chars[i] = upper[i % upper.Length] ? char.ToUpperInvariant(c) : c;
        }

        return new string(chars);
    }
}
