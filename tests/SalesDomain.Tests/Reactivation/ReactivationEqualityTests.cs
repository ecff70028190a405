using SalesDomain.Model;
using SalesDomain.Reactivation;
using static SalesDomain.Tests.ContentEqualityProperties;

namespace SalesDomain.Tests.Reactivation;

/// <summary>Lost-client lists, their items and purchase histories compare by content, as values should.</summary>
public class ReactivationEqualityTests
{
    private static readonly DateOnly AsOf = new(2024, 12, 31);

    private static ClientBase Base() => new(
        [
            new Client("big") { HasContract = true, ManagerId = "m", Potential = 1000m },
            new Client("small") { HasContract = true },
            new Client("active") { HasContract = true },
        ],
        [new Manager("m", "Manager", ManagerRole.Farmer)],
        [
            new Sale("big", new DateOnly(2023, 6, 1), 9000m, 900m),
            new Sale("big", new DateOnly(2023, 7, 1), 1000m, 100m),
            new Sale("small", new DateOnly(2023, 5, 1), 500m, 50m),
            new Sale("active", AsOf.AddDays(-10), 100m, 10m),
        ],
        [
            new ContactEvent("big", "m", new DateOnly(2024, 1, 1), ContactKind.Meeting),
            new ContactEvent("big", "m", new DateOnly(2024, 2, 1), ContactKind.Call, "went to a competitor"),
        ]);

    [Fact]
    public void ListsOfTheSameBase_AreEqual_WithEqualHashes()
    {
        var list = LostClients.Build(Base(), AsOf, LostClientOptions.Default with { Top = 1 });
        var again = LostClients.Build(Base(), AsOf, LostClientOptions.Default with { Top = 1 });

        Assert.Equal(["big", "small"], list.Clients.Select(c => c.ClientId));
        Assert.True(AreEqualValues(list, again));
        Assert.True(AreEqualValues(list.Clients[0], again.Clients[0]));
    }

    [Fact]
    public void ListsThatDifferInAClientOrItsHistory_AreNotEqual()
    {
        var list = LostClients.Build(Base(), AsOf, LostClientOptions.Default with { Top = 1 });
        var big = list.Clients[0];

        Assert.NotEqual(list, list with { Top = list.Clients });
        Assert.NotEqual(list, list with { Clients = [.. list.Clients.Reverse()] });
        Assert.NotEqual(big, big with { ContactHistory = big.ContactHistory.RemoveAt(0) });
        Assert.NotEqual(list, list with { Clients = list.Clients.SetItem(0, big with { ContactHistory = [.. big.ContactHistory.Reverse()] }) });
    }

    [Fact]
    public void PurchaseHistories_CompareTheirDaysInOrder()
    {
        var histories = PurchaseHistory.Of(Base(), AsOf);
        var again = PurchaseHistory.Of(Base(), AsOf);

        Assert.All(histories.Zip(again), p => Assert.True(AreEqualValues(p.First, p.Second)));
        var big = histories.Single(h => h.ClientId == "big");
        var fewer = PurchaseHistory.Of("big", [new Sale("big", new DateOnly(2023, 6, 1), 10_000m)], AsOf);
        Assert.NotEqual(big, fewer);
    }
}
