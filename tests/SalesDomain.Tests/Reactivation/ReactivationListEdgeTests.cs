using SalesDomain.Model;
using SalesDomain.Reactivation;

namespace SalesDomain.Tests.Reactivation;

/// <summary>
/// Edges of the ranked reactivation list: clients the model cannot evaluate over the horizon (counted in the warning,
/// ranked by P(alive) with no value at risk, also with fractional amounts), the expected purchases stated per
/// client, and a null base.
/// </summary>
public class ReactivationListEdgeTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 30);

    /// <summary>
    /// A model with r = 100 and a horizon of 10⁶ weeks: (r + x) · t / (α + T) passes 10⁷ for a client younger than
    /// 10 weeks, not for one of 3,000 days.
    /// </summary>
    private static readonly ReactivationOptions Eager = ReactivationOptions.Default with { Model = new BgNbdModel(100d, 1d, 1d, 1d), HorizonDays = 7_000_000 };

    [Theory]
    [InlineData(1)]
    [InlineData(3)] // fractions of a cent: ranked by the decimal key
    public void ClientsBeyondTheEvaluableRange_AreCounted_AndRankedByPAlive(int divisor)
    {
        // Three young clients (first purchase within 4 weeks) with different histories, so different P(alive); one old.
        var sales = new[]
        {
            new Sale("young1", AsOf.AddDays(-20), 10m / divisor), new Sale("young1", AsOf.AddDays(-2), 10m / divisor),
            new Sale("young2", AsOf.AddDays(-25), 10m / divisor), new Sale("young2", AsOf.AddDays(-15), 10m / divisor),
            new Sale("young3", AsOf.AddDays(-27), 10m / divisor), new Sale("young3", AsOf.AddDays(-26), 10m / divisor),
            new Sale("old", AsOf.AddDays(-3_000), 10m / divisor),
        };

        var list = ReactivationList.Build(ClientBase.FromSales(sales), AsOf, Eager);

        Assert.Contains("left empty for 3 clients: a 7000000-day horizon is beyond what the model can evaluate", Assert.Single(list.Warnings), StringComparison.Ordinal);
        var young = list.Items.Where(i => i.ClientId.StartsWith("young", StringComparison.Ordinal)).ToArray();
        Assert.All(young, i => Assert.Null(i.ValueAtRisk));
        Assert.All(young, i => Assert.Null(i.ExpectedPurchases));
        Assert.All(young, i => Assert.NotNull(i.PAlive));
        for (var i = 1; i < list.Items.Length; i++)
        {
            Assert.True(ReactivationRankProperties.Rank(list.Items[i - 1], list.Items[i]) < 0, $"items {i - 1} and {i} out of order");
        }

        Assert.Equal(3, young.Select(i => i.PAlive).Distinct().Count());
    }

    [Fact]
    public void ExpectedPurchases_IsPAliveTimesTheExpectationIfAlive()
    {
        var sales = new[] { new Sale("c", AsOf.AddDays(-200), 10m), new Sale("c", AsOf.AddDays(-100), 10m), new Sale("c", AsOf.AddDays(-60), 10m) };
        var model = new BgNbdModel(0.243, 4.414, 0.793, 2.426);

        var item = Assert.Single(ReactivationList.Build(ClientBase.FromSales(sales), AsOf, ReactivationOptions.Default with { Model = model }).Items);

        var rfm = new RfmSummary(2, 140d / 7d, 200d / 7d);
        Assert.Equal(model.ProbabilityAlive(rfm) * model.ExpectedPurchasesIfAlive(rfm, 365d / 7d), item.ExpectedPurchases!.Value, 12);
        Assert.Equal(model.ExpectedPurchases(rfm, 365d / 7d), item.ExpectedPurchases.Value, 12);
    }

    [Fact]
    public void NullBase_ThrowsNamingIt()
        => Assert.Equal("clientBase", Assert.Throws<ArgumentNullException>(() => ReactivationList.Build(null!, AsOf)).ParamName);
}
