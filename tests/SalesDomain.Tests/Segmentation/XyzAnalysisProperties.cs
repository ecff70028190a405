using SalesDomain.Calendar;
using SalesDomain.Model;
using SalesDomain.Segmentation;
using SalesDomain.Testing;

namespace SalesDomain.Tests.Segmentation;

/// <summary>Invariants of XYZ analysis and of the ABC×XYZ matrix over generated series and bases (DOMAIN.md §2).</summary>
[Properties(Arbitrary = new[] { typeof(SalesArbitraries) }, MaxTest = 300)]
public class XyzAnalysisProperties
{
    private static readonly Gen<decimal[]> Series = SalesGenerators.Series();

    [Property]
    public Property Class_IsInvariantUnderPermutingPeriods() =>
        Prop.ForAll(Series.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (series, seed) =>
            XyzAnalysis.Classify(series) == XyzAnalysis.Classify(ClientBaseEdits.Shuffle(series, seed)));

    [Property]
    public Property Class_IsInvariantUnderScaling() =>
        Prop.ForAll(Series.ToArbitrary(), Gen.Choose(1, 1000).ToArbitrary(), (series, k) =>
            XyzAnalysis.Classify(series) == XyzAnalysis.Classify(series.Select(a => a * k).ToArray()));

    [Property]
    public Property AddingAPositiveConstant_NeverMakesTheClassWorse() =>
        Prop.ForAll(Series.ToArbitrary(), Gen.Choose(1, 100000).ToArbitrary(), (series, c) =>
            XyzAnalysis.Classify(series.Select(a => a + c).ToArray()) <= XyzAnalysis.Classify(series)
            || series.Sum() <= 0m);

    [Property]
    public Property Cv_IsNonNegative_AndNullExactlyWhenMeanIsNotPositive() =>
        Prop.ForAll(Series.ToArbitrary(), series =>
        {
            var cv = XyzAnalysis.CoefficientOfVariation(series);
            return series.Sum() > 0m ? cv >= 0d : cv is null;
        });

    [Trait("Category", "Slow")]
    [Property]
    public bool Classes_PartitionTheBase(ClientBase clientBase)
    {
        var xyz = XyzAnalysis.Classify(clientBase, AnalysisWindow.LastCompleteMonths(new DateOnly(2026, 1, 1)));
        return xyz.Entries.Select(e => e.ClientId).SequenceEqual(clientBase.Clients.Select(c => c.Id))
               && Enum.GetValues<XyzClass>().Sum(xyz.Count) == clientBase.Clients.Length;
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool Matrix_RowsAndColumnsAddUpToAbcAndXyz(ClientBase clientBase)
    {
        var result = new SegmentationAnalyzer().Analyze(clientBase);
        var m = result.Matrix;
        return Enum.GetValues<AbcClass>().All(a => Enum.GetValues<XyzClass>().Sum(x => m[a, x].Clients) == result.Abc.Count(a))
               && Enum.GetValues<XyzClass>().All(x => Enum.GetValues<AbcClass>().Sum(a => m[a, x].Clients) == result.Xyz.Count(x))
               && m.Cells.Sum(c => c.Value) == result.Abc.Entries.Sum(e => e.Value);
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool Segmentation_IsInvariantUnderTheOrderOfClientsAndSales(ClientBase clientBase, int seed)
    {
        var reordered = ClientBaseEdits.Shuffled(clientBase, seed);
        var a = new SegmentationAnalyzer().Analyze(clientBase);
        var b = new SegmentationAnalyzer().Analyze(reordered);
        return a.Abc.Entries.SequenceEqual(b.Abc.Entries)
               && a.Xyz.Entries.All(e => b.Xyz.ClassOf(e.ClientId) == e.Class);
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool ClientsWithoutSales_AreCAndZ(ClientBase clientBase)
    {
        var result = new SegmentationAnalyzer().Analyze(clientBase);
        return clientBase.Clients.Where(c => clientBase.SalesOf(c.Id).IsEmpty)
            .All(c => result.Abc.ClassOf(c.Id) == AbcClass.C && result.Xyz.ClassOf(c.Id) == XyzClass.Z);
    }
}
