namespace SalesDomain.Segmentation;

/// <summary>XYZ class of a client by the stability of its purchases (DOMAIN.md §2).</summary>
public enum XyzClass
{
    /// <summary>Stable: coefficient of variation ≤ 10 % by default.</summary>
    X,

    /// <summary>Fluctuating: coefficient of variation ≤ 25 % by default.</summary>
    Y,

    /// <summary>Irregular: coefficient of variation above the Y threshold, or a mean that is not positive.</summary>
    Z,
}
