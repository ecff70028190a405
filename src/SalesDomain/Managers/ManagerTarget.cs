using SalesDomain.Calendar;

namespace SalesDomain.Managers;

/// <summary>A manager's sales plan for one month (docs/managers.md in the repository): the revenue the manager is to bring in.</summary>
public sealed record ManagerTarget
{
    /// <summary>Creates a target.</summary>
    /// <param name="managerId">The manager; not empty.</param>
    /// <param name="month">The month the plan is for.</param>
    /// <param name="target">The planned revenue, ≥ 0, in the base's currency.</param>
    /// <exception cref="ArgumentException">An empty manager id or a negative target.</exception>
    public ManagerTarget(string managerId, SalesMonth month, decimal target)
    {
        ManagerId = managerId;
        Month = month;
        Target = target;
    }

    /// <summary>The manager.</summary>
    public string ManagerId { get; init => field = Guard.NotEmpty(value, nameof(ManagerId)); }

    /// <summary>The month the plan is for.</summary>
    public SalesMonth Month { get; init; }

    /// <summary>The planned revenue, 0..10¹⁵ (the supported range of money).</summary>
    public decimal Target { get; init => field = Model.Money.NonNegativeAmount(value, nameof(Target)); }
}
