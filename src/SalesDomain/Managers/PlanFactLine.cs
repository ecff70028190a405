using SalesDomain.Calendar;

namespace SalesDomain.Managers;

/// <summary>One manager's plan and fact for one month.</summary>
/// <param name="ManagerId">The manager.</param>
/// <param name="Month">The month.</param>
/// <param name="Target">The planned revenue.</param>
/// <param name="Fact">The net revenue of the month's sales that count for the manager, up to the as-of date.</param>
/// <param name="Fulfilment">Fact ÷ target (1 = plan met); null when the target is 0.</param>
/// <param name="Complete">Whether the month is over as of the as-of date (an incomplete month's fact is so far).</param>
public sealed record PlanFactLine(string ManagerId, SalesMonth Month, decimal Target, decimal Fact, decimal? Fulfilment, bool Complete);
