using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SalesDomain.Segmentation;

namespace SalesDomain;

/// <summary>Registers SalesDomain's analysers with a service collection.</summary>
public static class SalesDomainServiceCollectionExtensions
{
    /// <summary>Registers SalesDomain's analysers with the seeds' defaults.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    public static IServiceCollection AddSalesDomain(this IServiceCollection services)
        => services.AddSalesDomain(static _ => { });

    /// <summary>
    /// Registers SalesDomain's analysers, configured through <see cref="SalesDomainOptions"/> (options pattern):
    /// <see cref="ISegmentationAnalyzer"/> as a singleton built from the configured segmentation options.
    /// Existing registrations are kept (TryAdd).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same collection, for chaining.</returns>
    public static IServiceCollection AddSalesDomain(this IServiceCollection services, Action<SalesDomainOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<SalesDomainOptions>()
            .Configure(configure)
            .Validate(o => o.Segmentation is not null, $"{nameof(SalesDomainOptions.Segmentation)} must not be null.");
        services.TryAddSingleton<ISegmentationAnalyzer>(
            sp => new SegmentationAnalyzer(sp.GetRequiredService<IOptions<SalesDomainOptions>>().Value.Segmentation));
        return services;
    }
}
