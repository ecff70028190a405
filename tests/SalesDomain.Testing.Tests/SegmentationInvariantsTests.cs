using SalesDomain.Model;
using SalesDomain.Segmentation;
using SalesDomain.Testing;

namespace SalesDomain.Testing.Tests;

/// <summary>
/// The segmentation invariant checks (DOMAIN.md §2; docs/testing.md): SalesDomain's own ABC keeps them all, and each
/// kind of wrong segmentation is caught by the invariant it breaks, with an explanation.
/// </summary>
[Properties(Arbitrary = new[] { typeof(SalesArbitraries) }, MaxTest = 100)]
public class SegmentationInvariantsTests
{
    private static readonly SegmentationCheckOptions WithReference = new() { CompareWithReference = true };

    private static Func<ClientBase, IEnumerable<KeyValuePair<string, AbcClass>>> Constant(AbcClass cls) =>
        b => b.Clients.Select(c => KeyValuePair.Create(c.Id, cls));

    private static ClientBase Base(params (string Id, decimal Revenue)[] clients) =>
        ClientBaseEdits.FromValues(clients.Select(c => new ClientValue(c.Id, c.Revenue)));

    private static IReadOnlyList<string> Broken(IReadOnlyList<InvariantViolation> violations) =>
        [.. violations.Select(v => v.Invariant).Distinct()];

    [Trait("Category", "Slow")]
    [Property]
    public Property Reference_KeepsEveryInvariant_OnGeneratedBases(ClientBase clientBase, int seed) =>
        SegmentationInvariants.Check(clientBase, SegmentationInvariants.Reference(), WithReference with { ShuffleSeed = seed }).ToProperty();

    [Trait("Category", "Slow")]
    [Property]
    public Property Reference_KeepsEveryInvariant_OnGeneratedValues(ClientValue[] values) =>
        SegmentationInvariants.Check(values, v => AbcAnalysis.Classify(v).Entries.ToDictionary(e => e.ClientId, e => e.Class), WithReference)
            .ToProperty();

    [Trait("Category", "Slow")]
    [Property]
    public Property Reference_KeepsEveryInvariant_WithOtherThresholds(ClientBase clientBase)
    {
        var abc = new AbcOptions { AThreshold = 0.5m, BThreshold = 0.7m };
        return SegmentationInvariants.Check(clientBase, SegmentationInvariants.Reference(abc), WithReference with { Abc = abc }).ToProperty();
    }

    [Fact]
    public void Check_EmptyBase_HasNoViolations()
        => Assert.Empty(SegmentationInvariants.Check(ClientBase.Empty, Constant(AbcClass.A), WithReference));

    [Fact]
    public void Check_MissingUnknownAndDuplicateClients_BreakThePartition()
    {
        var b = Base(("a", 90m), ("b", 10m), ("c", 0m));
        var violations = SegmentationInvariants.Check(b, _ =>
            [KeyValuePair.Create("a", AbcClass.A), KeyValuePair.Create("a", AbcClass.B), KeyValuePair.Create("x", AbcClass.C),
             KeyValuePair.Create("b", (AbcClass)7)]);

        var partition = violations.Where(v => v.Invariant == SegmentationInvariants.Partition).Select(v => v.Explanation).ToList();
        Assert.Contains(partition, e => e.Contains("'a' was classified twice (A and B)"));
        Assert.Contains(partition, e => e.Contains("'x', which is not a client"));
        Assert.Contains(partition, e => e.Contains("'b' got 7"));
        Assert.Contains(partition, e => e.Contains("2 of 3 clients got no class: 'b', 'c'"));
    }

    [Fact]
    public void Check_EveryoneC_BreaksBothShares()
    {
        var violations = SegmentationInvariants.Check(Base(("a", 60m), ("b", 40m)), Constant(AbcClass.C));

        Assert.Equal([SegmentationInvariants.AShare, SegmentationInvariants.ABShare], Broken(violations));
        Assert.Contains("class A holds 0 of the positive revenue 100 (0 %), below the A threshold 80 %", violations[0].Explanation);
    }

