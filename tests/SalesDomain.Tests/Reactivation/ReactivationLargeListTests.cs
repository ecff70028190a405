using SalesDomain.Model;
using SalesDomain.Reactivation;

namespace SalesDomain.Tests.Reactivation;

/// <summary>
/// Lists of 4,096 clients and more are sorted in two halves and merged: the merged list is in the documented rank
/// order, with booked amounts (compared as cents) and with fractional ones (compared as decimals), and with many
/// clients tied on everything but the id.
/// </summary>
public class ReactivationLargeListTests
{
    private static readonly BgNbdModel Cdnow = new(0.243, 4.414, 0.793, 2.426);

    private static readonly DateOnly AsOf = new(2025, 12, 31);

    /// <summary>
    /// 10,007 clients in 13 shapes of history (so each shape is shared by hundreds of clients, tied but for the id),
    /// ids in an order unrelated to rank.
    /// </summary>
    private static ClientBase Base(decimal divisor)
    {
        var sales = new List<Sale>();
        for (var i = 0; i < 10_007; i++)
        {
            var id = $"c{(i * 7_919) % 10_007:D5}";
            var shape = i % 13;
            var last = AsOf.AddDays(-15 * shape);
            for (var p = 0; p <= shape % 5; p++)
            {
                sales.Add(new Sale(id, last.AddDays(-p * (20 + shape)), (100m + (shape * 37m)) / divisor));
            }
        }

        return ClientBase.FromSales(sales);
    }

    [Theory]
    [InlineData(1)] // whole cents
    [InlineData(3)] // fractions of a cent: the decimal key
    public void Build_LargeList_IsInRankOrder_AfterTheMerge(int divisor)
    {
        var clientBase = Base(divisor);

        var list = ReactivationList.Build(clientBase, AsOf, ReactivationOptions.Default with { Model = Cdnow });

        Assert.Equal(10_007, list.Items.Length);
        Assert.Equal(10_007, list.Items.Select(i => i.ClientId).Distinct().Count());
        for (var i = 1; i < list.Items.Length; i++)
        {
            Assert.True(ReactivationRankProperties.Rank(list.Items[i - 1], list.Items[i]) < 0, $"items {i - 1} and {i} out of order: {list.Items[i - 1]} then {list.Items[i]}");
        }

        Assert.Contains(list.Items, i => i.Overdue);
        Assert.Contains(list.Items, i => !i.Overdue);
    }

    [Fact]
    public void Build_LargeListOfClientsTiedOnEverythingButTheId_ListsEachOnceInIdOrder()
    {
        // 5,000 clients with the same single purchase: the rank is the id alone, so the whole first half sorts before
        // the second and the merge runs out of the first half first.
        var sales = Enumerable.Range(0, 5_000).Select(i => new Sale($"c{i:D4}", AsOf.AddDays(-40), 250m)).ToList();

        var list = ReactivationList.Build(ClientBase.FromSales(sales), AsOf, ReactivationOptions.Default with { Model = Cdnow });

        Assert.Equal([.. sales.Select(s => s.ClientId)], list.Items.Select(i => i.ClientId).ToArray());
    }
}
