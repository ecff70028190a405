using SalesDomain.Segmentation;
using SalesDomain.Testing;

namespace SalesDomain.Tests.Segmentation;

/// <summary>
/// The classes by value alone (used where only each client's class is needed, e.g. the reactivation list) are the
/// classes of the ranked analysis, on the cents path and on the decimal path.
/// </summary>
[Properties(Arbitrary = new[] { typeof(SalesArbitraries) }, MaxTest = 300)]
public class AbcClassesByValueProperties
{
    [Property]
    public bool ClassesOf_AreTheRankedClasses_InInputOrder(ClientValue[] values, bool booked)
    {
        // Thirds have up to 28 digits: they take the decimal path; booked values (whole cents) the cents path.
        var given = booked ? values : [.. values.Select(v => v with { Value = v.Value / 3m })];
        var ranked = AbcAnalysis.Classify(given);
        var byValue = AbcAnalysis.ClassesOf([.. given.Select(v => v.Value)], null);
        return given.Select(v => ranked.ClassOf(v.ClientId)).SequenceEqual(byValue);
    }

    [Property]
    public bool ClassesOf_IntegerValues_AreTheClassesOfTheSameAmounts(long[] values, bool inCents)
    {
        // Integers in any unit: the same classes as the amounts they stand for (cents, or whole units).
        var amounts = values.Select(v => inCents ? v / 100m : v).ToArray();
        return AbcAnalysis.ClassesOf(values).SequenceEqual(AbcAnalysis.ClassesOf(amounts));
    }

    [Fact]
    public void ClassesOf_GivesATieTheClassOfItsFirst()
    {
        // 70 + 10 + 10 + 10: the second and third 10 start at 80 % and 90 % (B on their own) but tie the first, which
        // starts at 70 %: all A. A value ≤ 0 is C.
        Assert.Equal([AbcClass.A, AbcClass.A, AbcClass.A, AbcClass.A, AbcClass.C], AbcAnalysis.ClassesOf([70m, 10m, 10m, 10m, -5m], null));
        Assert.Equal([AbcClass.A, AbcClass.B, AbcClass.C], AbcAnalysis.ClassesOf([80m, 15m, 5m], null));
        Assert.Equal([AbcClass.A, AbcClass.A, AbcClass.A, AbcClass.A, AbcClass.C], AbcAnalysis.ClassesOf([7_000L, 1_000L, 1_000L, 1_000L, 0L]));
    }
}
