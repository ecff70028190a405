using SalesDomain.Motivation;
using static SalesDomain.Tests.Motivation.MotivationFixtures;

namespace SalesDomain.Tests.Motivation;

/// <summary>The evaluation input, its integrity checks and derivation from sales (DOMAIN.md §6).</summary>
public class PayoutInputTests
{
    [Fact]
    public void UnknownReferences_AndLateEvents_AreRejected()
    {
        Agent[] agents = [new("a1")];
        ClientAccount[] clients = [new("c1", "a1")];
        Assert.Contains("unknown agent 'a9'", Assert.Throws<ArgumentException>(() => new PayoutInput(agents, clients, [Sale("a9", "c1", "2024-01", 1m)], [])).Message, StringComparison.Ordinal);
        Assert.Contains("unknown client 'c9'", Assert.Throws<ArgumentException>(() => new PayoutInput(agents, clients, [], [new Activation("a1", "c9", M("2024-01"))])).Message, StringComparison.Ordinal);
        Assert.Contains("unknown agent 'a2'", Assert.Throws<ArgumentException>(() => new PayoutInput(agents, [new ClientAccount("c2", "a2")], [], [])).Message, StringComparison.Ordinal);
        Assert.Contains("more than once", Assert.Throws<ArgumentException>(() => new PayoutInput([.. agents, new Agent("a1")], clients, [], [])).Message, StringComparison.Ordinal);
        Assert.Contains("after the as-of month", Assert.Throws<ArgumentException>(() => new PayoutInput(agents, clients, [Sale("a1", "c1", "2024-05", 1m)], [], asOf: M("2024-04"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AsOf_DefaultsToTheLatestEvent_AndMayBeLater()
    {
        var input = PayoutInput.FromSales([Sale("a1", "c1", "2024-01", 500m), Sale("a1", "c1", "2024-03", 500m)], activationRule: ActivationRule.FromEmptyBase);
        Assert.Equal((M("2024-01"), M("2024-03")), (input.FirstMonth!.Value, input.AsOf!.Value));

        // A later as-of month makes the silent months count: the client bought nothing in 2024-04.
        var later = PayoutInput.FromSales(input.Sales, asOf: M("2024-04"), activationRule: ActivationRule.FromEmptyBase);
        Assert.Equal(1000m, PayoutEngine.Evaluate([SeedUpfront], later).Totals.ClawedBack);
    }

    [Fact]
    public void Empty_IsAllowed_AndPaysNothing()
    {
        var statement = PayoutEngine.Evaluate([SeedUpfront], PayoutInput.FromSales([]));
        Assert.Empty(statement.Lines);
        Assert.Null(statement.Totals.PayoutRatio);
        Assert.Null(statement.AsOf);
    }

    [Fact]
    public void FromSales_FromAnEmptyBase_ActivatesOnTheFirstPositiveMonth_CreditingItsFirstSeller()
    {
        var input = PayoutInput.FromSales(
            [Sale("a2", "c1", "2024-02", 100m), Sale("a1", "c1", "2024-01", -5m), Sale("a3", "c1", "2024-02", 100m)],
            activationRule: ActivationRule.FromEmptyBase);
        var activation = Assert.Single(input.Activations);
        Assert.Equal(("a2", M("2024-02")), (activation.AgentId, activation.Month));
        Assert.Equal("a2", input.Clients.Single().AgentId);
        Assert.Equal(["a2", "a1", "a3"], input.Agents.Select(a => a.Id));
    }

    [Fact]
    public void Adjustments_AreLinesOfTheirOwn()
    {
        var path = Path(500m);
        var input = new PayoutInput(path.Agents, path.Clients, path.Sales, path.Activations, adjustments: [new PayoutAdjustment("a1", M("2024-01"), -50m, "advance repaid")]);
        var statement = PayoutEngine.Evaluate([SeedUpfront], input);
        var adjustment = Assert.Single(statement.Lines, l => l.Kind == PayoutLineKind.Adjustment);
        Assert.Equal(("manual", "advance repaid", -50m), (adjustment.Scheme, adjustment.Cause, adjustment.Amount));
        Assert.Equal(950m, statement.Totals.Net);
    }
}

/// <summary>Evaluation straight from the client-base model (DOMAIN.md §1, §6).</summary>
public class PayoutInputFromClientBaseTests
{
    [Fact]
    public void ManagersBecomeAgents_SalesAreCredited_OwnerlessSalesCountOnlyAsRevenue()
    {
        var clientBase = new SalesDomain.Model.ClientBase(
            [
                new SalesDomain.Model.Client("acme") { ManagerId = "m1", Channel = "chain" },
                new SalesDomain.Model.Client("solo"),
            ],
            [new SalesDomain.Model.Manager("m1", "Ann", SalesDomain.Model.ManagerRole.Hunter) { Team = "north" }, new SalesDomain.Model.Manager("m2", "Bob", SalesDomain.Model.ManagerRole.Farmer)],
            [
                new SalesDomain.Model.Sale("acme", new DateOnly(2024, 1, 20), 300m),
                new SalesDomain.Model.Sale("acme", new DateOnly(2024, 1, 5), 200m) { ManagerId = "m2" },
                new SalesDomain.Model.Sale("acme", new DateOnly(2024, 2, 3), 400m),
                new SalesDomain.Model.Sale("solo", new DateOnly(2024, 2, 9), 1000m),
            ],
            []);
        var input = PayoutInput.FromClientBase(clientBase, classOf: c => c.Id == "acme" ? "A" : "C", activationRule: ActivationRule.FromEmptyBase);
        Assert.Equal([("m1", "north"), ("m2", "")], input.Agents.Select(a => (a.Id, a.Team)));
        Assert.Equal(("m1", "chain", "A"), input.Clients.Select(c => (c.AgentId, c.OutletType, c.ClientClass)).First());

        // acme activated in January by m2 (its first positive sale); its January revenue is 500, February 400 < 500.
        var activation = Assert.Single(input.Activations);
        Assert.Equal(("m2", "acme", MotivationFixtures.M("2024-01")), (activation.AgentId, activation.ClientId, activation.Month));
        var statement = PayoutEngine.Evaluate(
            [MotivationFixtures.SeedUpfront, new CommissionScheme("commission", 0.1m)],
            input);
        Assert.Equal(1900m, statement.Revenue);
        Assert.Equal((1000m + 90m, 1000m), (statement.Totals.Paid, statement.Totals.ClawedBack));
        Assert.Equal(300m + 400m, statement.ByAgent()["m1"].Revenue);
        Assert.Equal(90m, statement.ByAgent()["m1"].Net); // commission on its assigned client, whoever sold
    }
}
