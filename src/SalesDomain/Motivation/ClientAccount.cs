namespace SalesDomain.Motivation;

/// <summary>
/// A client as the motivation schemes see it (DOMAIN.md §6): the agent it is assigned to (for commission) and the
/// attributes an active-base bonus is graded by.
/// </summary>
public sealed record ClientAccount
{
    /// <summary>Creates a client account.</summary>
    /// <param name="id">Client identifier; not empty.</param>
    /// <param name="agentId">Id of the assigned agent; <see langword="null"/> for an ownerless client.</param>
    public ClientAccount(string id, string? agentId = null)
    {
        Id = id;
        AgentId = agentId;
    }

    /// <summary>Client identifier; not empty.</summary>
    public string Id { get; init => field = Guard.NotEmpty(value, nameof(Id)); }

    /// <summary>Id of the assigned agent, who earns commission on the client's purchases; null when ownerless.</summary>
    public string? AgentId { get; init => field = value is null ? null : Guard.NotEmpty(value, nameof(AgentId)); }

    /// <summary>Outlet type (e.g. <c>chain</c>, <c>supermarket</c>, <c>kiosk</c>); empty when unknown.</summary>
    public string OutletType { get; init => field = Guard.NotNull(value, nameof(OutletType)).Trim(); } = string.Empty;

    /// <summary>Client class (e.g. ABC class <c>A</c>); empty when unknown.</summary>
    public string ClientClass { get; init => field = Guard.NotNull(value, nameof(ClientClass)).Trim(); } = string.Empty;
}
