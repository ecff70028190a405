using SalesDomain.Forecast;
using SalesDomain.Testing;

namespace SalesDomain.Tests.Forecast;

/// <summary>
/// Invariants of the vague-next-step rule (docs/forecast.md): a default phrase with any ending, case, 'ё' and
/// punctuation is vague; a digit always makes a step concrete; the verdict ignores letter case and 'ё'.
/// </summary>
public class FairyTaleDetectorProperties
{
    private static readonly IReadOnlyList<string> Vague = SalesGenerators.SampleAcrossSizes(DealGenerators.VagueNextStep(), 400, seed: 11);

    [Property(MaxTest = 300)]
    public Property DefaultPhrase_WithAnyEndingCaseAndPunctuation_IsVague()
        => Prop.ForAll(Arb.From(DealGenerators.VagueNextStep()), text => FairyTaleDetector.IsVague(text));

    [Property(MaxTest = 300)]
    public Property AStepWithADigit_IsNeverVague()
        => Prop.ForAll(Arb.From(DealGenerators.DatedNextStep()), text => !FairyTaleDetector.IsVague(text));

    [Trait("Category", "Slow")]
    [Property(MaxTest = 300)]
    public Property Verdict_IgnoresCaseAndYo()
        => Prop.ForAll(
            Arb.From(Gen.OneOf(DealGenerators.VagueNextStep(), DealGenerators.NextStep().Select(s => s ?? string.Empty))),
            text =>
            {
                var vague = FairyTaleDetector.IsVague(text);
                return vague == FairyTaleDetector.IsVague(text.ToUpperInvariant())
                       && vague == FairyTaleDetector.IsVague(text.Replace('е', 'ё').Replace('Е', 'Ё'));
            });

    [Fact]
    public void VagueNextStep_ReachesTheEdgeCases()
    {
        Assert.Contains(Vague, t => FairyTaleOptions.DefaultVaguePhrases.Select(p => p.Replace("*", string.Empty, StringComparison.Ordinal))
            .Contains(t.ToLowerInvariant().Replace('ё', 'е')));
        Assert.Contains(Vague, t => t.Contains('ё', StringComparison.Ordinal));
        Assert.Contains(Vague, t => t.Any(char.IsUpper));
        Assert.Contains(Vague, t => t.Contains('\t', StringComparison.Ordinal) || t.Contains('!', StringComparison.Ordinal));
        var stems = FairyTaleOptions.DefaultVaguePhrases.SelectMany(p => p.Split(' ')).Where(w => w.EndsWith('*')).Select(w => w.TrimEnd('*')).ToArray();
        Assert.Contains(Vague, t => t.ToLowerInvariant().Replace('ё', 'е').Split(' ', '\t', ',', '!', '(', '.')
            .Any(w => stems.Any(s => w.Length > s.Length && w.StartsWith(s, StringComparison.Ordinal))));
        Assert.Contains(Vague, t => t.StartsWith("клиент", StringComparison.OrdinalIgnoreCase));
        Assert.All(Vague, t => Assert.DoesNotContain(t, char.IsDigit));
    }
}
