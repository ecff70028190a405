using SalesDomain.Model;

namespace SalesDomain.Benchmarks;

/// <summary>
/// The textbook LINQ version of ABC + XYZ (group, sort, running sum; CV with Math.Sqrt), as a baseline. It applies the
/// same rules as the library and returns the AX count.
/// </summary>
internal static class NaiveSegmentation
{
    public static int Run(ClientBase clientBase)
    {
        var first = clientBase.Sales.Min(s => (s.Date.Year * 12) + s.Date.Month);
        var last = clientBase.Sales.Max(s => (s.Date.Year * 12) + s.Date.Month);
        var n = last - first + 1;
        var perClient = clientBase.Sales
            .GroupBy(s => s.ClientId)
            .Select(g => new
            {
                Id = g.Key,
                Total = g.Sum(s => s.Amount),
                Months = g.GroupBy(s => (s.Date.Year * 12) + s.Date.Month).ToDictionary(m => m.Key, m => m.Sum(s => s.Amount)),
            })
            .ToList();
        var total = perClient.Where(c => c.Total > 0).Sum(c => c.Total);
        var running = 0m;
        var abc = perClient
            .OrderByDescending(c => c.Total).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c =>
            {
                var cls = c.Total <= 0 ? 'C' : running < 0.8m * total ? 'A' : running < 0.95m * total ? 'B' : 'C';
                if (c.Total > 0)
                {
                    running += c.Total;
                }

                return (c.Id, cls);
            })
            .ToDictionary(x => x.Id, x => x.cls);
        return perClient.Count(c =>
        {
            var series = Enumerable.Range(first, n).Select(m => (double)c.Months.GetValueOrDefault(m)).ToArray();
            var mean = series.Average();
            var cv = mean > 0 ? Math.Sqrt(series.Select(v => (v - mean) * (v - mean)).Average()) / mean : double.PositiveInfinity;
            return abc[c.Id] == 'A' && cv <= 0.10;
        });
    }
}
