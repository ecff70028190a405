using SalesDomain.Calendar;
using SalesDomain.Model;

namespace SalesDomain.Segmentation;

/// <summary>One client's ABCDE figures.</summary>
/// <param name="ClientId">Client identifier.</param>
/// <param name="Channel">The sales channel the client was ranked in.</param>
/// <param name="Profit">Profit over the period.</param>
/// <param name="Potential">Revenue potential per year (supplied or estimated).</param>
/// <param name="Class">
/// The ABCDE class; null when the client's channel has too few clients to rank (<see cref="AbcdeOptions.MinChannelClients"/>)
/// and the client's profit is not negative.
/// </param>
public readonly record struct AbcdeEntry(string ClientId, string Channel, decimal Profit, decimal Potential, AbcdeClass? Class);

/// <summary>A client's inputs to ABCDE analysis.</summary>
/// <param name="ClientId">Client identifier.</param>
/// <param name="Channel">Sales channel; clients are ranked only against their own channel.</param>
/// <param name="Profit">Profit over the analysed period; negative makes the client E.</param>
/// <param name="Potential">Revenue potential per year; never negative.</param>
public readonly record struct AbcdeInput(string ClientId, string Channel, decimal Profit, decimal Potential);

/// <summary>
/// ABCDE analysis inside each sales channel (DOMAIN.md §2, seed 002; docs/segmentation.md in the repository). E: profit &lt; 0.
/// Among the channel's other clients, with h and t the <see cref="AbcdeOptions.HighQuantile"/> and
/// <see cref="AbcdeOptions.TopQuantile"/> nearest-rank quantiles of profit and of potential, a value is high when it
/// is ≥ h and positive, top when it is ≥ t and positive: A if profit and potential are top; else B if profit is
/// high; else C if potential is high; else D. (The seed names no class for high profit with low potential; such
/// clients stay in B, because their current profit is what the business lives on.) Degenerate cases: zero is never
/// high, so a channel where every profit and potential is 0 is all D; clients with equal values share a class; a
/// channel with fewer than <see cref="AbcdeOptions.MinChannelClients"/> clients of non-negative profit is not ranked
/// (class null); unknown profit is not 0: the base-level analysis rejects a sale without profit.
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
                    return (Clients: profits.Length, HighProfit: Quantile(profits, options.HighQuantile), TopProfit: Quantile(profits, options.TopQuantile),
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
            if (t.Clients < options.MinChannelClients)
            {
                return new AbcdeEntry(i.ClientId, i.Channel, i.Profit, i.Potential, null);
            }

            static bool AtLeast(decimal value, decimal threshold) => value > 0m && value >= threshold;
            var cls = AtLeast(i.Profit, t.TopProfit) && AtLeast(i.Potential, t.TopPotential) ? AbcdeClass.A
                : AtLeast(i.Profit, t.HighProfit) ? AbcdeClass.B
                : AtLeast(i.Potential, t.HighPotential) ? AbcdeClass.C
                : AbcdeClass.D;
            return new AbcdeEntry(i.ClientId, i.Channel, i.Profit, i.Potential, cls);
        });
    }

    /// <summary>
    /// Classifies the clients of a base over an analysis window: profit is the sum of the profit of the client's sales
    /// in the window; potential is <see cref="Client.Potential"/> when set, else <see cref="AbcdeOptions.PotentialMonths"/>
    /// × the client's best calendar-month revenue in the window.
    /// </summary>
    /// <param name="clientBase">The base.</param>
    /// <param name="window">The months whose sales count.</param>
    /// <param name="options">Thresholds; defaults when null.</param>
    /// <exception cref="ArgumentException">A sale in the window has no profit: ABCDE needs profit data, and unknown is not 0.</exception>
    public static IReadOnlyList<AbcdeEntry> Classify(ClientBase clientBase, AnalysisWindow window, AbcdeOptions? options = null)
    {
        Guard.NotNull(clientBase);
        options ??= AbcdeOptions.Default;
        var inputs = new List<AbcdeInput>(clientBase.Clients.Length);
        foreach (var c in clientBase.Clients)
        {
            var profit = 0m;
            var months = new Dictionary<SalesMonth, decimal>();
            foreach (var sale in clientBase.SalesOf(c.Id))
            {
                if (window.Contains(sale.Date))
                {
                    profit += sale.Profit ?? throw new ArgumentException(
                        $"ABCDE needs the profit of every sale in the window {window}; the sale to client '{sale.ClientId}' on {sale.Date:yyyy-MM-dd} has none (unknown profit is not 0).",
                        nameof(clientBase));
                    var m = SalesMonth.Of(sale.Date);
                    months[m] = months.GetValueOrDefault(m) + sale.Amount;
                }
            }

            var potential = c.Potential ?? (options.PotentialMonths * Math.Max(0m, months.Values.DefaultIfEmpty(0m).Max()));
            inputs.Add(new AbcdeInput(c.Id, c.Channel, profit, potential));
        }

        return Classify(inputs, options);
    }

    /// <summary>Nearest-rank quantile of ascending values: the value at rank ⌈q·n⌉ (at least rank 1).</summary>
    private static decimal Quantile(decimal[] ascending, double q)
    {
        var rank = Math.Max(1, (int)Math.Ceiling(q * ascending.Length));
        return ascending[rank - 1];
    }
}
