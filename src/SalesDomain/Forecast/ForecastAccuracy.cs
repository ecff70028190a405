using System.Collections.Immutable;
using SalesDomain.Calendar;

namespace SalesDomain.Forecast;

/// <summary>How a manager's forecast compared with what was actually won.</summary>
/// <param name="ManagerId">Manager id; "" for the department total.</param>
/// <param name="Forecast">The weighted forecast for the period made as of the snapshot date.</param>
/// <param name="Actual">The amount of deals won in the period.</param>
public sealed record ForecastAccuracyLine(string ManagerId, decimal Forecast, decimal Actual)
{
    /// <summary>Actual − forecast: positive when the manager under-forecast.</summary>
    public decimal Difference => Actual - Forecast;

    /// <summary>|actual − forecast| / actual; null when nothing was won.</summary>
    public decimal? AbsolutePercentageError => Actual > 0m ? Math.Abs(Actual - Forecast) / Actual : null;

    /// <summary>Actual / forecast; null when the forecast was 0.</summary>
    public decimal? ActualToForecast => Forecast > 0m ? Actual / Forecast : null;
}

/// <summary>Forecast accuracy per manager and for the department (DOMAIN.md §5; docs/forecast.md in the repository).</summary>
/// <param name="Total">The department.</param>
/// <param name="ByManager">Per manager who had a forecast or a win, ordered by manager id.</param>
public sealed record ForecastAccuracyReport(ForecastAccuracyLine Total, ImmutableArray<ForecastAccuracyLine> ByManager)
{
    /// <summary>
    /// Whether the two are equal by content: <see cref="ByManager"/> element by element in order; the other values
    /// equal.
    /// </summary>
    public bool Equals(ForecastAccuracyReport? other) =>
        other is not null && Total == other.Total && ContentEquality.Sequence(ByManager, other.ByManager);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ContentEquality.SequenceHash(ByManager), Total);
}

/// <summary>
/// Compares a forecast made as of a date with the amounts actually won (DOMAIN.md §5): forecast = the weighted
/// forecast of the snapshot deals for the months <c>from..to</c> (<see cref="SalesForecast"/>); actual = Σ amount of
/// the outcome deals won with a close date in those months. Both count only deals in the managers' forecasts (<see cref="ForecastOptions.IsManagersDeal"/>).
/// </summary>
public static class ForecastAccuracy
{
    /// <summary>Measures the accuracy of a forecast.</summary>
    /// <param name="snapshot">The deals as they stood on <paramref name="asOf"/>.</param>
    /// <param name="asOf">The date the forecast was made.</param>
    /// <param name="outcomes">The deals as they stand later (won deals carry their close date and final amount).</param>
    /// <param name="from">The first month of the period.</param>
    /// <param name="to">The last month of the period; not before <paramref name="from"/>.</param>
    /// <param name="options">Policy, client categories and teams; <see cref="ForecastOptions.Default"/> when null.</param>
    public static ForecastAccuracyReport Measure(
        IEnumerable<Deal> snapshot, DateOnly asOf, IEnumerable<Deal> outcomes, SalesMonth from, SalesMonth to,
        ForecastOptions? options = null)
    {
        Guard.NotNull(snapshot);
        Guard.NotNull(outcomes);
        if (snapshot.Any(d => d is null))
        {
            throw new ArgumentNullException(nameof(snapshot), $"{nameof(snapshot)} must not hold null deals.");
        }

        if (outcomes.Any(d => d is null))
        {
            throw new ArgumentNullException(nameof(outcomes), $"{nameof(outcomes)} must not hold null deals.");
        }

        options ??= ForecastOptions.Default;
        var (first, last) = (from, to);
        if (last < first)
        {
            throw Guard.OutOfRange(nameof(to), to, $"must not be before {nameof(from)} ({from})");
        }

        var forecast = SalesForecast.Build(snapshot, asOf, options with { Through = to }).Lines
            .Where(l => l.Month >= first)
            .GroupBy(l => l.Deal.ManagerId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Weighted), StringComparer.Ordinal);
        var actual = SalesForecast.Distinct(outcomes)
            .Where(d => d.Status == DealStatus.Won && options.IsManagersDeal(d)
                        && SalesMonth.Of(d.CloseDate!.Value) is var m && m >= first && m <= last)
            .GroupBy(d => d.ManagerId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(d => d.Amount), StringComparer.Ordinal);
        var managers = forecast.Keys.Union(actual.Keys).Order(StringComparer.Ordinal);
        var lines = managers
            .Select(m => new ForecastAccuracyLine(m, forecast.GetValueOrDefault(m), actual.GetValueOrDefault(m)))
            .ToImmutableArray();
        var total = new ForecastAccuracyLine(string.Empty, lines.Sum(l => l.Forecast), lines.Sum(l => l.Actual));
        return new ForecastAccuracyReport(total, lines);
    }
}
