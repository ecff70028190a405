using System.Collections.Immutable;
using SalesDomain.Calendar;

namespace SalesDomain.Forecast;

/// <summary>
/// The weighted sales forecast (DOMAIN.md §5, seed 000): Σ amount × probability per manager, team and month of
/// expected close, with category rollups; only deals of forecast-target clients count.
/// </summary>
/// <remarks>
/// As of a date D with M = the month of D:
/// <list type="bullet">
/// <item>An open deal counts at its stage probability in the month of its expected close, or in M when that date is
/// before M (an overdue deal is still expected, and it is flagged: see <see cref="FairyTaleDetector"/>).</item>
/// <item>A won deal counts at 100 % (category closed) in the month of its close date when that month is M or later;
/// earlier wins are history, not forecast.</item>
/// <item>A lost deal never counts.</item>
/// <item>A deal forecast for a month after <see cref="ForecastOptions.Through"/> is left out.</item>
/// <item>A deal of a non-target client (<see cref="ForecastOptions.IsTargetClient"/>) goes to
/// <see cref="ForecastResult.AssistantList"/> instead, unless it <see cref="Deal.StaysWithManager"/>.</item>
/// </list>
/// </remarks>
public static class SalesForecast
{
    /// <summary>Builds the forecast of <paramref name="deals"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="deals">Deals in any order; ids must be distinct.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="options">Policy, client categories and teams; <see cref="ForecastOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">A deal id repeats, or a lost deal's reason is not in the policy's list.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A forecast total exceeds <see cref="decimal"/>.</exception>
    public static ForecastResult Build(IEnumerable<Deal> deals, DateOnly asOf, ForecastOptions? options = null)
    {
        options ??= ForecastOptions.Default;
        var currentMonth = SalesMonth.Of(asOf);
        var lastMonth = options.Through ?? SalesMonth.MaxValue;
        var forecast = new List<ForecastLine>();
        var assistant = new List<ForecastLine>();
        foreach (var deal in Distinct(deals))
        {
            options.Policy.CheckLossReason(deal);
            var line = LineOf(deal, currentMonth, options.Policy);
            if (line is null || line.Month > lastMonth)
            {
                continue;
            }

            (options.IsManagersDeal(deal) ? forecast : assistant).Add(line);
        }

        var lines = Ordered(forecast);
        return Model.Money.Checked(() => new ForecastResult(
            asOf,
            lines,
            ForecastGroup.Of(string.Empty, lines),
            ForecastGroup.GroupBy(lines, l => options.TeamOf(l.Deal.ManagerId)),
            ForecastGroup.GroupBy(lines, l => l.Deal.ManagerId),
            Ordered(assistant)), nameof(deals), "A forecast total");
    }

    /// <summary>Checks that deal ids are distinct and not null.</summary>
    internal static IEnumerable<Deal> Distinct(IEnumerable<Deal> deals)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var deal in Guard.NotNull(deals))
        {
            Guard.NotNull(deal, nameof(deals));
            if (!seen.Add(deal.Id))
            {
                throw new ArgumentException($"Deal id '{deal.Id}' appears more than once.", nameof(deals));
            }

            yield return deal;
        }
    }

    private static ForecastLine? LineOf(Deal deal, SalesMonth currentMonth, DealPolicy policy)
    {
        switch (deal.Status)
        {
            case DealStatus.Open:
                var month = SalesMonth.Of(deal.ExpectedClose);
                return new ForecastLine(deal, month < currentMonth ? currentMonth : month, policy.ProbabilityOf(deal), policy.CategoryOf(deal));
            case DealStatus.Won when SalesMonth.Of(deal.CloseDate!.Value) >= currentMonth:
                return new ForecastLine(deal, SalesMonth.Of(deal.CloseDate.Value), 1m, ForecastCategory.Closed);
            default:
                return null;
        }
    }

    private static ImmutableArray<ForecastLine> Ordered(List<ForecastLine> lines) =>
    [
        .. lines.OrderBy(l => l.Month)
            .ThenBy(l => l.Deal.ManagerId, StringComparer.Ordinal)
            .ThenBy(l => l.Deal.Id, StringComparer.Ordinal),
    ];
}
