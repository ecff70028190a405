using SalesDomain.Calendar;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Segmentation;

/// <summary>
/// The segmentation rules at their edges (docs/segmentation.md, docs/model.md): the XYZ fallback for amounts whose
/// squares leave <see cref="decimal"/> decides exactly as the decimal rule does, ABC totals up to
/// <see cref="decimal.MaxValue"/>, the matrix's and the class history's argument errors and counts.
/// </summary>
public class SegmentationBoundaryTests
{
    // 2⁴⁸ and 3·2⁴⁸: their squares exceed decimal (≈ 2⁹⁶), and every step of the double computation is exact,
    // so the coefficient of variation of [3·2⁴⁸, 2⁴⁸] is exactly 0.5.
    private const decimal Low = 281_474_976_710_656m;
    private const decimal High = 3 * Low;

    [Fact]
    public void Xyz_InDouble_AtExactlyTheThresholds_IsInclusive()
    {
        decimal[] series = [High, Low];
        Assert.Equal(0.5, XyzAnalysis.CoefficientOfVariation(series));
        Assert.Equal(XyzClass.X, XyzAnalysis.Classify(series, new XyzOptions { XThreshold = 0.5m, YThreshold = 0.5m }));
        Assert.Equal(XyzClass.Y, XyzAnalysis.Classify(series, new XyzOptions { XThreshold = 0.49m, YThreshold = 0.5m }));
        Assert.Equal(XyzClass.Z, XyzAnalysis.Classify(series, new XyzOptions { XThreshold = 0.49m, YThreshold = 0.49m }));
        Assert.Equal(XyzClass.Z, XyzAnalysis.Classify(series)); // 0.5 > the default Y threshold 0.25
    }

    [Fact]
    public void Xyz_InDouble_ZeroMean_IsZWithoutACoefficient()
    {
        const decimal big = Money.MaxAmount;
        Assert.Null(XyzAnalysis.CoefficientOfVariation([big, -big, big, -big]));
        Assert.Equal(XyzClass.Z, XyzAnalysis.Classify([big, -big, big, -big]));
        Assert.Null(XyzAnalysis.CoefficientOfVariation([-big, -big]));
    }

    [Fact]
    public void Xyz_InDouble_OfABase_ReportsTheMeanAndPeriods()
    {
        var window = new AnalysisWindow(new SalesMonth(2025, 1), new SalesMonth(2025, 2));
        var clientBase = ClientBase.FromSales(
        [
            new Sale("a", new DateOnly(2025, 1, 10), High), new Sale("a", new DateOnly(2025, 2, 10), Low),
            new Sale("r", new DateOnly(2025, 1, 10), -Money.MaxAmount), new Sale("r", new DateOnly(2025, 2, 10), -Money.MaxAmount),
        ]);
        var xyz = XyzAnalysis.Classify(clientBase, window);
        Assert.Equal(new XyzEntry("a", 2, 2 * Low, 0.5, XyzClass.Z), xyz["a"]);
        Assert.Equal(new XyzEntry("r", 2, -Money.MaxAmount, null, XyzClass.Z), xyz["r"]);
    }

    [Fact]
    public void Xyz_InDouble_SteadyAndSeasonalHugeBuyers_AreXAndY()
    {
        Assert.Equal(0.05, XyzAnalysis.CoefficientOfVariation([Money.MaxAmount * 1.05m, Money.MaxAmount * 0.95m])!.Value, 12);
        Assert.Equal(XyzClass.X, XyzAnalysis.Classify([Money.MaxAmount * 1.05m, Money.MaxAmount * 0.95m]));
        Assert.Equal(XyzClass.Y, XyzAnalysis.Classify([Money.MaxAmount * 1.2m, Money.MaxAmount * 0.8m]));
    }

