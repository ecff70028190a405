using SalesDomain.Model;

namespace SalesDomain.Funnels;

/// <summary>
/// One logged sales activity as the funnels see it (DOMAIN.md §4, seeds 001 and 004): a contact event plus the facts
/// the counting rules need (decision maker, questionnaire, interest, agreed joint step, acquisition channel).
/// </summary>
public sealed record ActivityEvent
{
    /// <summary>Creates an activity event with no optional facts.</summary>
    /// <param name="managerId">Id of the manager who did it; not empty.</param>
    /// <param name="clientId">Id of the client (organisation); not empty.</param>
    /// <param name="date">Date of the activity.</param>
    /// <param name="kind">Call, meeting, visit or incoming call.</param>
    public ActivityEvent(string managerId, string clientId, DateOnly date, ContactKind kind)
    {
        ManagerId = managerId;
        ClientId = clientId;
        Date = date;
        Kind = kind;
    }

    /// <summary>Id of the manager who did it; not empty.</summary>
    public string ManagerId { get; init => field = Guard.NotEmpty(value, nameof(ManagerId)); }

    /// <summary>Id of the client (organisation); not empty.</summary>
    public string ClientId { get; init => field = Guard.NotEmpty(value, nameof(ClientId)); }

    /// <summary>Date of the activity.</summary>
    public DateOnly Date { get; init; }

    /// <summary>Call, meeting, visit or incoming call.</summary>
    public ContactKind Kind { get; init => field = Guard.Defined(value, nameof(Kind)); }

    /// <summary>Id of the named decision maker spoken to personally; null when nobody named was reached.</summary>
    public string? DecisionMakerId
    {
        get;
        init => field = value is null ? null : Guard.NotEmpty(value, nameof(DecisionMakerId));
    }

    /// <summary>Acquisition channel the client came from (cold call, exhibition, referral…); "" when unknown.</summary>
    public string Channel { get; init => field = Guard.NotNull(value, nameof(Channel)); } = string.Empty;

    /// <summary>Whether the client needs questionnaire was filled in completely during the activity.</summary>
    public bool QuestionnaireFilled { get; init; }

    /// <summary>Whether the client showed interest in working with the company.</summary>
    public bool InterestShown { get; init; }

    /// <summary>
    /// Date of the joint next step agreed with the client (technical survey, proposal, repeat meeting…); null when
    /// none was agreed.
    /// </summary>
    public DateOnly? AgreedStepDate { get; init; }

    /// <summary>Whether the client is an existing client (has bought before); farmers' warm contacts need it.</summary>
    public bool ExistingClient { get; init; }

    /// <summary>The activity of a logged contact event, with the optional facts left at their defaults.</summary>
    public static ActivityEvent FromContact(ContactEvent contact)
    {
        Guard.NotNull(contact);
        return new ActivityEvent(contact.ManagerId, contact.ClientId, contact.Date, contact.Kind)
        {
            DecisionMakerId = contact.DecisionMakerId,
        };
    }
}
