namespace SalesDomain.Segmentation;

/// <summary>A client's value for ABC analysis: revenue or profit over the analysed period.</summary>
/// <param name="ClientId">Client identifier; not empty.</param>
/// <param name="Value">Revenue or profit in the base currency; may be zero or negative.</param>
public readonly record struct ClientValue(string ClientId, decimal Value);
