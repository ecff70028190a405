extern alias csv;

using System.Collections.Immutable;
using Equality = csv::SalesDomain.ContentEquality;

namespace SalesDomain.Csv.Tests;

/// <summary>
/// The package's content equality of arrays, lists, maps and sets: element comparers honoured, absent (null)
/// collections equal only each other, and hashes that agree with the equality and read the length and each element.
/// </summary>
public class ContentEqualityTests
{
    private static readonly StringComparer IgnoreCase = StringComparer.OrdinalIgnoreCase;

    private static ImmutableArray<T> Array<T>(params T[] items) => [.. items];

    [Fact]
    public void Sequence_Arrays_CompareWithTheGivenComparer()
    {
        ImmutableArray<string> lower = ["a", "b"], upper = ["A", "B"];

        Assert.True(Equality.Sequence(lower, upper, IgnoreCase));
        Assert.False(Equality.Sequence(lower, upper));
        Assert.False(Equality.Sequence(lower, Array("a", "c"), IgnoreCase));
        Assert.True(Equality.Sequence(default, ImmutableArray<string>.Empty));
    }

    [Fact]
    public void Sequence_OptionalArrays_AreEqualWhenBothAbsent_OrEqualByContent()
    {
        ImmutableArray<string>? none = null, empty = ImmutableArray<string>.Empty, lower = ["a"], upper = ["A"];

        Assert.True(Equality.Sequence(none, none));
        Assert.False(Equality.Sequence(none, empty));
        Assert.False(Equality.Sequence(empty, none));
        Assert.True(Equality.Sequence(lower, upper, IgnoreCase));
        Assert.False(Equality.Sequence(lower, upper));
    }

    [Fact]
    public void Sequence_Lists_CompareWithTheGivenComparer()
    {
        IReadOnlyList<string> lower = ["a", "b"], upper = new List<string> { "A", "B" };

        Assert.True(Equality.Sequence(lower, upper, IgnoreCase));
        Assert.False(Equality.Sequence(lower, upper));
        Assert.False(Equality.Sequence(lower, (IReadOnlyList<string>)["a"], IgnoreCase));
        Assert.False(Equality.Sequence(lower, null, IgnoreCase));
        Assert.True(Equality.Sequence<string>(null, null));
    }

    [Fact]
    public void Map_SameKeysWithValuesEqualByTheGivenComparer_AreEqual()
    {
        var a = ImmutableDictionary<string, string>.Empty.Add("client", "id").Add("date", "Дата");
        var b = ImmutableDictionary<string, string>.Empty.Add("date", "ДАТА").Add("client", "ID");

        Assert.True(Equality.Map(a, b, IgnoreCase));
        Assert.False(Equality.Map(a, b));
        Assert.False(Equality.Map(a, b.SetItem("date", "День"), IgnoreCase));
        Assert.False(Equality.Map(a, b.Remove("date").Add("amount", "Дата"), IgnoreCase));
    }

    [Fact]
    public void Map_AbsentOrOfAnotherSize_IsUnequal_TheSameMapEqual()
    {
        var map = ImmutableDictionary<string, string>.Empty.Add("client", "id");

        Assert.True(Equality.Map(map, map));
        Assert.True(Equality.Map<string, string>(null, null));
        Assert.False(Equality.Map(null, map));
        Assert.False(Equality.Map(map, null));
        Assert.False(Equality.Map(map, map.Add("date", "date")));
        Assert.False(Equality.Map(map.Add("date", "date"), map));
    }

    [Fact]
    public void Set_SameMembersInAnyOrder_AreEqual()
    {
        IReadOnlySet<int> set = new HashSet<int> { 1, 2 };

        Assert.True(Equality.Set(set, set));
        Assert.True(Equality.Set<int>(null, null));
        Assert.True(Equality.Set(set, ImmutableHashSet.Create(2, 1)));
        Assert.False(Equality.Set(set, ImmutableHashSet.Create(1, 3)));
        Assert.False(Equality.Set(set, ImmutableHashSet.Create(1)));
        Assert.False(Equality.Set(ImmutableHashSet.Create(1), set));
        Assert.False(Equality.Set(null, set));
        Assert.False(Equality.Set(set, null));
    }

    [Fact]
    public void SequenceHash_AgreesWithTheGivenComparer()
    {
        Assert.Equal(Equality.SequenceHash(Array("a", "B"), IgnoreCase), Equality.SequenceHash(Array("A", "b"), IgnoreCase));
        Assert.NotEqual(Equality.SequenceHash(Array("a", "B")), Equality.SequenceHash(Array("A", "b")));
    }

    [Fact]
    public void SequenceHash_NullElements_HashWithoutTheComparer()
    {
        // The ignore-case comparer throws on null: a null element hashes as zero without asking it.
        ImmutableArray<string?> lower = ["a", null], upper = ["A", null];

        Assert.Equal(Equality.SequenceHash(lower, IgnoreCase), Equality.SequenceHash(upper, IgnoreCase));
        Assert.NotEqual(Equality.SequenceHash(lower, IgnoreCase), Equality.SequenceHash(Array<string?>("a", "b"), IgnoreCase));
    }

    [Fact]
    public void SequenceHash_ReadsEachOfTheFirstElements_AndTheLength()
    {
        ImmutableArray<int> eight = [1, 2, 3, 4, 5, 6, 7, 8];

        Assert.NotEqual(Equality.SequenceHash(Array(1)), Equality.SequenceHash(Array(2)));
        Assert.NotEqual(Equality.SequenceHash(eight), Equality.SequenceHash(Array(1, 2, 3, 4, 5, 6, 7, 9)));
        Assert.NotEqual(Equality.SequenceHash(eight.Add(9)), Equality.SequenceHash(eight.Add(9).Add(10)));
        Assert.Equal(Equality.SequenceHash(eight.Add(9)), Equality.SequenceHash(eight.Add(10)));
        Assert.Equal(Equality.SequenceHash(ImmutableArray<int>.Empty), Equality.SequenceHash(default(ImmutableArray<int>)));
    }

    [Fact]
    public void SequenceHash_OfAnOptionalArray_IsTheArraysHash_OrMinusOneWhenAbsent()
    {
        ImmutableArray<string>? lower = ["a"];

        Assert.Equal(-1, Equality.SequenceHash((ImmutableArray<string>?)null));
        Assert.Equal(-1, Equality.SequenceHash((IReadOnlyList<string>?)null));
        Assert.Equal(Equality.SequenceHash(Array("A"), IgnoreCase), Equality.SequenceHash(lower, IgnoreCase));
    }
}
