using System.Collections.Frozen;
using System.Collections.Immutable;

namespace SalesDomain;

/// <summary>
/// Content equality for the collections records hold, so that a record compares by what it holds rather than by the
/// identity of its lists: lists and arrays element by element in order, maps by key and value in any order, sets by
/// membership. Each hash agrees with its equality: a list hashes its length and first elements, a map or a set its
/// entries in an order-independent way. Null and default collections equal only each other (a default array equals
/// an empty one).
/// </summary>
internal static class ContentEquality
{
    /// <summary>Elements of a list that its hash reads; equality reads them all.</summary>
    private const int HashedElements = 8;

    /// <summary>Whether two arrays hold equal elements in the same order; a default array is empty.</summary>
    public static bool Sequence<T>(ImmutableArray<T> a, ImmutableArray<T> b, IEqualityComparer<T>? comparer = null)
        => Items(a).SequenceEqual(Items(b), comparer ?? EqualityComparer<T>.Default);

    /// <summary>Whether two optional arrays are both absent or hold equal elements in the same order.</summary>
    public static bool Sequence<T>(ImmutableArray<T>? a, ImmutableArray<T>? b, IEqualityComparer<T>? comparer = null)
        => a is { } x ? b is { } y && Sequence(x, y, comparer) : b is null;

    /// <summary>Whether two lists are both null or hold equal elements in the same order.</summary>
    public static bool Sequence<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b, IEqualityComparer<T>? comparer = null)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.Count != b.Count)
        {
            return false;
        }

        comparer ??= EqualityComparer<T>.Default;
        for (var i = 0; i < a.Count; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether two maps are both null or hold the same keys with equal values, in any order; keys are looked up with
    /// the second map's comparer.
    /// </summary>
    public static bool Map<TKey, TValue>(
        IReadOnlyDictionary<TKey, TValue>? a, IReadOnlyDictionary<TKey, TValue>? b, IEqualityComparer<TValue>? values = null)
        where TKey : notnull
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.Count != b.Count)
        {
            return false;
        }

        values ??= EqualityComparer<TValue>.Default;
        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var other) || !values.Equals(value, other))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether two sets are both null or hold the same elements.</summary>
    public static bool Set<T>(IReadOnlySet<T>? a, IReadOnlySet<T>? b)
        => ReferenceEquals(a, b) || a is not null && b is not null && a.Count == b.Count && a.SetEquals(b);

    /// <summary>A hash of an array agreeing with <see cref="Sequence{T}(ImmutableArray{T}, ImmutableArray{T}, IEqualityComparer{T})"/>.</summary>
    public static int SequenceHash<T>(ImmutableArray<T> items, IEqualityComparer<T>? comparer = null)
    {
        var span = Items(items);
        comparer ??= EqualityComparer<T>.Default;
        var hash = new HashCode();
        hash.Add<int>(span.Length);
        foreach (var item in span[..Math.Min(span.Length, HashedElements)])
        {
            int element = item is null ? 0 : comparer.GetHashCode(item);
            hash.Add<int>(element);
        }

        return hash.ToHashCode();
    }

    /// <summary>A hash of an optional array agreeing with <see cref="Sequence{T}(ImmutableArray{T}?, ImmutableArray{T}?, IEqualityComparer{T})"/>.</summary>
    public static int SequenceHash<T>(ImmutableArray<T>? items, IEqualityComparer<T>? comparer = null)
        => items is { } x ? SequenceHash(x, comparer) : -1;

    /// <summary>A hash of a list agreeing with <see cref="Sequence{T}(IReadOnlyList{T}, IReadOnlyList{T}, IEqualityComparer{T})"/>.</summary>
    public static int SequenceHash<T>(IReadOnlyList<T>? items, IEqualityComparer<T>? comparer = null)
    {
        if (items is null)
        {
            return -1;
        }

        comparer ??= EqualityComparer<T>.Default;
        var hash = new HashCode();
        hash.Add<int>(items.Count);
        for (var i = 0; i < Math.Min(items.Count, HashedElements); i++)
        {
            int element = items[i] is { } item ? comparer.GetHashCode(item) : 0;
            hash.Add<int>(element);
        }

        return hash.ToHashCode();
    }

    /// <summary>
    /// An order-independent hash of a map agreeing with <see cref="Map{TKey, TValue}"/> for maps that share a key
    /// comparer: keys hash with the map's own comparer when it has one.
    /// </summary>
    public static int MapHash<TKey, TValue>(IReadOnlyDictionary<TKey, TValue>? map, IEqualityComparer<TValue>? values = null)
        where TKey : notnull
    {
        if (map is null)
        {
            return -1;
        }

        var keys = KeyComparer(map);
        values ??= EqualityComparer<TValue>.Default;
        var sum = 0;
        foreach (var (key, value) in map)
        {
            int valueHash = value is null ? 0 : values.GetHashCode(value);
            sum = unchecked(sum + Pair(keys.GetHashCode(key), valueHash));
        }

        return Pair(map.Count, sum);
    }

    /// <summary>An order-independent hash of a set agreeing with <see cref="Set{T}"/>: elements hash with the set's own comparer when it has one.</summary>
    public static int SetHash<T>(IReadOnlySet<T>? set)
    {
        if (set is null)
        {
            return -1;
        }

        var comparer = set switch
        {
            ImmutableHashSet<T> s => s.KeyComparer,
            HashSet<T> s => s.Comparer,
            FrozenSet<T> s => s.Comparer,
            _ => EqualityComparer<T>.Default,
        };
        var sum = 0;
        foreach (var item in set)
        {
            int element = item is null ? 0 : comparer.GetHashCode(item);
            sum = unchecked(sum + element);
        }

        return Pair(set.Count, sum);
    }

    /// <summary>Two hashes combined (typed, so that the combination never depends on inferring its arguments' types).</summary>
    private static int Pair(int first, int second) => HashCode.Combine(first, second);

    private static IEqualityComparer<TKey> KeyComparer<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> map)
        where TKey : notnull
        => map switch
        {
            ImmutableDictionary<TKey, TValue> d => d.KeyComparer,
            Dictionary<TKey, TValue> d => d.Comparer,
            FrozenDictionary<TKey, TValue> d => d.Comparer,
            _ => EqualityComparer<TKey>.Default,
        };

    private static ReadOnlySpan<T> Items<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items.AsSpan();
}
