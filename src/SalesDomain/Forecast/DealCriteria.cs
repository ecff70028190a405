namespace SalesDomain.Forecast;

/// <summary>
/// The verifiable facts about a deal from which its stage and probability are derived (DOMAIN.md §5, seed 000).
/// A deal carries the set of criteria it meets; its probability is never typed in.
/// </summary>
[Flags]
public enum DealCriteria
{
    /// <summary>No criterion is met yet.</summary>
    None = 0,

    /// <summary>The client's intention is known (from anyone) and the order calculation has been sent (30 %).</summary>
    CalculationSent = 1,

    /// <summary>The offer suits the client (50 %).</summary>
    OfferAccepted = 2,

    /// <summary>The order is agreed with the decision maker (70 %).</summary>
    AgreedWithDecisionMaker = 4,

    /// <summary>The date the order will arrive is known (90 %).</summary>
    OrderDateKnown = 8,

    /// <summary>The invoice has been issued (100 %).</summary>
    InvoiceIssued = 16,

    /// <summary>All five criteria.</summary>
    All = CalculationSent | OfferAccepted | AgreedWithDecisionMaker | OrderDateKnown | InvoiceIssued,
}
