using SalesDomain.Model;

namespace SalesDomain.Segmentation;

/// <summary>One client's ABCDE figures.</summary>
/// <param name="ClientId">Client identifier.</param>
/// <param name="Channel">The sales channel the client was ranked in.</param>
/// <param name="Profit">Profit over the period.</param>
/// <param name="Potential">Revenue potential per year (supplied or estimated).</param>
/// <param name="Class">The ABCDE class.</param>
public readonly record struct AbcdeEntry(string ClientId, string Channel, decimal Profit, decimal Potential, AbcdeClass Class);

/// <summary>A client's inputs to ABCDE analysis.</summary>
/// <param name="ClientId">Client identifier.</param>
/// <param name="Channel">Sales channel; clients are ranked only against their own channel.</param>
/// <param name="Profit">Profit over the analysed period; negative makes the client E.</param>
/// <param name="Potential">Revenue potential per year; never negative.</param>
public readonly record struct AbcdeInput(string ClientId, string Channel, decimal Profit, decimal Potential);

/// <summary>
/// ABCDE analysis inside each sales channel (DOMAIN.md §2, seed 002; docs/segmentation.md). E: profit &lt; 0.
/// Among the channel's other clients, with h and t the <see cref="AbcdeOptions.HighQuantile"/> and
/// <see cref="AbcdeOptions.TopQuantile"/> nearest-rank quantiles of profit and of potential: A if profit ≥ t and
/// potential ≥ t; else B if profit ≥ h; else C if potential ≥ h; else D. (The seed names no class for high
/// profit with low potential; such clients stay in B, because their current profit is what the business lives on.)
/// </summary>
public static class AbcdeAnalysis
{
    /// <summary>Classifies clients by the given profit and potential.</summary>
    /// <param name="inputs">One input per client; ids must be distinct.</param>
    /// <param name="options">Thresholds; defaults when null.</param>
    /// <returns>One entry per client, in input order.</returns>
    public static IReadOnlyList<AbcdeEntry> Classify(IEnumerable<AbcdeInput> inputs, AbcdeOptions? options = null)
    {
        Guard.NotNull(inputs);
        options ??= AbcdeOptions.Default;
        options.Validate();
        var items = inputs.ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            Guard.NotEmpty(item.ClientId, nameof(AbcdeInput.ClientId));
            Guard.NotNull(item.Channel, nameof(AbcdeInput.Channel));
            Guard.NotNegative(item.Potential, nameof(AbcdeInput.Potential));
            if (!seen.Add(item.ClientId))
            {
                throw new ArgumentException($"Client id '{item.ClientId}' appears more than once.", nameof(inputs));
            }
        }

        var thresholds = items
            .Where(i => i.Profit >= 0m)
            .GroupBy(i => i.Channel, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    var profits = g.Select(i => i.Profit).Order().ToArray();
                    var potentials = g.Select(i => i.Potential).Order().ToArray();
                    return (HighProfit: Quantile(profits, options.HighQuantile), TopProfit: Quantile(profits, options.TopQuantile),
                        HighPotential: Quantile(potentials, options.HighQuantile), TopPotential: Quantile(potentials, options.TopQuantile));
                },
                StringComparer.Ordinal);

        return Array.ConvertAll(items, i =>
        {
            if (i.Profit < 0m)
            {
                return new AbcdeEntry(i.ClientId, i.Channel, i.Profit, i.Potential, AbcdeClass.E);
            }

            var t = thresholds[i.Channel];
            var cls = i.Profit >= t.TopProfit && i.Potential >= t.TopPotential ? AbcdeClass.A
                : i.Profit >= t.HighProfit ? AbcdeClass.B
                : i.Potential >= t.HighPotential ? AbcdeClass.C
                : AbcdeClass.D;
            return new AbcdeEntry(i.ClientId, i.Channel, i.Profit, i.Potential, cls);
        });
    }

    /// <summary>
    /// Classifies the clients of a base: profit is the sum of the sales' profit in [from, to] (sales without profit
    /// count as zero); potential is <see cref="Client.Potential"/> when set, else
    /// <see cref="AbcdeOptions.PotentialMonths"/> × the client's best calendar-month revenue in the period.
    /// </summary>
    public static IReadOnlyList<AbcdeEntry> Classify(
        ClientBase clientBase, AbcdeOptions? options = null, DateOnly? from = null, DateOnly? to = null)
    {
        Guard.NotNull(clientBase);
        options ??= AbcdeOptions.Default;
        var inputs = clientBase.Clients.Select(c =>
        {
            var profit = 0m;
            var months = new Dictionary<int, decimal>();
            foreach (var sale in clientBase.SalesOf(c.Id))
            {
                if ((from is null || sale.Date >= from) && (to is null || sale.Date <= to))
                {
                    profit += sale.Profit ?? 0m;
                    var m = SalesPeriods.IndexOf(sale.Date, SalesPeriod.Month);
                    months[m] = months.GetValueOrDefault(m) + sale.Amount;
                }
            }

            var potential = c.Potential ?? (options.PotentialMonths * Math.Max(0m, months.Values.DefaultIfEmpty(0m).Max()));
            return new AbcdeInput(c.Id, c.Channel, profit, potential);
        });
        return Classify(inputs, options);
    }

    /// <summary>Nearest-rank quantile of ascending values: the value at rank ⌈q·n⌉ (at least rank 1).</summary>
    private static decimal Quantile(decimal[] ascending, double q)
    {
        var rank = Math.Max(1, (int)Math.Ceiling(q * ascending.Length));
        return ascending[rank - 1];
    }
}