    [Fact]
    public void Abc_TotalOfExactlyDecimalMaxValue_IsClassified_OneMoreIsAnErrorNamingValues()
    {
        var result = AbcAnalysis.Classify([new ClientValue("a", decimal.MaxValue - 1m), new ClientValue("b", 1m)]);
        Assert.Equal(decimal.MaxValue, result.PositiveTotal);
        Assert.Equal([AbcClass.A, AbcClass.C], result.Entries.Select(e => e.Class));

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => AbcAnalysis.Classify([new ClientValue("a", decimal.MaxValue), new ClientValue("b", 1m)]));
        Assert.Equal("values", e.ParamName);
        Assert.StartsWith("The total of the positive client values exceeds the largest amount a decimal holds", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Abc_NegativeValues_DoNotCountTowardsTheTotal_NorOverflowIt()
    {
        var result = AbcAnalysis.Classify([new ClientValue("a", decimal.MaxValue), new ClientValue("b", decimal.MinValue), new ClientValue("c", 0m)]);
        Assert.Equal(decimal.MaxValue, result.PositiveTotal);
        Assert.Equal([("a", AbcClass.A, 0m), ("c", AbcClass.C, 1m), ("b", AbcClass.C, 1m)],
            result.Entries.Select(e => (e.ClientId, e.Class, e.CumulativeShareBefore)));
    }

    [Fact]
    public void Abc_EmptyClientId_IsAnErrorNamingClientId()
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => AbcAnalysis.Classify([new ClientValue("a", 1m), new ClientValue("", 2m)]));
        Assert.Equal(nameof(ClientValue.ClientId), e.ParamName);
        var duplicate = Assert.Throws<ArgumentException>(() => AbcAnalysis.Classify([new ClientValue("a", 1m), new ClientValue("a", 2m)]));
        Assert.Equal("values", duplicate.ParamName);
        Assert.StartsWith("Client id 'a' appears more than once.", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Abc_ValuesWithMoreThanTwoDecimals_RankLikeCents()
    {
        // 0.005 and 0.001 share a cent; they still rank by their exact values, then by id.
        var result = AbcAnalysis.Classify([new ClientValue("x", 0.001m), new ClientValue("y", 0.005m), new ClientValue("w", 0.001m)]);
        Assert.Equal(["y", "w", "x"], result.Entries.Select(e => e.ClientId));
        Assert.Equal([1, 2, 3], result.Entries.Select(e => e.Rank));
    }

    [Fact]
    public void Matrix_OfAnalysesOfDifferentClients_NamesXyz()
    {
        var abc = AbcAnalysis.Classify([new ClientValue("a", 1m), new ClientValue("b", 1m)]);
        var xyz = XyzAnalysis.Classify(ClientBase.FromSales([new Sale("a", new DateOnly(2025, 1, 5), 1m)]), new AnalysisWindow(new SalesMonth(2025, 1), new SalesMonth(2025, 1)));
        var e = Assert.Throws<ArgumentException>(() => AbcXyzMatrix.Build(abc, xyz));
        Assert.Equal("xyz", e.ParamName);
        Assert.StartsWith("The ABC analysis has 2 clients but the XYZ analysis has 1.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Matrix_CellsAndShares_ByRowAndColumn()
    {
        var window = new AnalysisWindow(new SalesMonth(2025, 1), new SalesMonth(2025, 2));
        var clientBase = ClientBase.FromSales(
        [
            new Sale("a", new DateOnly(2025, 1, 5), 70m), new Sale("a", new DateOnly(2025, 2, 5), 70m), // A (before: 0), X
            new Sale("b", new DateOnly(2025, 1, 5), 30m),                                              // A (140/190 < 0.8), Z
            new Sale("c", new DateOnly(2025, 1, 5), 12m), new Sale("c", new DateOnly(2025, 2, 5), 8m),  // B (170/190 < 0.95), Y
        ]);
        var abc = AbcAnalysis.Classify(clientBase, window);
        var matrix = AbcXyzMatrix.Build(abc, XyzAnalysis.Classify(clientBase, window));
        Assert.Equal(190m, matrix.PositiveTotal);
        Assert.Equal(new AbcXyzCell(AbcClass.A, XyzClass.X, 1, 140m), matrix[AbcClass.A, XyzClass.X]);
        Assert.Equal(new AbcXyzCell(AbcClass.A, XyzClass.Z, 1, 30m), matrix[AbcClass.A, XyzClass.Z]);
        Assert.Equal(new AbcXyzCell(AbcClass.B, XyzClass.Y, 1, 20m), matrix[AbcClass.B, XyzClass.Y]);
        Assert.Equal(new AbcXyzCell(AbcClass.C, XyzClass.Z, 0, 0m), matrix[AbcClass.C, XyzClass.Z]);
        Assert.Equal(140m / 190m, matrix.ShareOf(AbcClass.A, XyzClass.X));
        Assert.Equal(20m / 190m, matrix.ShareOf(AbcClass.B, XyzClass.Y));
        Assert.Equal(0m, matrix.ShareOf(AbcClass.B, XyzClass.X));
        Assert.Equal(3, matrix.Cells.Sum(c => c.Clients));
    }
}
