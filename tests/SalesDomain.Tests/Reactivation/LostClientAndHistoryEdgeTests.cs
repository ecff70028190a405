using System.Collections.Immutable;
using SalesDomain.Model;
using SalesDomain.Reactivation;

namespace SalesDomain.Tests.Reactivation;

/// <summary>Edges the mutation run showed unguarded: history arguments, lost-client equality field by field.</summary>
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
}
