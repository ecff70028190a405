using SalesDomain.Model;
using SalesDomain.Reactivation;

namespace SalesDomain.Tests.Reactivation;

/// <summary>The lost-client list (DOMAIN.md §1, §3, seed 002; docs/reactivation.md).</summary>
public class LostClientsTests
{
    private static readonly DateOnly AsOf = new(2024, 12, 31);

    private static ClientBase Base() => new(
        [
            new Client("active") { HasContract = true },
            new Client("big") { HasContract = true, ManagerId = "m", Potential = 1000m, DecisionMakers = [new DecisionMaker("d", "Olga", "buyer")] },
            new Client("promising") { HasContract = true, Potential = 50_000m },
            new Client("signed") { ContractDate = new DateOnly(2024, 9, 1) }, // 121 days without a shipment: lost
            new Client("new") { ContractDate = new DateOnly(2024, 12, 1) },   // 30 days: pending, not lost
            new Client("prospect"),
        ],
        [new Manager("m", "Manager", ManagerRole.Farmer)],
        [
            new Sale("active", AsOf.AddDays(-10), 100m, 10m),
            new Sale("big", new DateOnly(2023, 6, 1), 9000m, 900m),
            new Sale("big", new DateOnly(2023, 7, 1), -1000m, -100m),
            new Sale("promising", new DateOnly(2023, 5, 1), 500m, 50m),
            new Sale("signed", AsOf.AddDays(5), 100m), // after the as-of date: ignored
        ],
        [
            new ContactEvent("big", "m", new DateOnly(2024, 2, 1), ContactKind.Call, "went to a competitor"),
            new ContactEvent("big", "m", new DateOnly(2024, 1, 1), ContactKind.Meeting),
            new ContactEvent("big", "m", AsOf.AddDays(1), ContactKind.Call),
        ]);

    [Fact]
    public void Build_ListsLostClients_RankedByProfit_WithHistoryAndPlan()
    {
        var list = LostClients.Build(Base(), AsOf, LostClientOptions.Default with { Top = 2 });

        Assert.Equal(["big", "promising", "signed"], list.Clients.Select(c => c.ClientId));
        Assert.Equal(["big", "promising"], list.Top.Select(c => c.ClientId));
        var big = list.Clients[0];
        Assert.Equal((8000m, 800m, new DateOnly(2023, 6, 1)), (big.Revenue, big.Profit, big.LastPurchase!.Value));
        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 1)], big.ContactHistory.Select(c => c.Date));
        Assert.Equal(new ReturnPlanEntry(
            "big", "m", new DateOnly(2025, 1, 7),
            "call Olga (buyer): learn why the client left and offer a return; no purchase since 2023-06-01; last contact 2024-02-01 (Call): went to a competitor"),
            big.ReturnPlan);
        Assert.Null(list.Clients[2].LastPurchase);
        Assert.StartsWith("find and record the decision maker", list.Clients[2].ReturnPlan.Action, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RankedByPotential_PutsUnknownPotentialLast()
    {
        var list = LostClients.Build(Base(), AsOf, LostClientOptions.Default with { RankBy = LostClientRanking.Potential });

        Assert.Equal(["promising", "big", "signed"], list.Clients.Select(c => c.ClientId));
    }

    [Fact]
    public void Build_AsOfAtTheEndOfTheCalendar_ThrowsNamingAsOf()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => LostClients.Build(Base(), DateOnly.MaxValue));

        Assert.Equal("asOf", e.ParamName);
        Assert.Contains("9999", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ZeroAmountRow_IsNotTheLastPurchase()
    {
        var clientBase = new ClientBase(
            [new Client("c") { HasContract = true }], [],
            [new Sale("c", new DateOnly(2023, 3, 1), 100m), new Sale("c", new DateOnly(2023, 9, 1), 0m)], []);

        var lost = Assert.Single(LostClients.Build(clientBase, AsOf).Clients);

        Assert.Equal(new DateOnly(2023, 3, 1), lost.LastPurchase);
    }

    [Fact]
    public void Options_NonPositiveTop_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => LostClientOptions.Default with { Top = 0 });
}
