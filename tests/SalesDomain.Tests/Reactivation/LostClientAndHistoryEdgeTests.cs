using System.Collections.Immutable;
using SalesDomain.Model;
using SalesDomain.Reactivation;

namespace SalesDomain.Tests.Reactivation;

/// <summary>
/// Edges the mutation run showed unguarded: history arguments and counting up to the as-of date, equality field by
/// field, the rule's errors and its k.
/// </summary>
public class LostClientAndHistoryEdgeTests
{
    private static readonly DateOnly Jan1 = new(2025, 1, 1);

    [Fact]
    public void PurchaseHistory_Of_RejectsBadArguments_NamingThem()
    {
        Assert.Equal("clientId", Assert.ThrowsAny<ArgumentException>(() => PurchaseHistory.Of("", [], Jan1)).ParamName);
        Assert.Equal("sales", Assert.Throws<ArgumentNullException>(() => PurchaseHistory.Of("c", null!, Jan1)).ParamName);
        Assert.Equal("sales", Assert.ThrowsAny<ArgumentException>(() => PurchaseHistory.Of("c", [null!], Jan1)).ParamName);
        var other = Assert.Throws<ArgumentException>(() => PurchaseHistory.Of("c", [new Sale("d", Jan1, 1m)], Jan1));
        Assert.Contains("names client 'd', expected 'c'", other.Message);
    }

    [Fact]
    public void PurchaseHistory_ToRfm_RejectsAnAsOfBeforeTheLastPurchase_AndANonPositiveUnit()
    {
        var history = PurchaseHistory.Of("c", [new Sale("c", Jan1, 5m), new Sale("c", Jan1.AddDays(10), 5m)], Jan1.AddDays(20))!;
        Assert.ThrowsAny<ArgumentException>(() => history.ToRfm(Jan1.AddDays(5), 7));
        Assert.ThrowsAny<ArgumentException>(() => history.ToRfm(Jan1.AddDays(20), 0));
        Assert.Equal(history.ToRfm(Jan1.AddDays(10), 7), history.ToRfm(Jan1.AddDays(10), 7));
    }

    [Fact]
    public void LostClient_DiffersInAnyField_IsUnequal()
    {
        var plan = new ReturnPlanEntry("c", "m", Jan1.AddDays(14), "call");
        var a = new LostClient("c", "m", Jan1, 10m, 2m, 100m, [new ContactEvent("c", "m", Jan1, ContactKind.Call)], plan);
        var same = a with { ContactHistory = [new ContactEvent("c", "m", Jan1, ContactKind.Call)] };
        Assert.Equal(a, same);
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        LostClient[] changed =
        [
            a with { ClientId = "d" }, a with { ManagerId = "n" }, a with { LastPurchase = Jan1.AddDays(1) }, a with { Revenue = 11m },
            a with { Profit = 3m }, a with { Potential = null }, a with { ContactHistory = [] }, a with { ReturnPlan = plan with { Action = "visit" } },
        ];
        Assert.All(changed, c => Assert.NotEqual(a, c));
        Assert.False(a.Equals(null));

        var list = new LostClientList(Jan1, [a], [a]);
        Assert.Equal(list, new LostClientList(Jan1, [same], [same]));
        Assert.NotEqual(list, new LostClientList(Jan1.AddDays(1), [a], [a]));
        Assert.NotEqual(list, new LostClientList(Jan1, [a], []));
        Assert.NotEqual(list, new LostClientList(Jan1, [], [a]));
        Assert.False(list.Equals(null));
    }

    [Fact]
    public void PurchaseHistory_CountsUpToTheAsOfDate_AndNamesItsErrors()
    {
        Sale[] sales = [new Sale("c", Jan1, 5m), new Sale("c", Jan1.AddDays(10), 7m), new Sale("c", Jan1.AddDays(30), 100m)];
        var history = PurchaseHistory.Of("c", sales, Jan1.AddDays(10))!;

        Assert.Equal((12m, 2, Jan1, Jan1.AddDays(10)), (history.Revenue, history.PurchaseDayCount, history.FirstPurchase, history.LastPurchase));
        Assert.Equal((10d, 6m, 5), (history.MeanIntervalDays!.Value, history.ValuePerPurchaseDay, history.DaysSinceLast(Jan1.AddDays(15))));
        Assert.Null(PurchaseHistory.Of("c", sales, Jan1.AddDays(-1)));

        var early = Assert.Throws<ArgumentOutOfRangeException>(() => history.ToRfm(Jan1.AddDays(9), 7));
        Assert.Equal("asOf", early.ParamName);
        Assert.Contains("must not be before the last purchase 2025-01-11", early.Message, StringComparison.Ordinal);
        Assert.Equal("timeUnitDays", Assert.ThrowsAny<ArgumentException>(() => history.ToRfm(Jan1.AddDays(20), -1)).ParamName);
    }

