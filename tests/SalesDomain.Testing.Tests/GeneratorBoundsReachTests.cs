using SalesDomain.Model;
using SalesDomain.Segmentation;
using SalesDomain.Testing;

namespace SalesDomain.Testing.Tests;

/// <summary>
/// The generators reach the documented bounds of the model (docs/model.md): amounts up to ±10¹⁵ per row
/// (<see cref="Money.MaxAmount"/>) and dates from the calendar's first day to its last, while the bases still reach
/// every ABC and XYZ class and cell.
/// </summary>
public class GeneratorBoundsReachTests
{
    private const int Bases = 300;

    [Fact]
    public void Amount_ReachesBothMoneyBounds_AndStaysInRange()
    {
        var amounts = SalesGenerators.SampleAcrossSizes(SalesGenerators.Amount(), 3000, seed: 5);
        Assert.Contains(Money.MaxAmount, amounts);
        Assert.Contains(-Money.MaxAmount, amounts);
        Assert.Contains(amounts, a => a is > 1_000_000_000_000m and < Money.MaxAmount); // beyond the old 10¹² ceiling
        Assert.All(amounts, a => Assert.True(Money.IsInRange(a), $"{a} is outside ±10¹⁵"));
    }

    [Fact]
    public void HugeAmount_IsAWholeMultipleOfABillion_UpToTheBound()
    {
        var amounts = SalesGenerators.SampleAcrossSizes(SalesGenerators.HugeAmount(), 1000, seed: 5);
        Assert.All(amounts, a => Assert.InRange(a, 1_000_000_000m, Money.MaxAmount));
        Assert.All(amounts, a => Assert.Equal(0m, a % 1_000_000_000m));
        Assert.Contains(Money.MaxAmount, amounts);
        Assert.Contains(1_000_000_000m, amounts);
    }

    [Fact]
    public void DefaultClientBase_SalesReachTheMoneyBound_AndHugeReturns()
    {
        var amounts = SalesGenerators.SampleAcrossSizes(SalesArbitraries.ClientBase().Generator, Bases, seed: 7)
            .SelectMany(b => b.Sales).Select(s => s.Amount).ToList();
        Assert.Contains(Money.MaxAmount, amounts);
        Assert.Contains(amounts, a => a is > 100_000_000_000_000m and < Money.MaxAmount);
        Assert.Contains(amounts, a => a <= -1_000_000_000m); // huge returns
        Assert.All(amounts, a => Assert.True(Money.IsInRange(a), $"{a} is outside ±10¹⁵"));
    }

    [Fact]
    public void Sale_ReachesBothEndsOfTheCalendar()
    {
        var dates = SalesGenerators.SampleAcrossSizes(SalesGenerators.Sale(), 1000, seed: 5).Select(s => s.Date).ToList();
        Assert.Contains(DateOnly.MinValue, dates);
        Assert.Contains(DateOnly.MaxValue, dates);
        Assert.Contains(dates, d => d.Year is > 1 and < 2024);
        Assert.Contains(dates, d => d.Year is > 2025 and < 9999);
        Assert.Contains(dates, d => d.Year is 2024 or 2025);
    }

    [Fact]
    public void FirstDayInCalendar_KeepsTheWholeHistoryInTheCalendar()
    {
        var days = SalesGenerators.SampleAcrossSizes(SalesGenerators.FirstDayInCalendar(24), 200, seed: 5);
        Assert.Equal(new DateOnly(9997, 12, 31), days.Max());
        Assert.Equal(DateOnly.MinValue, days.Min());
        Assert.Contains(SalesGenerators.Epoch, days);
        Assert.Equal(new DateOnly(9999, 11, 30), SalesGenerators.SampleAcrossSizes(SalesGenerators.FirstDayInCalendar(1), 200, seed: 5).Max());
        Assert.Equal("periods", Assert.ThrowsAny<ArgumentException>(() => SalesGenerators.FirstDayInCalendar(0)).ParamName);
    }

    [Fact]
    public void ClientBaseAcrossTheCalendar_ReachesBothEnds_AndEveryClassAndCell()
    {
        var analyzer = new SegmentationAnalyzer();
        var cells = new HashSet<string>(StringComparer.Ordinal);
        var (earliest, latest) = (DateOnly.MaxValue, DateOnly.MinValue);
        foreach (var dated in SalesGenerators.SampleAcrossSizes(SalesGenerators.ClientBaseAcrossTheCalendar(), Bases, seed: 13))
        {
            Assert.All(dated.Base.Sales, s => Assert.InRange(s.Date, dated.Shape.FirstDay, dated.AsOf.AddDays(-1)));
            foreach (var sale in dated.Base.Sales)
            {
                earliest = sale.Date < earliest ? sale.Date : earliest;
                latest = sale.Date > latest ? sale.Date : latest;
            }

            var result = analyzer.Analyze(dated.Base, dated.AsOf);
            foreach (var client in dated.Base.Clients)
            {
                cells.Add($"{result.Abc.ClassOf(client.Id)}{result.Xyz.ClassOf(client.Id)}");
            }
        }

        Assert.Equal(1, earliest.Year);
        Assert.Equal(9999, latest.Year);
        var missing = Enum.GetValues<AbcClass>().SelectMany(a => Enum.GetValues<XyzClass>().Select(x => $"{a}{x}")).Where(c => !cells.Contains(c));
        Assert.Empty(missing);
    }
}
