using System.Collections.Immutable;
using SalesDomain.Contacts;
using SalesDomain.Forecast;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Managers;

/// <summary>
/// The manager report (docs/managers.md in the repository): per manager the clients by ABC class, the revenue of the analysis window and
/// its change against the window before, contact compliance, the open deals by stage, won, lost and the win rate, and
/// the weighted forecast. Each part is given when its input is. Pure.
/// </summary>
public static class ManagerReport
{
    /// <summary>One scorecard per manager that any input names, ordered by manager id.</summary>
    /// <param name="clientBase">The base.</param>
    /// <param name="segmentation">Its segmentation (gives the as-of date, the window and the ABC classes).</param>
    /// <param name="contacts">The contact report, or null.</param>
    /// <param name="deals">The deals, or null.</param>
    /// <param name="forecast">The forecast of <paramref name="deals"/>, or null.</param>
    /// <param name="policy">The stages deals are counted by; <see cref="DealPolicy.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The segmentation has no as-of date or window (an empty base).</exception>
    public static ImmutableArray<ManagerScorecard> Build(
        ClientBase clientBase,
        SegmentationResult segmentation,
        ContactReport? contacts = null,
        IReadOnlyCollection<Deal>? deals = null,
        ForecastResult? forecast = null,
        DealPolicy? policy = null)
    {
        Guard.NotNull(clientBase);
        Guard.NotNull(segmentation);
        if (segmentation is not { AsOf: { } asOf, Window: { } window })
        {
            throw new ArgumentException("The segmentation has no as-of date and window (the base has no sales).", nameof(segmentation));
        }

        policy ??= DealPolicy.Default;
        var owners = SaleAttribution.ClientManagers(clientBase, asOf);
        var previous = (From: window.From.AddMonths(-window.Months), To: window.From.AddMonths(-1));
        var revenue = new Dictionary<string, (decimal Now, decimal Before)>(StringComparer.Ordinal);
        foreach (var sale in clientBase.Sales)
        {
            var manager = sale.Date > asOf ? null : SaleAttribution.ManagerOf(sale, owners);
            if (manager is null)
            {
                continue;
            }

            var month = Calendar.SalesMonth.Of(sale.Date);
            var (now, before) = revenue.GetValueOrDefault(manager);
            if (window.Contains(month))
            {
                revenue[manager] = (checked(now + sale.Amount), before);
            }
            else if (month >= previous.From && month <= previous.To)
            {
                revenue[manager] = (now, checked(before + sale.Amount));
            }
        }

        var classes = segmentation.Abc.Entries.ToDictionary(e => e.ClientId, e => e.Class, StringComparer.Ordinal);
        var clientsOf = owners.ToLookup(o => o.Value, o => classes.TryGetValue(o.Key, out var c) ? c : (AbcClass?)null, StringComparer.Ordinal);
        var compliance = contacts?.Managers.ToDictionary(m => m.ManagerId, m => m.ComplianceShare, StringComparer.Ordinal);
        var dealsOf = deals?.GroupBy(d => d.ManagerId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var managers = clientBase.Managers.Select(m => m.Id)
            .Concat(owners.Values)
            .Concat(revenue.Keys)
            .Concat(dealsOf is null ? [] : dealsOf.Keys)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return
        [
            .. managers.Select(id =>
            {
                var own = clientsOf[id].ToList();
                var (now, before) = revenue.GetValueOrDefault(id, (0m, 0m));
                var mine = dealsOf is null ? null : dealsOf.GetValueOrDefault(id) ?? [];
                var won = mine?.Count(d => d.Status == DealStatus.Won);
                var lost = mine?.Count(d => d.Status == DealStatus.Lost);
                var open = mine?.Where(d => d.Status == DealStatus.Open).ToList();
                return new ManagerScorecard(
                    id,
                    own.Count,
                    own.Count(c => c == AbcClass.A),
                    own.Count(c => c == AbcClass.B),
                    own.Count(c => c == AbcClass.C),
                    now,
                    before,
                    before > 0m ? Math.Round((now / before) - 1m, 4) : null,
                    compliance is null ? null : compliance.GetValueOrDefault(id, 1m),
                    open?.Count,
                    open is null ? [] : [.. policy.Stages.Select((_, i) => open.Count(d => policy.StageIndexOf(d.Criteria) == i))],
                    won,
                    lost,
                    won + lost is > 0 ? Math.Round((decimal)won!.Value / (won.Value + lost!.Value), 4) : null,
                    forecast?.ForManager(id).Totals.Weighted);
            }),
        ];
    }
}
