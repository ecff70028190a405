using SalesDomain.Segmentation;

namespace SalesDomain.Forecast;

/// <summary>
/// Which clients belong in a manager's forecast (DOMAIN.md §2 and §5, seed 000): only the categories of
/// <see cref="PerspectiveLadderOptions.ForecastTargets"/> (by default the five with predictable needs: Periodic,
/// Prospective, Permanent, Partner, VIP); orders of the others are routed to the manager's assistant unless the deal
/// <see cref="Deal.StaysWithManager"/>. One rule, one option: this is <see cref="PerspectiveLadder.IsForecastTarget"/>.
/// </summary>
public static class ForecastTargets
{
    /// <summary>Whether clients of <paramref name="category"/> are forecast targets under <paramref name="ladder"/>.</summary>
    /// <param name="category">A defined category.</param>
    /// <param name="ladder">Holds <see cref="PerspectiveLadderOptions.ForecastTargets"/>; <see cref="PerspectiveLadderOptions.Default"/> (the seed's five) when null.</param>
    public static bool IsTarget(PerspectiveCategory category, PerspectiveLadderOptions? ladder = null)
        => PerspectiveLadder.IsForecastTarget(Guard.Defined(category), ladder);
}
