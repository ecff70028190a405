using SalesDomain.Segmentation;

namespace SalesDomain.Csv;

/// <summary>One row of a client-categories file: a client and its perspectiveness category (DOMAIN.md §2).</summary>
/// <param name="ClientId">The client id; not empty.</param>
/// <param name="Category">The client's category on the ladder.</param>
public sealed record ClientCategoryRow(string ClientId, PerspectiveCategory Category);
