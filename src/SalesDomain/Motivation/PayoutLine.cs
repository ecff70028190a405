using SalesDomain.Calendar;
namespace SalesDomain.Motivation;

/// <summary>
/// One line of a payout statement (DOMAIN.md §6): what an agent gets or gives back in a month under one scheme, and
/// the rule and event that caused it, so that every cent can be explained.
/// </summary>
public sealed record PayoutLine
{
    /// <summary>Creates a line.</summary>
    /// <param name="agentId">Id of the agent; not empty.</param>
    /// <param name="month">The month the line is booked in.</param>
    /// <param name="kind">Accrual, payment, clawback or adjustment.</param>
    /// <param name="amount">Signed effect in the base currency: ≥ 0 for accruals and payments, ≤ 0 for clawbacks.</param>
    /// <param name="scheme">Name of the scheme (or <c>manual</c> for adjustments); not empty.</param>
    /// <param name="rule">The scheme's rule (its JSON <c>type</c>, e.g. <c>upfront-bonus</c>); not empty.</param>
    /// <param name="cause">The event and the arithmetic behind the amount, in words; not empty.</param>
    /// <exception cref="ArgumentOutOfRangeException">The sign of the amount contradicts the kind.</exception>
    public PayoutLine(string agentId, SalesMonth month, PayoutLineKind kind, decimal amount, string scheme, string rule, string cause)
    {
        AgentId = Guard.NotEmpty(agentId);
        Month = month;
        Kind = Guard.Defined(kind);
        Amount = kind switch
        {
            PayoutLineKind.Accrual or PayoutLineKind.Payment => Guard.NotNegative(amount),
            PayoutLineKind.Clawback when amount > 0m => throw Guard.OutOfRange(nameof(amount), amount, "must be <= 0 for a clawback"),
            _ => amount,
        };
        Scheme = Guard.NotEmpty(scheme);
        Rule = Guard.NotEmpty(rule);
        Cause = Guard.NotEmpty(cause);
    }

    /// <summary>Id of the agent.</summary>
    public string AgentId { get; }

    /// <summary>The month the line is booked in.</summary>
    public SalesMonth Month { get; }

    /// <summary>Accrual, payment, clawback or adjustment.</summary>
    public PayoutLineKind Kind { get; }

    /// <summary>Signed effect in the base currency: ≥ 0 for accruals and payments, ≤ 0 for clawbacks.</summary>
    public decimal Amount { get; }

    /// <summary>Name of the scheme, or <c>manual</c> for adjustments.</summary>
    public string Scheme { get; }

    /// <summary>The scheme's rule (its JSON <c>type</c>), or <c>adjustment</c>.</summary>
    public string Rule { get; }

    /// <summary>The event and the arithmetic behind the amount, in words.</summary>
    public string Cause { get; }

    /// <summary>The client whose event caused the line, when there is one.</summary>
    public string? ClientId { get; init; }

    /// <summary>The month of the causing event when it differs from <see cref="Month"/> (e.g. the activation behind a clawback).</summary>
    public SalesMonth? EventMonth { get; init; }

    /// <summary>
    /// The part of this payment that can still be clawed back as of the as-of month: the clawback a failure in the
    /// next month of a pending renewal window would take (docs/motivation.md in the repository, "Pending clawback exposure"); 0 when the
    /// window is over, failed or the line is not an upfront payment; never negative nor above <see cref="Amount"/>.
    /// </summary>
    public decimal ClawbackExposure
    {
        get;
        init => field = Kind == PayoutLineKind.Payment && value <= Amount
            ? Guard.NotNegative(value, nameof(ClawbackExposure))
            : value == 0m ? 0m : throw Guard.OutOfRange(nameof(ClawbackExposure), value, $"must be within [0, {nameof(Amount)}] and on a payment");
    }

    /// <summary>Whether the line moves cash (every kind but <see cref="PayoutLineKind.Accrual"/>).</summary>
    public bool IsCash => Kind != PayoutLineKind.Accrual;
}
