using System.Collections.Immutable;
using SalesDomain.Model;

namespace SalesDomain.Segmentation;

/// <summary>A group of clients that share a key, e.g. region × industry.</summary>
/// <typeparam name="TKey">The grouping key.</typeparam>
/// <param name="Key">The shared key.</param>
/// <param name="Clients">The clients of the group, in base order.</param>
public sealed record CampaignSegment<TKey>(TKey Key, ImmutableArray<Client> Clients)
{
    /// <summary>Number of clients in the segment.</summary>
    public int Count => Clients.Length;

    /// <summary>
    /// Whether the two are equal by content: <see cref="Clients"/> element by element in order; the other values equal.
    /// </summary>
    public bool Equals(CampaignSegment<TKey>? other) =>
        other is not null && EqualityComparer<TKey>.Default.Equals(Key, other.Key)
        && ContentEquality.Sequence(Clients, other.Clients);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ContentEquality.SequenceHash(Clients), Key);
}

/// <summary>
/// Segments for campaigns (DOMAIN.md §2, seed 002): group clients by any attributes so that a few offers cover the
/// base, and pick the top N clients by a key for a limited mailing.
/// </summary>
public static class CampaignSegments
{
    /// <summary>
    /// Groups clients by a key, largest group first; groups of equal size keep the order in which their keys first appear.
    /// </summary>
    /// <param name="clients">The clients to group.</param>
    /// <param name="key">The grouping key, e.g. <c>c =&gt; (c.Region, c.Industry)</c>.</param>
    public static IReadOnlyList<CampaignSegment<TKey>> GroupBy<TKey>(IEnumerable<Client> clients, Func<Client, TKey> key)
        where TKey : notnull
    {
        Guard.NotNull(clients);
        Guard.NotNull(key);
        return clients
            .GroupBy(key)
            .Select((g, i) => (Segment: new CampaignSegment<TKey>(g.Key, [.. g]), Order: i))
            .OrderByDescending(x => x.Segment.Count)
            .ThenBy(x => x.Order)
            .Select(x => x.Segment)
            .ToList();
    }

    /// <summary>
    /// How many of the largest segments it takes to cover a share of the clients (e.g. 5–7 offers for a base of 100).
    /// </summary>
    /// <param name="segments">Segments, largest first, as <see cref="GroupBy{TKey}"/> returns them.</param>
    /// <param name="share">The share of clients to cover, 0..1.</param>
    public static int SegmentsToCover<TKey>(IReadOnlyList<CampaignSegment<TKey>> segments, double share)
    {
        Guard.NotNull(segments);
        Guard.Share(share);
        var total = segments.Sum(s => s.Count);
        var covered = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            if (covered >= share * total)
            {
                return i;
            }

            covered += segments[i].Count;
        }

        return segments.Count;
    }

    /// <summary>
    /// The top <paramref name="n"/> clients by a value, descending; ties by client id ascending (ordinal), so the
    /// selection is reproducible. Runs in O(N log n).
    /// </summary>
    /// <param name="clients">Candidates, e.g. the VIP clients of a region.</param>
    /// <param name="n">How many to pick; ≥ 0.</param>
    /// <param name="value">The ranking value, e.g. revenue.</param>
    public static IReadOnlyList<Client> TopN(IEnumerable<Client> clients, int n, Func<Client, decimal> value)
    {
        Guard.NotNull(clients);
        Guard.NotNegative(n);
        Guard.NotNull(value);
        if (n == 0)
        {
            return [];
        }

        // Keep the current top n in a priority queue whose minimum is the worst of them.
        var heap = new PriorityQueue<Client, (decimal Value, string Id)>(n + 1, WorstFirst.Instance);
        foreach (var client in clients)
        {
            heap.Enqueue(client, (value(client), client.Id));
            if (heap.Count > n)
            {
                heap.Dequeue();
            }
        }

        var result = new Client[heap.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            result[i] = heap.Dequeue();
        }

        return result;
    }

    private sealed class WorstFirst : IComparer<(decimal Value, string Id)>
    {
        public static readonly WorstFirst Instance = new();

        // The worst client (lowest value; for equal values the larger id) comes out first.
        public int Compare((decimal Value, string Id) x, (decimal Value, string Id) y)
        {
            var byValue = x.Value.CompareTo(y.Value);
            return byValue != 0 ? byValue : string.CompareOrdinal(y.Id, x.Id);
        }
    }
}
