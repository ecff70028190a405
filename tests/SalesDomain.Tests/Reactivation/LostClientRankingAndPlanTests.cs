using SalesDomain.Model;
using SalesDomain.Reactivation;

namespace SalesDomain.Tests.Reactivation;

/// <summary>
/// The lost-client list's exact edges (seed 002; docs/reactivation.md): the last as-of date the return plan allows, the
/// tie-breaks of every ranking, what counts up to the as-of date, and each phrase of the return plan.
/// </summary>
public class LostClientRankingAndPlanTests
{
    private static readonly DateOnly AsOf = new(2024, 12, 31);
    private static readonly DateOnly LongAgo = new(2022, 1, 10);

    private static Client Lost(string id, decimal? potential = null) => new(id) { HasContract = true, Potential = potential };

    private static ClientBase BaseOf(Client[] clients, Sale[] sales, ContactEvent[]? contacts = null) =>
        new(clients, [new Manager("m", "Manager", ManagerRole.Farmer)], sales, contacts ?? []);

    [Theory]
    [InlineData(7)]
    [InlineData(0)]
    public void AsOf_IsAcceptedUpToTheLastDayThatLeavesRoomForThePlan(int leadDays)
    {
        var options = LostClientOptions.Default with { ReturnLeadDays = leadDays };
        var latest = DateOnly.MaxValue.AddDays(-leadDays);
        var clientBase = BaseOf([Lost("c")], [new Sale("c", LongAgo, 10m)]);

        var list = LostClients.Build(clientBase, latest, options);
        Assert.Equal(DateOnly.MaxValue, Assert.Single(list.Clients).ReturnPlan.DueDate);

        if (leadDays > 0)
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => LostClients.Build(clientBase, latest.AddDays(1), options));
            Assert.Equal("asOf", e.ParamName);
            Assert.Contains("must be at most 9999-12-24", e.Message, StringComparison.Ordinal);
            Assert.Contains("(7 days later)", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Profit_TiesGoToPotential_UnknownLast_ThenId()
    {
        var clientBase = BaseOf(
            [Lost("b", 10m), Lost("a"), Lost("c", 20m), Lost("d", 0m), Lost("top")],
            [
                new Sale("a", LongAgo, 100m, 5m), new Sale("b", LongAgo, 100m, 5m), new Sale("c", LongAgo, 1m, 5m),
                new Sale("d", LongAgo, 100m, 5m), new Sale("top", LongAgo, 1m, 6m),
            ]);

        var list = LostClients.Build(clientBase, AsOf);

        Assert.Equal(["top", "c", "b", "d", "a"], list.Clients.Select(c => c.ClientId));
    }

    [Fact]
    public void Revenue_TiesGoToPotential_ThenId_AndProfitDoesNotCount()
    {
        var clientBase = BaseOf(
            [Lost("z", 5m), Lost("y", 5m), Lost("x"), Lost("w", 1m)],
            [
                new Sale("z", LongAgo, 100m, 1m), new Sale("y", LongAgo, 100m, 50m), new Sale("x", LongAgo, 300m),
                new Sale("w", LongAgo, 100m, 99m),
            ]);

        var list = LostClients.Build(clientBase, AsOf, LostClientOptions.Default with { RankBy = LostClientRanking.Revenue });

        Assert.Equal(["x", "y", "z", "w"], list.Clients.Select(c => c.ClientId));
    }

    [Fact]
    public void Potential_TiesGoToProfit_ThenId()
    {
        var clientBase = BaseOf(
            [Lost("q", 7m), Lost("p", 7m), Lost("r", 7m), Lost("none")],
            [
                new Sale("q", LongAgo, 1m, 3m), new Sale("p", LongAgo, 1m, 3m), new Sale("r", LongAgo, 1m, 4m),
                new Sale("none", LongAgo, 1m, 100m),
            ]);

        var list = LostClients.Build(clientBase, AsOf, LostClientOptions.Default with { RankBy = LostClientRanking.Potential, Top = 2 });

        Assert.Equal(["r", "p", "q", "none"], list.Clients.Select(c => c.ClientId));
        Assert.Equal(["r", "p"], list.Top.Select(c => c.ClientId));
    }

    [Fact]
    public void TheAsOfDate_CountsItsOwnContacts_AndSalesWithoutProfitCountZero()
    {
        // Lost by a 10-day activity window, so that sales and contacts on the as-of date itself can be counted.
        var options = LostClientOptions.Default with { Status = new BaseStatusRule { ActivityWindowDays = 10 } };
        var clientBase = BaseOf(
            [Lost("c")],
            [new Sale("c", AsOf.AddDays(-30), 100m), new Sale("c", AsOf.AddDays(-20), 50m, 20m), new Sale("c", AsOf.AddDays(1), 999m, 999m)],
            [
                new ContactEvent("c", "m", AsOf, ContactKind.Meeting),
                new ContactEvent("c", "m", AsOf.AddDays(-3), ContactKind.Call, "busy"),
                new ContactEvent("c", "m", AsOf.AddDays(1), ContactKind.Call),
            ]);

        var lost = Assert.Single(LostClients.Build(clientBase, AsOf, options).Clients);

        Assert.Equal((150m, 20m, AsOf.AddDays(-20)), (lost.Revenue, lost.Profit, lost.LastPurchase!.Value));
        Assert.Equal([AsOf.AddDays(-3), AsOf], lost.ContactHistory.Select(c => c.Date));
        Assert.EndsWith("; last contact 2024-12-31 (Meeting)", lost.ReturnPlan.Action, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePlan_NamesTheDecisionMaker_TheLastPurchase_AndTheLastContact()
    {
        var withPosition = new Client("c") { DecisionMakers = [new DecisionMaker("d1", "Olga", "buyer"), new DecisionMaker("d2", "Ivan", "owner")] };
        var withoutPosition = new Client("c") { DecisionMakers = [new DecisionMaker("d1", "Olga", string.Empty)] };
        var nobody = new Client("c");
        var call = new ContactEvent("c", "m", new DateOnly(2024, 3, 5), ContactKind.Call, "price too high");
        var meeting = new ContactEvent("c", "m", new DateOnly(2024, 4, 6), ContactKind.Meeting);

        Assert.Equal(
            "call Olga (buyer): learn why the client left and offer a return; no purchase since 2023-02-01; last contact 2024-04-06 (Meeting)",
            LostClients.ActionFor(withPosition, new DateOnly(2023, 2, 1), [call, meeting]));
        Assert.Equal(
            "call Olga: learn why the client left and offer a return; never bought under the contract; last contact 2024-03-05 (Call): price too high",
            LostClients.ActionFor(withoutPosition, null, [meeting, call]));
        Assert.Equal(
            "find and record the decision maker, then call: learn why the client left and offer a return; never bought under the contract; no contact logged",
            LostClients.ActionFor(nobody, null, []));
    }
}