    [Fact]
    public void Check_ZeroAndNegativeClientsInA_BreakNonPositiveIsC()
    {
        var violations = SegmentationInvariants.Check(Base(("a", 100m), ("zero", 0m), ("ret", -5m)), Constant(AbcClass.A));

        Assert.Equal([SegmentationInvariants.NonPositiveRevenueIsC], Broken(violations));
        Assert.Contains(violations, v => v.Explanation == "'ret' has net revenue -5 but class A.");
    }

    [Fact]
    public void Check_RankingAscending_BreaksMonotonicity()
    {
        // A "segmentation" that puts the richest client in C: raising anyone to the top moves it down.
        static IEnumerable<KeyValuePair<string, AbcClass>> Inverted(ClientBase b) =>
            ClientBaseEdits.NetRevenue(b).OrderByDescending(v => v.Value).Select((v, i) => KeyValuePair.Create(v.ClientId, i == 0 ? AbcClass.C : AbcClass.A));

        var violations = SegmentationInvariants.Check(Base(("a", 10m), ("b", 20m), ("c", 30m)), Inverted);

        Assert.Contains(violations, v => v.Invariant == SegmentationInvariants.Monotonicity && v.Explanation.Contains("moved it from A down to C"));
    }

    [Fact]
    public void Check_TiesBrokenByInputOrder_BreakPermutationInvariance()
    {
        // Five equal clients: the fifth starts at exactly 80 %, so the A boundary splits the tie; which one is B must not depend on order.
        var b = Base(("a", 10m), ("b", 10m), ("c", 10m), ("d", 10m), ("e", 10m));
        static IEnumerable<KeyValuePair<string, AbcClass>> InputOrder(ClientBase x) =>
            ClientBaseEdits.NetRevenue(x).Select((v, i) => KeyValuePair.Create(v.ClientId, i < 4 ? AbcClass.A : AbcClass.B));

        var violations = SegmentationInvariants.Check(b, InputOrder, new SegmentationCheckOptions { ShuffledCopies = 3, MonotonicityProbes = 0 });

        Assert.Equal([SegmentationInvariants.PermutationInvariance], Broken(violations));
        Assert.Contains("on a copy shuffled with seed", violations[0].Explanation);
    }

    [Fact]
    public void Check_DifferentBoundaryRule_BreaksOnlyReferenceAgreement()
    {
        // Everyone with positive revenue in A keeps the shares and monotonicity, but is not SalesDomain's rule.
        static IEnumerable<KeyValuePair<string, AbcClass>> AllPositiveA(ClientBase b) =>
            ClientBaseEdits.NetRevenue(b).Select(v => KeyValuePair.Create(v.ClientId, v.Value > 0m ? AbcClass.A : AbcClass.C));
        var b = Base(("a", 80m), ("b", 15m), ("c", 5m));

        Assert.Empty(SegmentationInvariants.Check(b, AllPositiveA));
        var violations = SegmentationInvariants.Check(b, AllPositiveA, WithReference);
        Assert.Equal([SegmentationInvariants.ReferenceAgreement], Broken(violations));
        Assert.Contains("'b' is B by SalesDomain's AbcAnalysis but A here", violations[0].Explanation);
    }

    [Fact]
    public void Options_NegativeCounts_ThrowNamingTheField()
    {
        Assert.Equal(nameof(SegmentationCheckOptions.ShuffledCopies),
            Assert.Throws<ArgumentOutOfRangeException>(() => new SegmentationCheckOptions { ShuffledCopies = -1 }).ParamName);
        Assert.Equal(nameof(SegmentationCheckOptions.MonotonicityProbes),
            Assert.Throws<ArgumentOutOfRangeException>(() => new SegmentationCheckOptions { MonotonicityProbes = -1 }).ParamName);
    }

    [Fact]
    public void Violations_DescribeAndThrow()
    {
        IReadOnlyList<InvariantViolation> none = [];
        var some = SegmentationInvariants.Check(Base(("a", 1m)), Constant(AbcClass.C));

        Assert.Equal("no violations", none.Describe());
        none.ThrowIfAny();
        var e = Assert.Throws<InvariantViolationException>(some.ThrowIfAny);
        Assert.StartsWith("2 invariant violation(s):", e.Message);
        Assert.Contains("AShare: class A holds 0", e.Message);
    }
}
