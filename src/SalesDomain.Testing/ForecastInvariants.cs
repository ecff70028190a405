using System.Globalization;
using SalesDomain.Forecast;

namespace SalesDomain.Testing;

/// <summary>
/// Invariants of a weighted forecast (DOMAIN.md §5): a probability never exceeds 1, so the weighted total never
/// exceeds the sum of amounts, in the whole forecast and in every group; and the groups add up to the whole.
/// </summary>
public static class ForecastInvariants
{
    /// <summary>0 ≤ weighted ≤ Σ amount, for the whole forecast and every team, manager, month and category.</summary>
    public const string WeightedWithinAmount = "WeightedWithinAmount";

    /// <summary>Every line's probability is within [0, 1].</summary>
    public const string ProbabilityInRange = "ProbabilityInRange";

    /// <summary>The lines, the teams and the managers each add up to the total.</summary>
    public const string GroupsAddUp = "GroupsAddUp";

    /// <summary>Checks a user's own forecast figure: 0 ≤ <paramref name="weightedTotal"/> ≤ Σ amount of the open and won deals.</summary>
    /// <param name="deals">The deals the forecast was computed from.</param>
    /// <param name="weightedTotal">The user's weighted total.</param>
    public static IReadOnlyList<InvariantViolation> Check(IEnumerable<Deal> deals, decimal weightedTotal)
    {
        var amount = Guard.NotNull(deals).Where(d => d.Status != DealStatus.Lost).Sum(d => d.Amount);
        return weightedTotal < 0m || weightedTotal > amount
            ? [new(WeightedWithinAmount, $"the weighted total {Money(weightedTotal)} is outside [0, {Money(amount)}], the sum of the open and won deals' amounts.")]
            : [];
    }

    /// <summary>Checks a <see cref="ForecastResult"/>; an empty list means every invariant holds.</summary>
    public static IReadOnlyList<InvariantViolation> Check(ForecastResult forecast)
    {
        Guard.NotNull(forecast);
        var violations = new List<InvariantViolation>();
        foreach (var line in forecast.Lines.Concat(forecast.AssistantList).Where(l => l.Probability is < 0m or > 1m))
        {
            violations.Add(new(ProbabilityInRange, $"deal '{line.Deal.Id}' has probability {line.Probability}."));
        }

        foreach (var group in forecast.ByTeam.Select(g => ("team", g)).Concat(forecast.ByManager.Select(g => ("manager", g))).Prepend(("total", forecast.Total)))
        {
            WithinAmount($"{group.Item1} '{group.Item2.Key}'", group.Item2.Totals, violations);
            foreach (var (month, totals) in group.Item2.ByMonth)
            {
                WithinAmount($"{group.Item1} '{group.Item2.Key}' in {month:yyyy-MM}", totals, violations);
            }

            foreach (var (category, totals) in group.Item2.ByCategory)
            {
                WithinAmount($"{group.Item1} '{group.Item2.Key}' {category}", totals, violations);
            }
        }

        var total = forecast.Total.Totals;
        AddsUp("the lines", ForecastTotals.Of(forecast.Lines), total, violations);
        AddsUp("the managers", Sum(forecast.ByManager.Select(g => g.Totals)), total, violations);
        AddsUp("the teams", Sum(forecast.ByTeam.Select(g => g.Totals)), total, violations);
        return violations;
    }

    private static void WithinAmount(string what, ForecastTotals totals, List<InvariantViolation> violations)
    {
        if (totals.Weighted < 0m || totals.Weighted > totals.Amount)
        {
            violations.Add(new(WeightedWithinAmount, $"{what}: weighted {Money(totals.Weighted)} is outside [0, {Money(totals.Amount)}] (Σ amount of {totals.Deals} deals)."));
        }
    }

    private static void AddsUp(string parts, ForecastTotals sum, ForecastTotals total, List<InvariantViolation> violations)
    {
        if (sum != total)
        {
            violations.Add(new(GroupsAddUp, $"{parts} add up to {sum} but the total is {total}."));
        }
    }

    private static ForecastTotals Sum(IEnumerable<ForecastTotals> parts) =>
        parts.Aggregate(new ForecastTotals(0, 0m, 0m), (a, b) => new ForecastTotals(a.Deals + b.Deals, a.Amount + b.Amount, a.Weighted + b.Weighted));

    private static string Money(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
