namespace SalesDomain.Forecast;

/// <summary>How a sale process stands (DOMAIN.md §5, seed 004: it ends in success or refusal).</summary>
public enum DealStatus
{
    /// <summary>Still in progress.</summary>
    Open,

    /// <summary>Ended in success; the deal carries a close date.</summary>
    Won,

    /// <summary>Ended in refusal; the deal carries a loss reason.</summary>
    Lost,
}
