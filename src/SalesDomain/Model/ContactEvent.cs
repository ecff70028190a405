namespace SalesDomain.Model;

/// <summary>A logged contact between a manager and a client (DOMAIN.md §1, §3).</summary>
public sealed record ContactEvent
{
    /// <summary>Creates a contact event.</summary>
    /// <param name="clientId">Id of the client; not empty.</param>
    /// <param name="managerId">Id of the manager; not empty.</param>
    /// <param name="date">Date of the contact.</param>
    /// <param name="kind">Call, meeting, visit or incoming call.</param>
    /// <param name="result">What came of it, free text; empty when not recorded.</param>
    public ContactEvent(string clientId, string managerId, DateOnly date, ContactKind kind, string result = "")
    {
        ClientId = clientId;
        ManagerId = managerId;
        Date = date;
        Kind = kind;
        Result = result;
    }

    /// <summary>Id of the client; not empty.</summary>
    public string ClientId { get; init => field = Guard.NotEmpty(value, nameof(ClientId)); }

    /// <summary>Id of the manager; not empty.</summary>
    public string ManagerId { get; init => field = Guard.NotEmpty(value, nameof(ManagerId)); }

    /// <summary>Date of the contact.</summary>
    public DateOnly Date { get; init; }

    /// <summary>Call, meeting, visit or incoming call.</summary>
    public ContactKind Kind { get; init => field = Guard.Defined(value, nameof(Kind)); }

    /// <summary>What came of it, free text; empty when not recorded.</summary>
    public string Result { get; init => field = Guard.NotNull(value, nameof(Result)); }

    /// <summary>Id of the decision maker spoken to, when known.</summary>
    public string? DecisionMakerId
    {
        get;
        init => field = value is null ? null : Guard.NotEmpty(value, nameof(DecisionMakerId));
    }
}
