using SalesDomain.Calendar;
namespace SalesDomain.Motivation;

/// <summary>
/// A manual correction of an agent's pay in a month, with its reason; it appears in the statement as an
/// <see cref="PayoutLineKind.Adjustment"/> line (docs/motivation.md in the repository).
/// </summary>
public sealed record PayoutAdjustment
{
    /// <summary>Creates an adjustment.</summary>
    /// <param name="agentId">Id of the agent; not empty.</param>
    /// <param name="month">The month the correction is booked in.</param>
    /// <param name="amount">Signed amount in the base currency: positive pays more, negative pays less.</param>
    /// <param name="reason">Why; not empty.</param>
    public PayoutAdjustment(string agentId, SalesMonth month, decimal amount, string reason)
    {
        AgentId = agentId;
        Month = month;
        Amount = amount;
        Reason = reason;
    }

    /// <summary>Id of the agent; not empty.</summary>
    public string AgentId { get; init => field = Guard.NotEmpty(value, nameof(AgentId)); }

    /// <summary>The month the correction is booked in.</summary>
    public SalesMonth Month { get; init; }

    /// <summary>Signed amount in the base currency: positive pays more, negative pays less.</summary>
    public decimal Amount { get; init => field = Model.Money.Amount(value, nameof(Amount)); }

    /// <summary>Why; not empty.</summary>
    public string Reason { get; init => field = Guard.NotEmpty(value, nameof(Reason)); }
}
