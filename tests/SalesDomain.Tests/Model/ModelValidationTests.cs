using System.Collections.Immutable;
using SalesDomain.Model;

namespace SalesDomain.Tests.Model;

/// <summary>The model validates on construction and on <c>with</c> (DOMAIN.md §1).</summary>
public class ModelValidationTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Client_EmptyId_ThrowsNamingField(string id)
    {
        var e = Assert.Throws<ArgumentException>(() => new Client(id));
        Assert.Equal(nameof(Client.Id), e.ParamName);
        Assert.Contains($"'{id}'", e.Message);
    }

    [Fact]
    public void Client_With_IsValidatedToo()
    {
        var client = new Client("a");
        Assert.Throws<ArgumentException>(() => client with { ManagerId = " " });
        Assert.Throws<ArgumentOutOfRangeException>(() => client with { Potential = -1m });
        Assert.Throws<ArgumentOutOfRangeException>(() => client with { Flags = (ClientFlags)8 });
    }

    [Fact]
    public void Client_HoldsAnyNumberOfDecisionMakers()
    {
        var seven = Enumerable.Range(1, 7).Select(i => new DecisionMaker($"d{i}", $"Name {i}")).ToImmutableArray();
        var client = new Client("a") { DecisionMakers = seven };
        Assert.Equal(7, client.DecisionMakers.Length);
        Assert.Equal("d6", (client with { DecisionMakers = seven[..6] }).DecisionMakers[5].Id);
    }

    [Fact]
    public void Client_DecisionMakerIdsAreDistinct()
        => Assert.Throws<ArgumentException>(() => new Client("a")
        {
            DecisionMakers = [new DecisionMaker("d", "One"), new DecisionMaker("d", "Two")],
        });

    [Fact]
    public void Client_EqualityComparesDecisionMakersByValue()
    {
        var a = new Client("a") { DecisionMakers = [new DecisionMaker("d", "One")] };
        var b = new Client("a") { DecisionMakers = [new DecisionMaker("d", "One")] };
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { DecisionMakers = [] });
    }

    [Fact]
    public void Manager_UndefinedRole_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Manager("m", "M", (ManagerRole)42));
        Assert.Equal(nameof(Manager.Role), e.ParamName);
        Assert.Contains("42", e.Message);
    }

    [Fact]
    public void Sale_NegativeAmountIsAReturn()
    {
        Assert.True(new Sale("a", new(2025, 1, 1), -5m).IsReturn);
        Assert.False(new Sale("a", new(2025, 1, 1), 0m).IsReturn);
        Assert.Throws<ArgumentNullException>(() => new Sale(null!, new(2025, 1, 1), 1m));
    }

    [Fact]
    public void ContactEvent_UndefinedKind_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ContactEvent("c", "m", new(2025, 1, 1), (ContactKind)9));
}
