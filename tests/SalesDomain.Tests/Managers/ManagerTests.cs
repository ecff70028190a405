using System.Globalization;
using SalesDomain.Calendar;
using SalesDomain.Forecast;
using SalesDomain.Managers;
using SalesDomain.Model;

namespace SalesDomain.Tests.Managers;

/// <summary>Examples of attribution and targets (docs/managers.md); the targets import is tested in SalesDomain.Csv.Tests.</summary>
public class ManagerTests
{
    private static readonly DateOnly AsOf = new(2025, 3, 15);

    [Fact]
    public void ASale_CountsForItsOwnManager_ElseForTheClientsLatestManager()
    {
        var clientBase = ClientBase.FromSales(
        [
            new Sale("k1", new DateOnly(2025, 1, 10), 100m) { ManagerId = "anna" },
            new Sale("k1", new DateOnly(2025, 2, 10), 50m),
            new Sale("k1", new DateOnly(2025, 3, 1), 30m) { ManagerId = "boris" },
            new Sale("k1", new DateOnly(2025, 3, 20), 999m) { ManagerId = "vera" }, // after the as-of date
        ]);

        var owners = SaleAttribution.ClientManagers(clientBase, AsOf);
        var plan = PlanFact.Build(clientBase, [new("anna", new SalesMonth(2025, 2), 100m), new("boris", new SalesMonth(2025, 2), 100m), new("boris", new SalesMonth(2025, 3), 0m)], AsOf);

        Assert.Equal("boris", owners["k1"]);
        Assert.Equal(0m, plan[0].Fact); // anna, February: the unnamed sale belongs to the client's manager now, boris
        Assert.Equal(50m, plan[1].Fact);
        Assert.Equal(0.5m, plan[1].Fulfilment);
        Assert.True(plan[1].Complete);
        Assert.Equal(30m, plan[2].Fact);
        Assert.Null(plan[2].Fulfilment); // a zero target has no fulfilment
        Assert.False(plan[2].Complete);
    }

    [Fact]
    public void TwoTargetsForOneManagerAndMonth_AreAnError()
    {
        var e = Assert.Throws<ArgumentException>(() => PlanFact.Build(
            ClientBase.FromSales([]), [new("anna", new SalesMonth(2025, 2), 1m), new("anna", new SalesMonth(2025, 2), 2m)], AsOf));
        Assert.Equal("targets", e.ParamName);
        Assert.Contains("'anna' has two targets for 2025-02", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANegativeTarget_IsRejected()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ManagerTarget("anna", new SalesMonth(2025, 1), -1m));
        Assert.Equal("Target", e.ParamName);
    }

    [Theory]
    [InlineData("Цена", "Price")]
    [InlineData("нет бюджета", "No budget")]
    [InlineData(" Конкурент ", "Competitor")]
    [InlineData("price", "Price")]
    public void LossReasons_AreReadInRussianAndEnglish(string text, string listed)
    {
        Assert.True(DealPolicy.Default.TryResolveLossReason(text, out var reason));
        Assert.Equal(listed, reason);
    }

    [Fact]
    public void ReactivationReason_InRussian_CarriesTheSameNumbers()
    {
        var clientBase = ClientBase.FromSales(
            [.. Enumerable.Range(0, 6).Select(i => new Sale("k1", new DateOnly(2024, 1, 10).AddDays(30 * i), 100m))]);
        var item = SalesDomain.Reactivation.ReactivationList.Build(clientBase, new DateOnly(2024, 12, 1)).Items.Single();

        var russian = item.ReasonIn(CultureInfo.GetCultureInfo("ru-RU"));

        Assert.Equal(item.Reason, item.ReasonIn(null));
        Assert.StartsWith($"нет покупок {item.DaysSinceLast} дн.; обычный интервал 30 дн.", russian, StringComparison.Ordinal);
        Assert.StartsWith($"no purchase for {item.DaysSinceLast} days; usual interval 30 days", item.Reason, StringComparison.Ordinal);
    }
}
