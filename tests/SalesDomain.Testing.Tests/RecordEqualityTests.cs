using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Segmentation;
using SalesDomain.Testing;

namespace SalesDomain.Testing.Tests;

/// <summary>
/// The package's records compare by content: the same generator seed gives equal values with equal hashes, and one
/// changed element makes them unequal.
/// </summary>
public class RecordEqualityTests
{
    [Fact]
    public void SalesPaths_FromTheSameSeed_AreEqual_WithEqualHashes()
    {
        var first = SalesGenerators.SampleAcrossSizes(MotivationGenerators.SalesPath(), 50, seed: 9);
        var second = SalesGenerators.SampleAcrossSizes(MotivationGenerators.SalesPath(), 50, seed: 9);

        Assert.All(first.Zip(second), p =>
        {
            Assert.NotSame(p.First, p.Second);
            Assert.Equal(p.First, p.Second);
            Assert.Equal(p.First.GetHashCode(), p.Second.GetHashCode());
        });
    }

    [Fact]
    public void SalesPaths_DifferingInOneMonth_AreUnequal()
    {
        var path = new SalesPath([100m, 0m, 250.50m]);

        Assert.Equal(path, new SalesPath([100.00m, 0m, 250.5m]));
        Assert.Equal(path.GetHashCode(), new SalesPath([100.00m, 0m, 250.5m]).GetHashCode());
        Assert.NotEqual(path, new SalesPath([100m, 0m, 250.51m]));
        Assert.NotEqual(path, new SalesPath([100m, 250.50m, 0m]));
        Assert.NotEqual(path, new SalesPath([100m, 0m]));
    }

    [Fact]
    public void Counterexamples_FromTheSameSeed_AreEqual_WithEqualHashes()
    {
        var first = Find();
        var second = Find();

        Assert.NotNull(first);
        Assert.NotEmpty(first.Violations);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second!.GetHashCode());
        Assert.Equal(first, first with { Violations = [.. first.Violations] });
        Assert.NotEqual(first, first with { Violations = [.. first.Violations, new InvariantViolation("Other", "another")] });
        Assert.NotEqual(first, first with { Violations = [first.Violations[0] with { Explanation = "another" }, .. first.Violations.Skip(1)] });
        Assert.NotEqual(first, first with { Shrunk = new SalesPath([-1m]) });

        static Counterexample<SalesPath>? Find() => Counterexamples.Find(
            MotivationGenerators.SalesPath().ToArbitrary(),
            path => [.. path.Amounts.Select((a, i) => (a, i)).Where(p => p.a < 0m).Select(p => new InvariantViolation("NoReturn", $"month {p.i}"))],
            seed: 4);
    }

    [Fact]
    public void ContactWorlds_CompareMapsByContent_AndTheBaseByReference()
    {
        var first = SalesGenerators.SampleAcrossSizes(ContactGenerators.Worlds(), 20, seed: 5).Last(w => w.Segments.Count > 0 && w.CapacityHours.Count > 0);
        var second = SalesGenerators.SampleAcrossSizes(ContactGenerators.Worlds(), 20, seed: 5).Last(w => w.Segments.Count > 0 && w.CapacityHours.Count > 0);

        // The same seed: equal maps, but each world has its own client base (a class, compared by reference; documented).
        Assert.NotEqual(first, second);
        Assert.Equal(first, second with { Base = first.Base });
        Assert.Equal(first.GetHashCode(), (second with { Base = first.Base }).GetHashCode());

        var copy = first with
        {
            Segments = ImmutableDictionary.CreateRange(StringComparer.Ordinal, first.Segments.Reverse()),
            CapacityHours = first.CapacityHours.ToImmutableDictionary(StringComparer.Ordinal),
        };
        var (client, segment) = first.Segments.First();
        var (manager, hours) = first.CapacityHours.First();

        Assert.Equal(first, copy);
        Assert.Equal(first.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(first, copy with { Segments = copy.Segments.SetItem(client, segment with { Xyz = segment.Xyz is null ? XyzClass.X : null }) });
        Assert.NotEqual(first, copy with { CapacityHours = copy.CapacityHours.SetItem(manager, hours + 1m) });
        Assert.NotEqual(first, copy with { CapacityHours = copy.CapacityHours.Remove(manager) });
    }
}
