using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Testing.Examples;

/// <summary>
/// The five-line property test of docs/testing.md, and proof that it catches the two classic mistakes of
/// <see cref="CrmSegmentation"/> with a small, shrunk counterexample (DOMAIN.md §2).
/// </summary>
public class CrmSegmentationTests
{
    // The five lines a CRM team adds to its test project (the trait only keeps it out of the fast subset):
    [Trait("Category", "Slow")]
    [Property(Arbitrary = new[] { typeof(SalesArbitraries) }, MaxTest = 200)]
    public Property Segment_KeepsTheInvariants(ClientBase clientBase, int seed) =>
        SegmentationInvariants.Check(clientBase, CrmSegmentation.Segment, new() { ShuffleSeed = seed, CompareWithReference = true })
            .ToProperty();

    [Trait("Category", "Slow")]
    [Fact]
    public void TiesByInputOrder_IsCaughtByPermutationInvariance_WithATieInTheShrunkBase()
    {
        var shape = new ClientBaseShape { TieShare = 0.5 }; // more ties than by default: they are what this bug needs

        var found = Counterexamples.Find(shape.ToArbitrary(), b => SegmentationInvariants.Check(b, CrmSegmentation.TiesByInputOrder), maxTest: 300);

        Assert.NotNull(found);
        Assert.Contains(found.Violations, v => v.Invariant == SegmentationInvariants.PermutationInvariance);
        var revenue = ClientBaseEdits.NetRevenue(found.Shrunk).Where(v => v.Value > 0m).ToList();
        Assert.Contains(revenue, v => revenue.Count(w => w.Value == v.Value) > 1); // the boundary splits a tie
        Assert.InRange(found.Shrunk.Clients.Length, 2, 6);
        Assert.True(found.Shrinks > 0 && found.Shrunk.Sales.Length <= found.Original.Sales.Length);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void SharesOverAllValues_IsCaughtByTheAShare_WithANetNegativeClientInTheShrunkBase()
    {
        var shape = new ClientBaseShape { ReturnShare = 0.3 }; // more returns than by default: they are what this bug needs

        var found = Counterexamples.Find(shape.ToArbitrary(), b => SegmentationInvariants.Check(b, CrmSegmentation.SharesOverAllValues), maxTest: 300);

        Assert.NotNull(found);
        Assert.Contains(found.Violations, v => v.Invariant is SegmentationInvariants.AShare or SegmentationInvariants.ABShare);
        Assert.Contains(ClientBaseEdits.NetRevenue(found.Shrunk), v => v.Value < 0m);
        Assert.InRange(found.Shrunk.Clients.Length, 2, 6);
        Assert.True(found.Shrunk.Sales.Length <= found.Shrunk.Clients.Length); // one sale per client left after shrinking
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void SharesOverAllValues_FailsThePlainFsCheckProperty_WithTheExplanationAsLabel()
    {
        var shape = new ClientBaseShape { ReturnShare = 0.3 };
        var property = Prop.ForAll(shape.ToArbitrary(), b => SegmentationInvariants.Check(b, CrmSegmentation.SharesOverAllValues).ToProperty());
        var config = Config.QuickThrowOnFailure.WithMaxTest(300)
            .WithReplay(new Replay(new Rnd(1UL, 0x9E3779B97F4A7C15UL), Microsoft.FSharp.Core.FSharpOption<int>.None));

        var failure = Assert.ThrowsAny<Exception>(() => Check.One(config, property));

        Assert.Contains("Falsifiable", failure.Message);
        Assert.Contains("of the positive revenue", failure.Message);
    }

    [Fact]
    public void TheCorrectSegmentation_AgreesWithSalesDomain_OnAHandExample()
    {
        var clientBase = ClientBaseEdits.FromValues([new("a", 70m), new("b", 10m), new("c", 10m), new("d", 10m), new("ret", -40m)]);

        Assert.Empty(SegmentationInvariants.Check(clientBase, CrmSegmentation.Segment, new() { CompareWithReference = true }));
        Assert.Equal(AbcClass.A, CrmSegmentation.Segment(clientBase)["b"]);  // starts at 70 %
        Assert.Equal(AbcClass.C, CrmSegmentation.SharesOverAllValues(clientBase)["b"]); // 70 of 60 = 117 %
    }
}
