using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesDomain.Contacts;
using SalesDomain.Forecast;
using SalesDomain.Motivation;
using SalesDomain.Reactivation;
using SalesDomain.Segmentation;

namespace SalesDomain.Extensions.DependencyInjection.Tests;

/// <summary>
/// <c>AddSalesDomain</c> bound from configuration the way a CRM does it, with the configuration binding source generator
/// (this project enables it) and with the reflection binder.
/// </summary>
public class ConfigurationBindingTests
{
    public enum Binder
    {
        SourceGenerated,
        Reflection,
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    private static ServiceProvider Provider(Binder binder, IConfiguration config)
    {
        var services = new ServiceCollection().AddSalesDomain();
        var section = config.GetSection("SalesDomain");
        if (binder == Binder.SourceGenerated)
        {
            services.Configure<SalesDomainOptions>(section); // intercepted by the source generator
        }
        else
        {
            // The reflection binder: a call through reflection is never intercepted.
            var bind = typeof(ConfigurationBinder).GetMethod(nameof(ConfigurationBinder.Bind), [typeof(IConfiguration), typeof(object)])!;
            services.Configure<SalesDomainOptions>(o => bind.Invoke(null, [section, o]));
        }

        return services.BuildServiceProvider();
    }

    private static void Start(ServiceProvider provider) => provider.GetRequiredService<IStartupValidator>().Validate();

    [Theory]
    [InlineData(Binder.SourceGenerated)]
    [InlineData(Binder.Reflection)]
    public void BindingAThreshold_ConfiguresTheAnalyser_AndNeverTheStaticDefaults(Binder binder)
    {
        using var provider = Provider(binder, Config(("SalesDomain:Segmentation:Abc:AThreshold", "0.5"), ("SalesDomain:Segmentation:WindowMonths", "6")));
        Start(provider);

        var analyzer = provider.GetRequiredService<ISegmentationAnalyzer>();

        Assert.Equal(0.5m, analyzer.Options.Abc.AThreshold);
        Assert.Equal(AnalysisWindowRuleOf(6), analyzer.Options.Window);
        Assert.Equal(0.80m, AbcOptions.Default.AThreshold);
        Assert.Equal(0.80m, SegmentationOptions.Default.Abc.AThreshold);
        Assert.Equal(0.80m, new SegmentationAnalyzer().Options.Abc.AThreshold); // every other analyser and tenant keeps the seeds' value
    }

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData(Binder.SourceGenerated)]
    [InlineData(Binder.Reflection)]
    public void EveryArea_BindsFromConfiguration(Binder binder)
    {
        using var provider = Provider(binder, Config(
            ("SalesDomain:Segmentation:Measure", "Profit"),
            ("SalesDomain:Segmentation:Xyz:XThreshold", "0.2"),
            ("SalesDomain:Contacts:HoursPerContact", "0.75"),
            ("SalesDomain:Reactivation:K", "1.5"),
            ("SalesDomain:LostClients:Top", "50"),
            ("SalesDomain:Forecast:UnclassifiedClientsAreTargets", "false"),
            ("SalesDomain:Motivation:ActivationMonthsWithoutPurchase", "6")));
        Start(provider);

        Assert.Equal(AbcMeasure.Profit, provider.GetRequiredService<SegmentationOptions>().Measure);
        Assert.Equal(0.2m, provider.GetRequiredService<SegmentationOptions>().Xyz.XThreshold);
        Assert.Equal(0.75m, provider.GetRequiredService<ContactNorms>().HoursPerContact);
        Assert.Equal(1.5d, provider.GetRequiredService<ReactivationOptions>().Rule.K);
        Assert.Equal(50, provider.GetRequiredService<LostClientOptions>().Top);
        Assert.False(provider.GetRequiredService<ForecastOptions>().UnclassifiedClientsAreTargets);
        Assert.Equal(6, provider.GetRequiredService<ActivationRule>().MonthsWithoutPurchase);
        Assert.Equal(12, ActivationRule.Default.MonthsWithoutPurchase);
    }

    [Theory]
    [InlineData(Binder.SourceGenerated)]
    [InlineData(Binder.Reflection)]
    public void AnOutOfRangeValue_FailsAtStart_NamingTheKeyAndTheValue(Binder binder)
    {
        using var provider = Provider(binder, Config(("SalesDomain:Segmentation:Abc:AThreshold", "1.5"), ("SalesDomain:LostClients:Top", "0")));

        var e = Assert.Throws<OptionsValidationException>(() => Start(provider));

        Assert.Contains(e.Failures, f => f.StartsWith("SalesDomain:Segmentation:Abc:AThreshold:", StringComparison.Ordinal) && f.Contains("1.5", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.StartsWith("SalesDomain:LostClients:Top:", StringComparison.Ordinal) && f.Contains('0', StringComparison.Ordinal));
        Assert.DoesNotContain(e.Failures, f => f.Contains("(Parameter", StringComparison.Ordinal));
    }

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData(Binder.SourceGenerated)]
    [InlineData(Binder.Reflection)]
    public void AAboveB_FailsAtStart(Binder binder)
    {
        using var provider = Provider(binder, Config(("SalesDomain:Segmentation:Abc:AThreshold", "0.97")));

        var e = Assert.Throws<OptionsValidationException>(() => Start(provider));

        Assert.Contains(e.Failures, f => f.Contains("AThreshold", StringComparison.Ordinal) && f.Contains("BThreshold", StringComparison.Ordinal));
    }

    [Fact]
    public void KeyedRegistrations_ServeTenantsWithTheirOwnThresholds()
    {
        using var provider = new ServiceCollection()
            .AddSalesDomain()
            .AddSalesDomain("strict", o => o.Segmentation.Abc.AThreshold = 0.6m)
            .AddSalesDomain("loose", o => o.Segmentation.Abc.AThreshold = 0.9m)
            .BuildServiceProvider();
        Start(provider);

        Assert.Equal(0.6m, provider.GetRequiredKeyedService<ISegmentationAnalyzer>("strict").Options.Abc.AThreshold);
        Assert.Equal(0.9m, provider.GetRequiredKeyedService<ISegmentationAnalyzer>("loose").Options.Abc.AThreshold);
        Assert.Equal(0.80m, provider.GetRequiredService<ISegmentationAnalyzer>().Options.Abc.AThreshold);
    }

    private static SalesDomain.Calendar.AnalysisWindowRule AnalysisWindowRuleOf(int months) => SalesDomain.Calendar.AnalysisWindowRule.LastCompleteMonths(months);
}
