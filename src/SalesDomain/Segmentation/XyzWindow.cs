namespace SalesDomain.Segmentation;

/// <summary>Which periods of the analysis window make up each client's XYZ series.</summary>
public enum XyzWindow
{
    /// <summary>Every period of the analysis window (the default): a client that started buying late has zero periods before.</summary>
    WholeWindow,

    /// <summary>The periods from the client's first sale in the window to the window's end.</summary>
    FromFirstPurchase,
}
