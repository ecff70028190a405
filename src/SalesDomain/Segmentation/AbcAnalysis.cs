using System.Collections.Immutable;

namespace SalesDomain.Segmentation;

/// <summary>
/// ABC analysis (DOMAIN.md §2; docs/segmentation.md). Clients are ranked by value descending, ties by client id
/// ascending (ordinal). With s(i−1) the share of the positive total held by the clients ranked before client i,
/// client i is A if s(i−1) &lt; a, B if s(i−1) &lt; b, else C; so the client that crosses a boundary belongs to the
/// upper class. A client whose value is ≤ 0 is C; when no value is positive every client is C.
/// </summary>
public static class AbcAnalysis
{
    /// <summary>Classifies clients by the given values.</summary>
    /// <param name="values">One value per client; client ids must be distinct.</param>
    /// <param name="options">Thresholds; <see cref="AbcOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">A client id repeats or is empty.</exception>
    public static AbcResult Classify(IEnumerable<ClientValue> values, AbcOptions? options = null)
    {
        Guard.NotNull(values);
        options ??= AbcOptions.Default;
        options.Validate();

        var items = values.ToArray();
        var seen = new HashSet<string>(items.Length, StringComparer.Ordinal);
        var total = 0m;
        foreach (var item in items)
        {
            Guard.NotEmpty(item.ClientId, nameof(ClientValue.ClientId));
            if (!seen.Add(item.ClientId))
            {
                throw new ArgumentException($"Client id '{item.ClientId}' appears more than once.", nameof(values));
            }

            if (item.Value > 0m)
            {
                total += item.Value;
            }
        }

        Array.Sort(items, CompareRank);
        var aBound = options.AThreshold * total;
        var bBound = options.BThreshold * total;
        var entries = ImmutableArray.CreateBuilder<AbcEntry>(items.Length);
        var before = 0m;
        for (var i = 0; i < items.Length; i++)
        {
            var (id, value) = items[i];
            if (value <= 0m)
            {
                entries.Add(new AbcEntry(id, value, i + 1, 1m, AbcClass.C));
                continue;
            }

            var cls = before < aBound ? AbcClass.A : before < bBound ? AbcClass.B : AbcClass.C;
            entries.Add(new AbcEntry(id, value, i + 1, before / total, cls));
            before += value;
        }

        return new AbcResult(entries.MoveToImmutable(), total);
    }

    /// <summary>Classifies the clients of a base by their net revenue or profit over the sales dated in [from, to].</summary>
    /// <param name="clientBase">The base; every client is classified, clients without sales have value 0 (class C).</param>
    /// <param name="measure">Revenue or profit.</param>
    /// <param name="options">Thresholds; defaults when null.</param>
    /// <param name="from">First date counted (inclusive); all history when null.</param>
    /// <param name="to">Last date counted (inclusive); all history when null.</param>
    public static AbcResult Classify(
        Model.ClientBase clientBase,
        AbcMeasure measure = AbcMeasure.Revenue,
        AbcOptions? options = null,
        DateOnly? from = null,
        DateOnly? to = null)
    {
        Guard.NotNull(clientBase);
        Guard.Defined(measure);
        var values = clientBase.Clients.Select(c =>
        {
            var sum = 0m;
            foreach (var sale in clientBase.SalesOf(c.Id))
            {
                if ((from is null || sale.Date >= from) && (to is null || sale.Date <= to))
                {
                    sum += measure == AbcMeasure.Revenue ? sale.Amount : sale.Profit ?? 0m;
                }
            }

            return new ClientValue(c.Id, sum);
        });
        return Classify(values, options);
    }

    /// <summary>Rank order: value descending, then client id ascending (ordinal).</summary>
    internal static int CompareRank(ClientValue x, ClientValue y)
    {
        var byValue = y.Value.CompareTo(x.Value);
        return byValue != 0 ? byValue : string.CompareOrdinal(x.ClientId, y.ClientId);
    }
}
