using SalesDomain.Segmentation;

namespace SalesDomain.Forecast;

/// <summary>
/// Which clients belong in a manager's forecast (DOMAIN.md §2 and §5, seed 000): only the five categories with
/// predictable needs; orders of the others are routed to the manager's assistant.
/// </summary>
public static class ForecastTargets
{
    /// <summary>Whether clients of <paramref name="category"/> are forecast targets: Periodic, Prospective, Permanent, Partner, VIP.</summary>
    public static bool IsTarget(PerspectiveCategory category) => Guard.Defined(category) switch
    {
        PerspectiveCategory.Periodic or PerspectiveCategory.Prospective or PerspectiveCategory.Permanent
            or PerspectiveCategory.Partner or PerspectiveCategory.Vip => true,
        _ => false,
    };
}
