namespace SalesDomain.Benchmarks;

/// <summary>
/// The textbook LINQ version of ABC + XYZ over client objects built from a clients × months table of cents (one
/// object per client, OrderBy for the ranking, Math.Sqrt for the CV). Same rules as the library; returns the nine
/// cell counts AX … CZ.
/// </summary>
internal static class NaiveLinqSegmentation
{
    private sealed record ClientStats(int Id, decimal Total, double Mean, double StdDev);

    public static int[] Run(long[] cents, int clients, int months)
    {
        var stats = Enumerable.Range(0, clients)
            .Select(i =>
            {
                var row = new ArraySegment<long>(cents, i * months, months);
                var mean = row.Average(c => c / 100.0);
                var variance = row.Average(c => ((c / 100.0) - mean) * ((c / 100.0) - mean));
                return new ClientStats(i, row.Sum() / 100m, mean, Math.Sqrt(variance));
            })
            .ToList();
        var positive = stats.Where(s => s.Total > 0).Sum(s => s.Total);
        var running = 0m;
        var abc = new char[clients];
        foreach (var s in stats.OrderByDescending(s => s.Total).ThenBy(s => s.Id))
        {
            abc[s.Id] = s.Total <= 0 ? 'C' : running < 0.80m * positive ? 'A' : running < 0.95m * positive ? 'B' : 'C';
            running += s.Total > 0 ? s.Total : 0;
        }

        return stats
            .GroupBy(s => ("ABC".IndexOf(abc[s.Id]) * 3) + (s.Mean <= 0 ? 2 : s.StdDev / s.Mean <= 0.10 ? 0 : s.StdDev / s.Mean <= 0.25 ? 1 : 2))
            .Aggregate(new int[9], (counts, g) =>
            {
                counts[g.Key] = g.Count();
                return counts;
            });
    }
}
