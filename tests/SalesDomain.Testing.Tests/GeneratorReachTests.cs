using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Model;
using SalesDomain.Reactivation;
using SalesDomain.Segmentation;
using SalesDomain.Testing;

namespace SalesDomain.Testing.Tests;

/// <summary>
/// Measures what the default generators produce, so that a property over them can fail: every ABC class, XYZ class and
/// ABC×XYZ cell is reached, threshold values are hit exactly, and amounts reach the supported range.
/// </summary>
public class GeneratorReachTests
{
    private const int Bases = 300;

    [Trait("Category", "Slow")]
    [Fact]
    public void DefaultClientBase_ReachesEveryAbcClass_XyzClass_AndCell()
    {
        var analyzer = new SegmentationAnalyzer();
        var cells = new Dictionary<string, int>(StringComparer.Ordinal);
        var abc = new Dictionary<AbcClass, int>();
        var xyz = new Dictionary<XyzClass, int>();
        var onThreshold = 0;
        var clients = 0;
        foreach (var clientBase in SalesGenerators.SampleAcrossSizes(SalesArbitraries.ClientBase().Generator, Bases, seed: 7))
        {
            var asOf = ClientBaseShape.Default.EndDay;
            var result = analyzer.Analyze(clientBase, asOf);
            foreach (var client in clientBase.Clients)
            {
                clients++;
                var a = result.Abc.ClassOf(client.Id);
                var x = result.Xyz.ClassOf(client.Id);
                abc[a] = abc.GetValueOrDefault(a) + 1;
                xyz[x] = xyz.GetValueOrDefault(x) + 1;
                cells[$"{a}{x}"] = cells.GetValueOrDefault($"{a}{x}") + 1;
                if (result.Xyz.Entries.FirstOrDefault(e => e.ClientId == client.Id) is { CoefficientOfVariation: { } cv }
                    && (Math.Abs(cv - 0.10) < 1e-12 || Math.Abs(cv - 0.25) < 1e-12))
                {
                    onThreshold++;
                }
            }
        }

        var report = $"{clients} clients in {Bases} bases: " + string.Join(", ", cells.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}"));
        foreach (var a in Enum.GetValues<AbcClass>())
        {
            Assert.True(abc.GetValueOrDefault(a) > 0, $"ABC class {a} never reached; {report}");
        }

        foreach (var x in Enum.GetValues<XyzClass>())
        {
            // Each XYZ class holds at least 5 % of the generated clients.
            Assert.True(xyz.GetValueOrDefault(x) >= clients / 20, $"XYZ class {x} reached {xyz.GetValueOrDefault(x)} times; {report}");
        }

        foreach (var a in Enum.GetValues<AbcClass>())
        {
            foreach (var x in Enum.GetValues<XyzClass>())
            {
                Assert.True(cells.GetValueOrDefault($"{a}{x}") > 0, $"cell {a}{x} never reached; {report}");
            }
        }

        Assert.True(onThreshold > 0, $"no client on an XYZ threshold; {report}");
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void AmountGenerator_ReachesTheSupportedRange_AndStaysInIt()
    {
        var values = SalesGenerators.SampleAcrossSizes(SalesGenerators.ClientValues(), 2000, seed: 3).SelectMany(v => v).Select(v => v.Value).ToList();
        Assert.Contains(Money.MaxAmount, values);
        Assert.Contains(-Money.MaxAmount, values);
        Assert.All(values, a => Assert.True(Money.IsInRange(a)));
        Assert.All(SalesGenerators.SampleAcrossSizes(SalesGenerators.Amount(), 2000, seed: 3), a => Assert.True(Money.IsInRange(a)));
    }

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9997, 1, 1)]
    public void SegmentationInvariants_HoldForBasesAtTheEndsOfTheCalendar(int year, int month, int day)
    {
        var shape = ClientBaseShape.SalesOnly with { FirstDay = new DateOnly(year, month, day), MaxClients = 12 };
        foreach (var clientBase in SalesGenerators.SampleAcrossSizes(shape.ToGen(), 30, seed: 11))
        {
            var violations = SegmentationInvariants.Check(clientBase, SegmentationInvariants.Reference(new SegmentationCheckOptions().Abc));
            Assert.Empty(violations);
            var result = new SegmentationAnalyzer().Analyze(clientBase, shape.EndDay.AddDays(-1));
            Assert.Equal(clientBase.Clients.Length, result.Abc.Entries.Length);
        }
    }
}

/// <summary>The BG/NBD fit through its public API on generated bases, degenerate ones included (docs/reactivation.md).</summary>
[Properties(Arbitrary = new[] { typeof(SalesArbitraries), typeof(FitArbitraries) }, MaxTest = 60)]
public class BgNbdFitProperties
{
    [Trait("Category", "Slow")]
    [Property]
    public bool Fit_OnAnyGeneratedBase_NeverThrows_AndIsUsableOrSaysWhy(ClientBase clientBase)
    {
        var asOf = ClientBaseShape.Default.EndDay;
        var list = ReactivationList.Build(clientBase, asOf);
        return list.Fit is null
            ? list.Items.All(i => i.PAlive is null)
            : (list.Fit.Degenerate
                ? list.Items.All(i => i.PAlive is null) && list.Warnings.Length > 0
                : list.Items.All(i => i.PAlive is >= 0d and <= 1d) && double.IsFinite(list.Fit.LogLikelihood));
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool Fit_OnDegenerateBases_NeverThrows(DegenerateBase degenerate)
    {
        var fit = BgNbdFitter.Fit(degenerate.Clients);
        var model = fit.Model;
        return fit.Clients == degenerate.Clients.Length
               && (fit.Degenerate || (double.IsFinite(fit.LogLikelihood)
                   && degenerate.Clients.All(c => model.ProbabilityAlive(c) is >= 0d and <= 1d)));
    }

    [Fact]
    public void Fit_OfNoClients_IsAnArgumentError()
        => Assert.Equal("clients", Assert.ThrowsAny<ArgumentException>(() => BgNbdFitter.Fit([])).ParamName);
}

/// <summary>A base the BG/NBD fit finds hard: one purchase each, all regular buyers, or a single client.</summary>
/// <param name="Kind">Which degenerate shape.</param>
/// <param name="Clients">The histories.</param>
public sealed record DegenerateBase(string Kind, RfmSummary[] Clients);

/// <summary>Generators of degenerate bases for the fit.</summary>
public static class FitArbitraries
{
    public static Arbitrary<DegenerateBase> Degenerate() => Gen.OneOf(
            Gen.Choose(1, 200).SelectMany(n => Gen.Choose(0, 520).ArrayOf(n))
                .Select(ages => new DegenerateBase("one purchase each", [.. ages.Select(t => new RfmSummary(0, 0, t))])),
            Gen.Choose(1, 200).SelectMany(n => Gen.Choose(1, 120).ArrayOf(n))
                .Select(months => new DegenerateBase("all regular", [.. months.Select(m => new RfmSummary(m, m * 4.0, m * 4.0))])),
            Gen.Choose(0, 50).SelectMany(x => Gen.Choose(0, 500).Select(extra => (x, extra)))
                .Select(p => new DegenerateBase("single client", [new RfmSummary(p.x, p.x == 0 ? 0 : p.x * 2.0, (p.x * 2.0) + p.extra)])),
            Gen.Choose(1, 30).Select(n => new DegenerateBase("identical clients", [.. Enumerable.Repeat(new RfmSummary(3, 10, 52), n)])))
        .ToArbitrary();
}
