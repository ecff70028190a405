using SalesDomain.Segmentation;

namespace SalesDomain;

/// <summary>
/// The settings <see cref="SalesDomainServiceCollectionExtensions.AddSalesDomain(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{SalesDomainOptions})"/>
/// binds; mutable, as the options pattern requires. Every default is the seeds' (DOMAIN.md §2).
/// </summary>
public sealed class SalesDomainOptions
{
    /// <summary>ABC + XYZ segmentation settings; default <see cref="SegmentationOptions.Default"/>.</summary>
    public SegmentationOptions Segmentation { get; set; } = SegmentationOptions.Default;
}