    [Fact]
    public void PurchaseHistory_DiffersInAnyField_IsUnequal()
    {
        var history = PurchaseHistory.Of("c", [new Sale("c", Jan1, 5m), new Sale("c", Jan1.AddDays(3), 5m)], Jan1.AddDays(5))!;

        Assert.Equal(history, PurchaseHistory.Of("c", [new Sale("c", Jan1.AddDays(3), 5m), new Sale("c", Jan1, 5m)], Jan1.AddDays(5)));
        Assert.NotEqual(history, PurchaseHistory.Of("d", [new Sale("d", Jan1, 5m), new Sale("d", Jan1.AddDays(3), 5m)], Jan1.AddDays(5)));
        Assert.NotEqual(history, PurchaseHistory.Of("c", [new Sale("c", Jan1, 5m), new Sale("c", Jan1.AddDays(4), 5m)], Jan1.AddDays(5)));
        Assert.NotEqual(history, PurchaseHistory.Of("c", [new Sale("c", Jan1, 5m), new Sale("c", Jan1.AddDays(3), 6m)], Jan1.AddDays(5)));
        Assert.False(history.Equals(null));
    }

    [Fact]
    public void PurchaseHistories_OfABase_KeepBaseOrder_SkipClientsWithoutPurchases_AndAcceptAnEmptyBase()
    {
        Assert.Empty(PurchaseHistory.Of(new ClientBase([], [], [], []), Jan1));
        var clientBase = new ClientBase(
            [new Client("z"), new Client("none"), new Client("a")], [],
            [new Sale("a", Jan1, 1m), new Sale("z", Jan1, 2m), new Sale("none", Jan1.AddDays(5), 3m)], []);

        Assert.Equal(["z", "a"], PurchaseHistory.Of(clientBase, Jan1).Select(h => h.ClientId));
        Assert.Equal("clientBase", Assert.Throws<ArgumentNullException>(() => PurchaseHistory.Of(null!, Jan1)).ParamName);
    }

    [Fact]
    public void Rule_NamesItsErrors_AndUsesTheCallersK()
    {
        var history = PurchaseHistory.Of("c", [new Sale("c", Jan1, 5m), new Sale("c", Jan1.AddDays(10), 5m)], Jan1.AddDays(10))!;

        var early = Assert.Throws<ArgumentOutOfRangeException>(() => ReactivationRule.Evaluate(history, Jan1.AddDays(9), null));
        Assert.Equal("asOf", early.ParamName);
        Assert.Contains("must not be before the last purchase 2025-01-11", early.Message, StringComparison.Ordinal);
        Assert.Equal("histories", Assert.ThrowsAny<ArgumentException>(() => ReactivationRule.BaseMedianIntervalDays([history, null!])).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => ReactivationRule.Evaluate(null!, Jan1, null)).ParamName);

        // 15 days of silence after a 10-day rhythm: overdue at k = 1, not at k = 1.5 (15 is not beyond 15).
        Assert.True(ReactivationRule.Evaluate(history, Jan1.AddDays(25), null).Overdue);
        Assert.False(ReactivationRule.Evaluate(history, Jan1.AddDays(25), null, new ReactivationRuleOptions { K = 1.5 }).Overdue);
        Assert.Equal(new ReactivationVerdict(false, 10d, IntervalSource.Own), ReactivationRule.Evaluate(history, Jan1.AddDays(20), 3d));
    }

    [Fact]
    public void LostClients_CountAReturnOnTheAsOfDate_AndNameANullBase()
    {
        // A return on the as-of date is not a purchase (the client stays lost) but counts in revenue and profit.
        var clientBase = new ClientBase(
            [new Client("c") { HasContract = true }], [],
            [new Sale("c", Jan1.AddDays(-400), 100m, 30m), new Sale("c", Jan1, -40m, -10m)], []);

        var lost = Assert.Single(LostClients.Build(clientBase, Jan1).Clients);

        Assert.Equal((60m, 20m), (lost.Revenue, lost.Profit));
        Assert.Equal("clientBase", Assert.Throws<ArgumentNullException>(() => LostClients.Build(null!, Jan1)).ParamName);
        Assert.Equal("histories", Assert.Throws<ArgumentNullException>(() => ReactivationRule.BaseMedianIntervalDays(null!)).ParamName);
    }
}
