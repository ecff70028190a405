using SalesDomain.Model;
using SalesDomain.Motivation;
using static SalesDomain.Tests.Motivation.MotivationFixtures;

namespace SalesDomain.Tests.Motivation;

/// <summary>
/// How an input derived from sales credits activations and assigns clients (docs/motivation.md, "Input from sales"):
/// the first positive credited sale of the month activates; a client goes to its first activator, else to its first
/// credited seller by month, else to nobody; activations marked in the data replace derived ones.
/// </summary>
public class PayoutInputDerivationTests
{
    [Fact]
    public void AMissingSale_IsRejected_NamingTheSales()
        => Assert.Equal("sales", Assert.Throws<ArgumentNullException>(() => PayoutInput.FromSales([Sale("a1", "c1", "2024-01", 1m), null!])).ParamName);

    [Fact]
    public void TheActivator_IsTheFirstSellerOfTheMonthWithAPositiveAmount()
    {
        var input = PayoutInput.FromSales(
            [new MonthlySale(null, "c1", M("2024-01"), 50m), Sale("a1", "c1", "2024-01", 0m), Sale("a2", "c1", "2024-01", 100m)],
            activationRule: ActivationRule.FromEmptyBase);
        var activation = Assert.Single(input.Activations);
        Assert.Equal(("a2", "c1", M("2024-01")), (activation.AgentId, activation.ClientId, activation.Month));
    }

    [Fact]
    public void AClientActivatedTwice_BelongsToItsFirstActivator()
    {
        // c1 bought from a2 in 2023-01, was silent for over a year, and came back through a1 in 2024-03.
        var input = PayoutInput.FromSales(
            [Sale("a1", "c1", "2024-03", 100m), Sale("a2", "c1", "2023-01", 100m)],
            activationRule: ActivationRule.FromEmptyBase);
        Assert.Equal([("a2", "2023-01"), ("a1", "2024-03")], input.Activations.Select(a => (a.AgentId, a.Month.ToString())));
        Assert.Equal("a2", Assert.Single(input.Clients).AgentId);
    }

    [Fact]
    public void WithoutAnActivation_AClientBelongsToItsFirstCreditedSellerByMonth_OrToNobody()
    {
        // The default rule needs a year of history, so these two months activate nobody.
        var input = PayoutInput.FromSales(
        [
            Sale("a2", "c1", "2024-02", 100m),
            new MonthlySale(null, "c1", M("2024-01"), 100m),
            Sale("a1", "c1", "2024-01", 100m),
            new MonthlySale(null, "c2", M("2024-01"), 100m),
        ]);
        Assert.Empty(input.Activations);
        Assert.Equal<(string, string?)>([("c1", "a1"), ("c2", null)], input.Clients.Select(c => (c.Id, c.AgentId)));
    }

    [Fact]
    public void MarkedActivations_AreKept_AndAssignTheirClients()
    {
        var marked = new Activation("a2", "c1", M("2024-01"));
        var input = PayoutInput.FromSales(
            [Sale("a1", "c1", "2024-01", 100m), Sale("a1", "c2", "2024-01", 100m)],
            agents: [new Agent("a2")],
            activationRule: ActivationRule.FromEmptyBase,
            activations: [marked]);
        Assert.Equal(marked, Assert.Single(input.Activations));
        Assert.Equal<(string, string?)>([("c1", "a2"), ("c2", "a1")], input.Clients.Select(c => (c.Id, c.AgentId)));
    }

    [Fact]
    public void NoMarkedActivations_MeansNoneAreDerived()
    {
        var input = PayoutInput.FromSales([Sale("a1", "c1", "2024-01", 100m)], activationRule: ActivationRule.FromEmptyBase, activations: []);
        Assert.Empty(input.Activations);
        Assert.Equal("a1", Assert.Single(input.Clients).AgentId);
    }

    [Fact]
    public void FromClientBase_NamesAMissingBase()
        => Assert.Equal("clientBase", Assert.Throws<ArgumentNullException>(() => PayoutInput.FromClientBase(null!)).ParamName);

    [Fact]
    public void FromClientBase_WithoutAClassifier_LeavesTheClientClassEmpty()
    {
        var clientBase = new ClientBase(
            [new Client("acme") { ManagerId = "m1", Channel = "chain" }],
            [new Manager("m1", "Ann", ManagerRole.Hunter)],
            [new Sale("acme", new DateOnly(2024, 1, 20), 300m)],
            []);
        var client = Assert.Single(PayoutInput.FromClientBase(clientBase).Clients);
        Assert.Equal(("m1", "chain", string.Empty), (client.AgentId, client.OutletType, client.ClientClass));
    }
}
