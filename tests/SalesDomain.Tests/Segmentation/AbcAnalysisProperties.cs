using SalesDomain.Segmentation;
using SalesDomain.Testing;

namespace SalesDomain.Tests.Segmentation;

/// <summary>Invariants of ABC analysis over generated bases (DOMAIN.md §2).</summary>
[Properties(Arbitrary = new[] { typeof(SalesArbitraries) }, MaxTest = 300)]
public class AbcAnalysisProperties
{
    [Property]
    public bool Classes_PartitionTheBase(ClientValue[] values)
    {
        var result = AbcAnalysis.Classify(values);
        return result.Entries.Length == values.Length
               && result.Entries.Select(e => e.ClientId).Order(StringComparer.Ordinal)
                   .SequenceEqual(values.Select(v => v.ClientId).Order(StringComparer.Ordinal))
               && Enum.GetValues<AbcClass>().Sum(result.Count) == values.Length;
    }

    [Property]
    public bool Result_IsInvariantUnderPermutation(ClientValue[] values, int seed)
    {
        var shuffled = ClientBaseEdits.Shuffle(values, seed);
        return AbcAnalysis.Classify(values).Entries.SequenceEqual(AbcAnalysis.Classify(shuffled).Entries);
    }

    [Property]
    public bool RaisingOneValue_NeverLowersItsClass(ClientValue[] values, PositiveInt raise, int pick)
    {
        if (values.Length == 0)
        {
            return true;
        }

        var i = Math.Abs(pick % values.Length);
        var raised = (ClientValue[])values.Clone();
        raised[i] = raised[i] with { Value = raised[i].Value + raise.Get };
        var before = AbcAnalysis.Classify(values).ClassOf(values[i].ClientId);
        var after = AbcAnalysis.Classify(raised).ClassOf(values[i].ClientId);
        return after <= before; // A < B < C
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool ScalingByPositiveConstant_ChangesNoClass(ClientValue[] values, PositiveInt factor)
    {
        var k = (decimal)(factor.Get % 1000) + 1;
        var scaled = values.Select(v => v with { Value = v.Value * k });
        var a = AbcAnalysis.Classify(values).Entries.Select(e => (e.ClientId, e.Class));
        var b = AbcAnalysis.Classify(scaled).Entries.Select(e => (e.ClientId, e.Class));
        return a.SequenceEqual(b);
    }

    [Property]
    public bool AShare_IsAtLeastTheThreshold_WhenRevenueIsPositive(ClientValue[] values)
    {
        var result = AbcAnalysis.Classify(values);
        return result.PositiveTotal == 0m || result.Total(AbcClass.A) >= 0.80m * result.PositiveTotal;
    }

    [Property]
    public bool AbShare_IsAtLeastTheBThreshold_WhenRevenueIsPositive(ClientValue[] values)
    {
        var result = AbcAnalysis.Classify(values);
        var ab = result.Entries.Where(e => e.Class != AbcClass.C && e.Value > 0m).Sum(e => e.Value);
        return result.PositiveTotal == 0m || ab >= 0.95m * result.PositiveTotal;
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool AClass_IsMinimal_WithoutItsLastTieGroupTheShareIsBelowTheThreshold(ClientValue[] values)
    {
        var result = AbcAnalysis.Classify(values);
        var a = result.Entries.Where(e => e.Class == AbcClass.A).ToList();
        return a.Count == 0 || a.Where(e => e.Value > a[^1].Value).Sum(e => e.Value) < 0.80m * result.PositiveTotal;
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool EqualValues_ShareAClass(ClientValue[] values)
    {
        // Ties made common: values rounded to a few steps.
        var coarse = values.Select(v => v with { Value = Math.Round(v.Value / 1000m) }).DistinctBy(v => v.ClientId).ToArray();
        var entries = AbcAnalysis.Classify(coarse).Entries;
        return entries.GroupBy(e => e.Value).All(g => g.Select(e => e.Class).Distinct().Count() == 1);
    }

    [Property]
    public bool NonPositiveValues_AreAlwaysC(ClientValue[] values)
        => AbcAnalysis.Classify(values).Entries.Where(e => e.Value <= 0m).All(e => e.Class == AbcClass.C);

    [Trait("Category", "Slow")]
    [Property]
    public bool AllNonPositive_GivesAllC(ClientValue[] values)
    {
        var flattened = values.Select(v => v with { Value = -Math.Abs(v.Value) });
        return AbcAnalysis.Classify(flattened).Entries.All(e => e.Class == AbcClass.C);
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool Ranking_IsByValueDescendingThenIdAscending_AndClassesFollowRank(ClientValue[] values)
    {
        var entries = AbcAnalysis.Classify(values).Entries;
        for (var i = 1; i < entries.Length; i++)
        {
            var (p, c) = (entries[i - 1], entries[i]);
            var ordered = p.Value > c.Value || (p.Value == c.Value && string.CompareOrdinal(p.ClientId, c.ClientId) < 0);
            if (!ordered || c.Rank != i + 1 || c.Class < p.Class)
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool TiedValues_ShareAClassUnlessTheyStraddleABoundary(ClientValue[] values)
    {
        // Equal values adjacent in the ranking may differ in class only by one step (the boundary falls between them).
        var entries = AbcAnalysis.Classify(values).Entries;
        return entries.Zip(entries.Skip(1)).All(p => p.First.Value != p.Second.Value || p.Second.Class - p.First.Class <= 1);
    }
}
