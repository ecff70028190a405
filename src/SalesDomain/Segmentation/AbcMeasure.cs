namespace SalesDomain.Segmentation;

/// <summary>The value ABC analysis ranks clients by (DOMAIN.md §2).</summary>
public enum AbcMeasure
{
    /// <summary>Net revenue: the sum of sale amounts, returns included.</summary>
    Revenue,

    /// <summary>Profit: the sum of the sales' profit; sales without profit count as zero.</summary>
    Profit,
}
