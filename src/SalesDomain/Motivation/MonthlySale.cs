using SalesDomain.Calendar;
namespace SalesDomain.Motivation;

/// <summary>
/// Revenue from one client in one month credited to one agent, or to none (DOMAIN.md §6). Several records for the
/// same agent, client and month add up; a negative amount is a return.
/// </summary>
public sealed record MonthlySale
{
    /// <summary>Creates a monthly sale.</summary>
    /// <param name="agentId">Id of the agent credited with the sale; null when no agent is (an ownerless client's sale).</param>
    /// <param name="clientId">Id of the buying client; not empty.</param>
    /// <param name="month">The month of the sale.</param>
    /// <param name="amount">Revenue in the base currency; negative for a return.</param>
    public MonthlySale(string? agentId, string clientId, SalesMonth month, decimal amount)
    {
        AgentId = agentId;
        ClientId = clientId;
        Month = month;
        Amount = amount;
    }

    /// <summary>
    /// Id of the agent credited with the sale; null when no agent is. An uncredited sale counts in the client's revenue
    /// (renewals, commission of the assigned agent, first-month revenue) and in total revenue, but in no agent's.
    /// </summary>
    public string? AgentId { get; init => field = value is null ? null : Guard.NotEmpty(value, nameof(AgentId)); }

    /// <summary>Id of the buying client; not empty.</summary>
    public string ClientId { get; init => field = Guard.NotEmpty(value, nameof(ClientId)); }

    /// <summary>The month of the sale.</summary>
    public SalesMonth Month { get; init; }

    /// <summary>Revenue in the base currency; negative for a return.</summary>
    public decimal Amount { get; init => field = Model.Money.Amount(value, nameof(Amount)); }
}
