using SalesDomain.Calendar;
namespace SalesDomain.Motivation;

/// <summary>
/// An agent brought a client into the active base in a month (DOMAIN.md §6): the event behind active-base and upfront
/// bonuses. The client's revenue in <see cref="Month"/> is its first-month revenue.
/// </summary>
public sealed record Activation
{
    /// <summary>Creates an activation.</summary>
    /// <param name="agentId">Id of the activating agent; not empty.</param>
    /// <param name="clientId">Id of the activated client; not empty.</param>
    /// <param name="month">The month of activation (the client's first month).</param>
    public Activation(string agentId, string clientId, SalesMonth month)
    {
        AgentId = agentId;
        ClientId = clientId;
        Month = month;
    }

    /// <summary>Id of the activating agent; not empty.</summary>
    public string AgentId { get; init => field = Guard.NotEmpty(value, nameof(AgentId)); }

    /// <summary>Id of the activated client; not empty.</summary>
    public string ClientId { get; init => field = Guard.NotEmpty(value, nameof(ClientId)); }

    /// <summary>The month of activation (the client's first month).</summary>
    public SalesMonth Month { get; init; }
}
