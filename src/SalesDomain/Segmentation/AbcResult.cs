using System.Collections.Immutable;

namespace SalesDomain.Segmentation;

/// <summary>One client's place in an ABC ranking.</summary>
/// <param name="ClientId">Client identifier.</param>
/// <param name="Value">The ranked value (revenue or profit).</param>
/// <param name="Rank">1-based rank: value descending, ties by client id ascending (ordinal).</param>
/// <param name="CumulativeShareBefore">
/// Share of the positive total held by the clients ranked before this one, 0..1; 1 for clients whose value is not positive.
/// </param>
/// <param name="Class">The ABC class.</param>
public readonly record struct AbcEntry(string ClientId, decimal Value, int Rank, decimal CumulativeShareBefore, AbcClass Class);

/// <summary>The result of ABC analysis: every client with its class, in rank order, and per-class totals.</summary>
/// <remarks>A class with a lookup by client id, compared by reference; compare <see cref="Entries"/> for content.</remarks>
public sealed class AbcResult
{
    private Dictionary<string, int>? _index;

    internal AbcResult(ImmutableArray<AbcEntry> entries, decimal positiveTotal)
    {
        Entries = entries;
        PositiveTotal = positiveTotal;
    }

    /// <summary>Every client, in rank order.</summary>
    public ImmutableArray<AbcEntry> Entries { get; }

    /// <summary>Sum of the positive values: the denominator of every share.</summary>
    public decimal PositiveTotal { get; }

    /// <summary>The class of a client.</summary>
    /// <exception cref="KeyNotFoundException">The client was not analysed.</exception>
    public AbcClass ClassOf(string clientId) => this[clientId].Class;

    /// <summary>The entry of a client.</summary>
    /// <exception cref="KeyNotFoundException">The client was not analysed.</exception>
    public AbcEntry this[string clientId] =>
        Index.TryGetValue(Guard.NotNull(clientId), out var i)
            ? Entries[i]
            : throw new KeyNotFoundException($"Client '{clientId}' was not in the ABC analysis.");

    /// <summary>Number of clients in a class.</summary>
    public int Count(AbcClass abcClass) => Entries.Count(e => e.Class == abcClass);

    /// <summary>Sum of the values of a class (negative values included).</summary>
    public decimal Total(AbcClass abcClass) => Entries.Where(e => e.Class == abcClass).Sum(e => e.Value);

    /// <summary>Position of each client id in <see cref="Entries"/>, built on first use (thread-safe).</summary>
    private Dictionary<string, int> Index => LazyInitializer.EnsureInitialized(ref _index, () =>
    {
        var index = new Dictionary<string, int>(Entries.Length, StringComparer.Ordinal);
        for (var i = 0; i < Entries.Length; i++)
        {
            index[Entries[i].ClientId] = i;
        }

        return index;
    });
}
