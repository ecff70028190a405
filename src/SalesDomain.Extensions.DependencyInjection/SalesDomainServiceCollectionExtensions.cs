using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SalesDomain.Contacts;
using SalesDomain.Forecast;
using SalesDomain.Motivation;
using SalesDomain.Reactivation;
using SalesDomain.Segmentation;

namespace SalesDomain;

/// <summary>Registers SalesDomain's options and analysers with a service collection (docs/model.md in the repository, "Dependency injection").</summary>
public static class SalesDomainServiceCollectionExtensions
{
    /// <summary>Registers SalesDomain with the seeds' defaults.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    public static IServiceCollection AddSalesDomain(this IServiceCollection services)
        => services.AddSalesDomain(static _ => { });

    /// <summary>
    /// Registers SalesDomain configured through <see cref="SalesDomainOptions"/> (the options pattern; bind it with
    /// <c>services.Configure&lt;SalesDomainOptions&gt;(configuration.GetSection("SalesDomain"))</c>), validated at start
    /// (<see cref="SalesDomainOptionsValidator"/>): <see cref="ISegmentationAnalyzer"/> and the immutable options of every
    /// area (<see cref="SegmentationOptions"/>, <see cref="ContactNorms"/>, <see cref="ReactivationOptions"/>,
    /// <see cref="LostClientOptions"/>, <see cref="ForecastOptions"/>, <see cref="ActivationRule"/>) as singletons.
    /// Existing registrations are kept (TryAdd).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same collection, for chaining.</returns>
    public static IServiceCollection AddSalesDomain(this IServiceCollection services, Action<SalesDomainOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<SalesDomainOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SalesDomainOptions>, SalesDomainOptionsValidator>());
        SalesDomainOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<SalesDomainOptions>>().Value;
        services.TryAddSingleton(sp => Options(sp).Segmentation.ToOptions());
        services.TryAddSingleton<ISegmentationAnalyzer>(sp => new SegmentationAnalyzer(sp.GetRequiredService<SegmentationOptions>()));
        services.TryAddSingleton(sp => Options(sp).Contacts.ToOptions());
        services.TryAddSingleton(sp => Options(sp).Reactivation.ToOptions());
        services.TryAddSingleton(sp => Options(sp).LostClients.ToOptions());
        services.TryAddSingleton(sp => Options(sp).Forecast.ToOptions());
        services.TryAddSingleton(sp => Options(sp).Motivation.ToOptions());
        return services;
    }

    /// <summary>
    /// Registers a second, differently configured SalesDomain under <paramref name="key"/>: named options
    /// <paramref name="key"/> and keyed services (<c>[FromKeyedServices(key)] ISegmentationAnalyzer</c>), so that one
    /// CRM can serve tenants with their own thresholds. Validated at start like the unkeyed registration.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="key">The options name and service key; not empty.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same collection, for chaining.</returns>
    public static IServiceCollection AddSalesDomain(this IServiceCollection services, string key, Action<SalesDomainOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<SalesDomainOptions>(key).Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SalesDomainOptions>, SalesDomainOptionsValidator>());
        SalesDomainOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptionsMonitor<SalesDomainOptions>>().Get(key);
        services.TryAddKeyedSingleton(key, (sp, _) => Options(sp).Segmentation.ToOptions());
        services.TryAddKeyedSingleton<ISegmentationAnalyzer>(key, (sp, k) => new SegmentationAnalyzer(sp.GetRequiredKeyedService<SegmentationOptions>(k)));
        services.TryAddKeyedSingleton(key, (sp, _) => Options(sp).Contacts.ToOptions());
        services.TryAddKeyedSingleton(key, (sp, _) => Options(sp).Reactivation.ToOptions());
        services.TryAddKeyedSingleton(key, (sp, _) => Options(sp).LostClients.ToOptions());
        services.TryAddKeyedSingleton(key, (sp, _) => Options(sp).Forecast.ToOptions());
        services.TryAddKeyedSingleton(key, (sp, _) => Options(sp).Motivation.ToOptions());
        return services;
    }
}
