using System.Collections.Immutable;
using SalesDomain.Calendar;
using SalesDomain.Model;

namespace SalesDomain.Managers;

/// <summary>
/// Plan vs fact per manager and month (docs/managers.md in the repository): the fact is the net revenue (returns subtract) of the sales
/// that count for the manager (<see cref="SaleAttribution"/>) in the month, up to the as-of date. Pure.
/// </summary>
public static class PlanFact
{
    /// <summary>One line per target, ordered by manager id then month.</summary>
    /// <param name="clientBase">The base whose sales are the fact.</param>
    /// <param name="targets">The plans; a manager and month may appear once.</param>
    /// <param name="asOf">Sales after this date are not counted.</param>
    /// <exception cref="ArgumentException">A manager and month have two targets.</exception>
    public static ImmutableArray<PlanFactLine> Build(ClientBase clientBase, IEnumerable<ManagerTarget> targets, DateOnly asOf)
    {
        Guard.NotNull(clientBase);
        Guard.NotNull(targets);
        var plan = new Dictionary<(string, SalesMonth), decimal>();
        foreach (var target in targets)
        {
            Guard.NotNull(target, nameof(targets));
            if (!plan.TryAdd((target.ManagerId, target.Month), target.Target))
            {
                throw new ArgumentException($"Manager '{target.ManagerId}' has two targets for {target.Month}.", nameof(targets));
            }
        }

        var owners = SaleAttribution.ClientManagers(clientBase, asOf);
        var fact = new Dictionary<(string, SalesMonth), decimal>();
        foreach (var sale in clientBase.Sales)
        {
            if (sale.Date <= asOf && SaleAttribution.ManagerOf(sale, owners) is { } manager
                && plan.ContainsKey((manager, SalesMonth.Of(sale.Date))))
            {
                var key = (manager, SalesMonth.Of(sale.Date));
                fact[key] = checked(fact.GetValueOrDefault(key) + sale.Amount);
            }
        }

        return
        [
            .. plan.OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2).Select(p =>
            {
                var done = fact.GetValueOrDefault(p.Key);
                return new PlanFactLine(
                    p.Key.Item1, p.Key.Item2, p.Value, done, p.Value > 0m ? Math.Round(done / p.Value, 4) : null, p.Key.Item2.IsCompleteAsOf(asOf));
            }),
        ];
    }
}
