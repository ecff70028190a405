using SalesDomain.Calendar;
namespace SalesDomain.Motivation;

/// <summary>
/// A client refused (cancelled, stopped buying) in a month (DOMAIN.md §6). A refusal inside a client's renewal window
/// fails the renewal even when the month's revenue would have been enough.
/// </summary>
public sealed record Refusal
{
    /// <summary>Creates a refusal.</summary>
    /// <param name="clientId">Id of the refusing client; not empty.</param>
    /// <param name="month">The month of the refusal.</param>
    /// <param name="reason">Why the client refused; empty when not recorded.</param>
    public Refusal(string clientId, SalesMonth month, string reason = "")
    {
        ClientId = clientId;
        Month = month;
        Reason = reason;
    }

    /// <summary>Id of the refusing client; not empty.</summary>
    public string ClientId { get; init => field = Guard.NotEmpty(value, nameof(ClientId)); }

    /// <summary>The month of the refusal.</summary>
    public SalesMonth Month { get; init; }

    /// <summary>Why the client refused; empty when not recorded.</summary>
    public string Reason { get; init => field = Guard.NotNull(value, nameof(Reason)); }
}
