namespace SalesDomain.Contacts;

/// <summary>One client's contact discipline as of a date (DOMAIN.md §3; docs/contacts.md in the repository).</summary>
/// <param name="ClientId">Id of the client.</param>
/// <param name="ManagerId">The client's manager; null when ownerless.</param>
/// <param name="Segment">The segment the norm was looked up by.</param>
/// <param name="Required">Contacts the norm requires this month.</param>
/// <param name="Made">
/// Counted contacts from the first of the as-of month to the as-of date (by any manager): contact days by default
/// (<see cref="ContactNorms.CountContactDays"/>).
/// </param>
/// <param name="LastContact">The last counted contact on or before the as-of date; null when none.</param>
/// <param name="NextDue">
/// When the next contact is due (<see cref="ContactSchedule.NextDue"/>): the deadline of the first missing contact of
/// the month, of the previous month when it ended below its norm and nothing was made since, or of the next month's
/// first contact when the norm is met (within the as-of month never before the day after the last contact); null when
/// the norm is 0.
/// </param>
/// <param name="HasContactData">Whether at least one decision maker is recorded for the client.</param>
/// <param name="HoursRequired">Required × hours per contact.</param>
public sealed record ClientContactStatus(
    string ClientId,
    string? ManagerId,
    ClientSegment Segment,
    int Required,
    int Made,
    DateOnly? LastContact,
    DateOnly? NextDue,
    bool HasContactData,
    decimal HoursRequired)
{
    /// <summary>The as-of date the status was computed for.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Whether the next contact was due before the as-of date.</summary>
    public bool Overdue => NextDue is { } due && due < AsOf;

    /// <summary>Whether the contacts made this month reach the norm.</summary>
    public bool MeetsNorm => Made >= Required;

    /// <summary>Whether the client had a counted contact this month.</summary>
    public bool ContactedThisMonth => Made > 0;
}
