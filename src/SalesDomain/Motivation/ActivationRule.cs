using SalesDomain.Calendar;
using SalesDomain.Model;

namespace SalesDomain.Motivation;

/// <summary>
/// When sales data shows an activation (DOMAIN.md §6 and §9; docs/motivation.md in the repository, "Activations"): a first purchase
/// after at least N months without one. A purchase month of a client is a month whose net amount over all its sales
/// (all agents, returns included) is positive — the library's purchase rule (<see cref="PurchaseDays"/>) at the grain
/// of a month.
/// </summary>
/// <remarks>
/// With N = <see cref="MonthsWithoutPurchase"/> and F the first month of the data, a purchase month P of a client is
/// an activation when the client has no purchase month in P − N … P − 1 and, when <see cref="RequireHistory"/> (the
/// default), P − N ≥ F: the data's first N months only establish history, since a client buying there may have bought
/// before the data starts. So a client buying every month since 2019 is never activated; one back after a year's
/// silence is activated again.
/// </remarks>
public sealed record ActivationRule
{
    /// <summary>The default rule: 12 months without a purchase, history required.</summary>
    public static ActivationRule Default { get; } = new();

    /// <summary>
    /// For data that begins with no clients (a new business, a simulation, the seed's SaaS case): a client's first
    /// purchase month in the data is an activation, and so is a purchase after 12 months without one.
    /// </summary>
    public static ActivationRule FromEmptyBase { get; } = new() { RequireHistory = false };

    /// <summary>Months N without a purchase that make the next purchase an activation; default 12; &gt; 0.</summary>
    public int MonthsWithoutPurchase { get; init => field = Guard.Positive(value, nameof(MonthsWithoutPurchase)); } = 12;

    /// <summary>
    /// Whether the data's first <see cref="MonthsWithoutPurchase"/> months only establish history (default true); false
    /// when the data starts with no clients, so that silence before the data counts as "no purchase".
    /// </summary>
    public bool RequireHistory { get; init; } = true;

    /// <summary>Whether a client with these purchase months is activated in <paramref name="month"/>.</summary>
    /// <param name="purchaseMonths">The client's purchase months (net amount &gt; 0).</param>
    /// <param name="month">A purchase month of the client.</param>
    /// <param name="firstMonth">The first month of the data (of any client).</param>
    public bool IsActivation(IReadOnlySet<SalesMonth> purchaseMonths, SalesMonth month, SalesMonth firstMonth)
    {
        Guard.NotNull(purchaseMonths);
        if (!purchaseMonths.Contains(month) || month < firstMonth)
        {
            return false;
        }

        if (RequireHistory && firstMonth.MonthsUntil(month) < MonthsWithoutPurchase)
        {
            return false;
        }

        for (var back = 1; back <= MonthsWithoutPurchase; back++)
        {
            if (purchaseMonths.Contains(month.AddMonths(-back)))
            {
                return false;
            }
        }

        return true;
    }
}
