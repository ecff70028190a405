using SalesDomain.Calendar;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Segmentation;

/// <summary>Boundaries and guards of ABC, XYZ and the matrix (each pins a rule a mutant could break).</summary>
public class SegmentationEdgeTests
{
    private static readonly AnalysisWindow Window = AnalysisWindow.LastCompleteMonths(new DateOnly(2025, 1, 1));

    [Theory]
    [InlineData(0, false)]
    [InlineData(0.5, true)]
    [InlineData(1, true)]
    [InlineData(1.01, false)]
    public void Thresholds_MustBeWithinZeroExclusiveAndOne(decimal value, bool valid)
    {
        foreach (var make in new Func<AbcOptions>[] { () => new AbcOptions { AThreshold = value, BThreshold = 1m }, () => new AbcOptions { AThreshold = 0.0001m, BThreshold = value } })
        {
            if (valid)
            {
                Assert.NotNull(make());
            }
            else
            {
                Assert.Contains("must be", Assert.Throws<ArgumentOutOfRangeException>(make).Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void OrderedOptions_AllowEqualBounds_AndRejectReversedOnes()
    {
        Assert.Equal(AbcClass.C, AbcAnalysis.Classify([new ClientValue("a", 0m)], new AbcOptions { AThreshold = 0.9m, BThreshold = 0.9m }).ClassOf("a"));
        Assert.Equal(XyzClass.X, XyzAnalysis.Classify([1m, 1m], new XyzOptions { XThreshold = 0.2m, YThreshold = 0.2m }));
        Assert.Equal("XThreshold", Assert.ThrowsAny<ArgumentException>(() => XyzAnalysis.Classify([1m, 1m], new XyzOptions { XThreshold = 0.3m, YThreshold = 0.2m })).ParamName);
        var clientBase = ClientBase.FromSales([new Sale("a", new DateOnly(2024, 6, 1), 1m, 1m)]);
        Assert.NotNull(AbcdeAnalysis.Classify(clientBase, Window, new AbcdeOptions { HighQuantile = 0.7, TopQuantile = 0.7 }));
        Assert.Equal("HighQuantile", Assert.ThrowsAny<ArgumentException>(() => AbcdeAnalysis.Classify(clientBase, Window, new AbcdeOptions { HighQuantile = 0.9, TopQuantile = 0.7 })).ParamName);
    }

    [Fact]
    public void AbcClassify_GuardsItsArguments()
    {
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => AbcAnalysis.Classify((IEnumerable<ClientValue>)null!)).ParamName);
        Assert.Equal("ClientId", Assert.ThrowsAny<ArgumentException>(() => AbcAnalysis.Classify([new ClientValue(" ", 1m)])).ParamName);
        Assert.Equal("clientBase", Assert.Throws<ArgumentNullException>(() => AbcAnalysis.Classify(null!, Window)).ParamName);
        Assert.Equal("measure", Assert.Throws<ArgumentOutOfRangeException>(() => AbcAnalysis.Classify(ClientBase.FromSales([]), Window, (AbcMeasure)7)).ParamName);
        Assert.Equal("clientBase", Assert.Throws<ArgumentNullException>(() => XyzAnalysis.Classify(null!, Window)).ParamName);
    }

    [Fact]
    public void AbcClassify_ZeroValues_DoNotCountInTheTotal()
    {
        var result = AbcAnalysis.Classify([new ClientValue("a", 10m), new ClientValue("b", 0m), new ClientValue("c", -5m)]);
        Assert.Equal(10m, result.PositiveTotal);
        Assert.Equal(AbcClass.C, result.ClassOf("b"));
    }

    [Fact]
    public void WindowBoundaries_CountTheFirstAndLastDay_AndNothingOutside()
    {
        var (first, last) = (Window.FirstDay, Window.LastDay);
        var clientBase = ClientBase.FromSales(
        [
            new Sale("in", first, 100m, 10m), new Sale("in", last, 100m, 10m),
            new Sale("out", first.AddDays(-1), 1000m), new Sale("out", last.AddDays(1), 1000m),
        ]);
        var abc = AbcAnalysis.Classify(clientBase, Window, AbcMeasure.Profit);
        Assert.Equal(20m, abc.Entries.Single(e => e.ClientId == "in").Value);
        Assert.Equal(0m, abc.Entries.Single(e => e.ClientId == "out").Value);
        var revenue = AbcAnalysis.Classify(clientBase, Window);
        Assert.Equal(200m, revenue.Entries.Single(e => e.ClientId == "in").Value);
        var xyz = XyzAnalysis.Classify(clientBase, Window);
        Assert.Equal(100m * 2 / 12, xyz["in"].Mean);
        Assert.Equal(0m, xyz["out"].Mean);
        var missing = Assert.ThrowsAny<ArgumentException>(() => AbcAnalysis.Classify(
            ClientBase.FromSales([new Sale("a", first, 1m), new Sale("b", first, 1m, 1m)]), Window, AbcMeasure.Profit));
        Assert.Equal("clientBase", missing.ParamName);
    }

    [Fact]
    public void Xyz_OfAmountsWhoseSquaresLeaveDecimal_ClassifiesInDouble()
    {
        const decimal big = 1_000_000_000_000_000m;
        Assert.Equal(XyzClass.X, XyzAnalysis.Classify([big, big * 1.05m, big * 0.95m, big]));
        Assert.Equal(XyzClass.Y, XyzAnalysis.Classify([big * 1.2m, big * 0.8m, big * 1.2m, big * 0.8m]));
        Assert.Equal(XyzClass.Z, XyzAnalysis.Classify([big * 1.5m, big * 0.5m, big * 1.5m, big * 0.5m]));
        Assert.Equal(XyzClass.Z, XyzAnalysis.Classify([-big, -big]));
        Assert.Equal(0.2, XyzAnalysis.CoefficientOfVariation([big * 1.2m, big * 0.8m])!.Value, 9);
    }

    [Fact]
    public void Matrix_CountsAndSumsEachCell_InClassOrder()
    {
        var abc = AbcAnalysis.Classify([new ClientValue("a", 90m), new ClientValue("b", 6m), new ClientValue("c", 4m)]);
        var clientBase = ClientBase.FromSales(
            Enumerable.Range(0, 12).SelectMany(m => new[]
            {
                new Sale("a", Window.FirstDay.AddMonths(m), 10m),
                new Sale("b", Window.FirstDay.AddMonths(m), m % 2 == 0 ? 12m : 8m),
                new Sale("c", Window.FirstDay.AddMonths(m), m == 0 ? 12m : 0m),
            }));
        var xyz = XyzAnalysis.Classify(clientBase, Window);
        var matrix = AbcXyzMatrix.Build(abc, xyz);
        Assert.Equal(9, matrix.Cells.Length);
        Assert.Equal(["AX", "AY", "AZ", "BX", "BY", "BZ", "CX", "CY", "CZ"], matrix.Cells.Select(c => c.Name));
        Assert.Equal((1, 90m), (matrix[AbcClass.A, XyzClass.X].Clients, matrix[AbcClass.A, XyzClass.X].Value));
        Assert.Equal(1, matrix[AbcClass.B, XyzClass.Y].Clients);
        Assert.Equal(1, matrix[AbcClass.C, XyzClass.Z].Clients);
        Assert.Equal(0.9m, matrix.ShareOf(AbcClass.A, XyzClass.X));
        Assert.Equal(0m, AbcXyzMatrix.Build(AbcAnalysis.Classify([new ClientValue("a", 0m)]), XyzAnalysis.Classify(ClientBase.FromSales([new Sale("a", Window.FirstDay, 0m)]), Window)).ShareOf(AbcClass.C, XyzClass.Z));
        Assert.Equal("abc", Assert.Throws<ArgumentNullException>(() => AbcXyzMatrix.Build(null!, xyz)).ParamName);
        Assert.Equal("xyz", Assert.Throws<ArgumentNullException>(() => AbcXyzMatrix.Build(abc, null!)).ParamName);
        Assert.ThrowsAny<ArgumentException>(() => AbcXyzMatrix.Build(AbcAnalysis.Classify([new ClientValue("a", 1m)]), xyz));
    }
}
