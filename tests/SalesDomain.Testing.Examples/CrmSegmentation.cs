using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Testing.Examples;

/// <summary>
/// A CRM team's own ABC by revenue (DOMAIN.md §2), written against its database rows and mapped onto SalesDomain's
/// model for testing: <see cref="Segment"/> is right; the two variants carry the mistakes such code typically makes.
/// </summary>
public static class CrmSegmentation
{
    /// <summary>
    /// The team's segmentation: ranks by revenue, ties by client id (ordinal), shares of the positive total, equal
    /// revenues in one class.
    /// </summary>
    public static Dictionary<string, AbcClass> Segment(ClientBase clientBase) =>
        Classify(clientBase, tiesById: true, sharesOfPositiveOnly: true);

    /// <summary>
    /// Wrong: ties are left in database order (a stable sort by revenue alone) and equal revenues do not share a class,
    /// so a tie at a boundary splits by row order.
    /// </summary>
    public static Dictionary<string, AbcClass> TiesByInputOrder(ClientBase clientBase) =>
        Classify(clientBase, tiesById: false, sharesOfPositiveOnly: true);

    /// <summary>Wrong: shares are taken of the total of all values, returns included, so net-negative clients shrink class A.</summary>
    public static Dictionary<string, AbcClass> SharesOverAllValues(ClientBase clientBase) =>
        Classify(clientBase, tiesById: true, sharesOfPositiveOnly: false);

    private static Dictionary<string, AbcClass> Classify(ClientBase clientBase, bool tiesById, bool sharesOfPositiveOnly)
    {
        var rows = clientBase.Clients.Select(c => (c.Id, Revenue: clientBase.SalesOf(c.Id).Sum(s => s.Amount))).ToList();
        var ranked = rows.OrderByDescending(r => r.Revenue);
        if (tiesById)
        {
            ranked = ranked.ThenBy(r => r.Id, StringComparer.Ordinal);
        }

        var total = rows.Sum(r => sharesOfPositiveOnly ? Math.Max(0m, r.Revenue) : r.Revenue);
        var result = new Dictionary<string, AbcClass>(StringComparer.Ordinal);
        var before = 0m;
        (decimal Revenue, AbcClass Class)? previous = null;
        foreach (var (id, revenue) in ranked)
        {
            var share = total > 0m ? before / total : 1m;
            result[id] = revenue <= 0m ? AbcClass.C
                : tiesById && previous is { } p && p.Revenue == revenue ? p.Class
                : share < 0.80m ? AbcClass.A : share < 0.95m ? AbcClass.B : AbcClass.C;
            previous = (revenue, result[id]);
            before += Math.Max(0m, revenue);
        }

        return result;
    }
}
