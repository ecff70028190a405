using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Extensions.DependencyInjection.Tests;

/// <summary><c>services.AddSalesDomain(...)</c> with a real ServiceCollection.</summary>
public class AddSalesDomainTests
{
    [Trait("Category", "Slow")]
    [Fact]
    public void AddSalesDomain_Defaults_ResolvesAnalyzerWithSeedThresholds()
    {
        using var provider = new ServiceCollection().AddSalesDomain().BuildServiceProvider();

        var analyzer = provider.GetRequiredService<ISegmentationAnalyzer>();

        Assert.Equal(SegmentationOptions.Default, analyzer.Options);
        Assert.Same(analyzer, provider.GetRequiredService<ISegmentationAnalyzer>());
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void AddSalesDomain_Configured_AppliesOptions()
    {
        using var provider = new ServiceCollection()
            .AddSalesDomain(o =>
            {
                o.Segmentation.Abc.AThreshold = 0.5m;
                o.Segmentation.Abc.BThreshold = 0.9m;
            })
            .BuildServiceProvider();

        var analyzer = provider.GetRequiredService<ISegmentationAnalyzer>();
        var result = analyzer.Analyze(ClientBase.FromSales(
            [new Sale("a", new(2025, 1, 1), 50m), new Sale("b", new(2025, 1, 1), 40m), new Sale("c", new(2025, 1, 1), 10m)]),
            asOf: new DateOnly(2025, 1, 31));

        Assert.Equal(0.5m, analyzer.Options.Abc.AThreshold);
        Assert.Equal(AbcClass.B, result.Abc.ClassOf("b")); // with the default 80 % it would be A
    }

    [Fact]
    public void AddSalesDomain_KeepsAnExistingRegistration()
    {
        var mine = new SegmentationAnalyzer(SegmentationOptions.Default with { Measure = AbcMeasure.Profit });
        using var provider = new ServiceCollection()
            .AddSingleton<ISegmentationAnalyzer>(mine)
            .AddSalesDomain()
            .BuildServiceProvider();

        Assert.Same(mine, provider.GetRequiredService<ISegmentationAnalyzer>());
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void AddSalesDomain_NullSegmentation_FailsValidation()
    {
        using var provider = new ServiceCollection().AddSalesDomain(o => o.Segmentation = null!).BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ISegmentationAnalyzer>());
    }

    [Fact]
    public void AddSalesDomain_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => SalesDomainServiceCollectionExtensions.AddSalesDomain(null!));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddSalesDomain((Action<SalesDomainOptions>)null!));
    }
}
