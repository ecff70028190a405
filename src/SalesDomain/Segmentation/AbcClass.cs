namespace SalesDomain.Segmentation;

/// <summary>ABC class of a client by its share of revenue or profit (DOMAIN.md §2).</summary>
public enum AbcClass
{
    /// <summary>The clients that bring the first 80 % (by default) of the value.</summary>
    A,

    /// <summary>The clients that bring the next 15 % (by default).</summary>
    B,

    /// <summary>The rest, and every client whose value is zero or negative.</summary>
    C,
}
