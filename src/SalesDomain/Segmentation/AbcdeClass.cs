namespace SalesDomain.Segmentation;

/// <summary>ABCDE class of a client inside its sales channel, by profitability and potential (DOMAIN.md §2, seed 002).</summary>
public enum AbcdeClass
{
    /// <summary>Top profit and top potential in the channel.</summary>
    A,

    /// <summary>High profit (and high potential, or a profit too high to rank lower).</summary>
    B,

    /// <summary>Low profit, high potential: where growth comes from.</summary>
    C,

    /// <summary>Low profit, low potential.</summary>
    D,

    /// <summary>Negative profitability: the client costs money.</summary>
    E,
}
