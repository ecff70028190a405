namespace SalesDomain.Segmentation;

/// <summary>Where each client's XYZ window of periods starts (it always ends at the as-of period).</summary>
public enum XyzWindow
{
    /// <summary>Every client's window starts at the period of the earliest sale in the whole base (the default).</summary>
    FromEarliestSale,

    /// <summary>Each client's window starts at the period of its own first sale.</summary>
    FromFirstPurchase,
}
