using SalesDomain.Model;

namespace SalesDomain.Tests.Model;

/// <summary>The ClientBase aggregate: integrity checks and lookups (DOMAIN.md §1).</summary>
public class ClientBaseTests
{
    private static readonly Manager Anna = new("m1", "Anna", ManagerRole.Farmer);
    private static readonly Manager Boris = new("m2", "Boris", ManagerRole.Hunter);

    private static ClientBase Sample() => new(
        [new Client("a") { ManagerId = "m1" }, new Client("b") { ManagerId = "m1" }, new Client("c")],
        [Anna, Boris],
        [
            new Sale("a", new(2025, 3, 1), 10m), new Sale("a", new(2025, 1, 1), 20m), new Sale("a", new(2025, 1, 1), 30m),
            new Sale("b", new(2025, 2, 1), 5m),
        ],
        [new ContactEvent("c", "m2", new(2025, 2, 2), ContactKind.Call, "intro")]);

    [Fact]
    public void Lookups_ByClientAndManager()
    {
        var clientBase = Sample();

        Assert.Equal([20m, 30m, 10m], clientBase.SalesOf("a").Select(s => s.Amount)); // by date, stable
        Assert.Equal(["a", "b"], clientBase.ClientsOf("m1").Select(c => c.Id));
        Assert.Empty(clientBase.ClientsOf("m2"));
        Assert.Empty(clientBase.ClientsOf("nobody"));
        Assert.Single(clientBase.ContactsOf("c"));
        Assert.Empty(clientBase.SalesOf("c"));
        Assert.Equal(["c"], clientBase.OwnerlessClients.Select(c => c.Id));
        Assert.True(clientBase.TryGetManager("m2", out var m) && m.Name == "Boris");
        Assert.False(clientBase.TryGetClient("zz", out _));
        Assert.Throws<KeyNotFoundException>(() => clientBase.GetClient("zz"));
    }

    [Fact]
    public void DuplicateClientId_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new ClientBase([new Client("a"), new Client("a")], [], [], []));
        Assert.Contains("'a'", e.Message);
    }

    [Fact]
    public void SaleOfUnknownClient_Throws()
    {
        var e = Assert.Throws<ArgumentException>(
            () => new ClientBase([new Client("a")], [], [new Sale("ghost", new(2025, 1, 1), 1m)], []));
        Assert.Contains("'ghost'", e.Message);
        Assert.Equal("sales", e.ParamName);
    }

    [Fact]
    public void UnknownManager_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ClientBase([new Client("a") { ManagerId = "x" }], [], [], []));
        Assert.Throws<ArgumentException>(
            () => new ClientBase([new Client("a")], [], [], [new ContactEvent("a", "x", new(2025, 1, 1), ContactKind.Call)]));
    }

    [Fact]
    public void FromSales_WithManagerIds_CreatesTheManagers()
    {
        var clientBase = ClientBase.FromSales(
        [
            new Sale("c1", new DateOnly(2024, 1, 1), 10m) { ManagerId = "Иванов И.И." },
            new Sale("c2", new DateOnly(2024, 1, 2), 10m) { ManagerId = "Иванов И.И." },
            new Sale("c3", new DateOnly(2024, 1, 3), 10m),
        ]);

        Assert.Equal(["Иванов И.И."], clientBase.Managers.Select(m => m.Id));
    }

    [Fact]
    public void FromSales_CreatesOneClientPerIdInOrderOfAppearance()
    {
        var clientBase = ClientBase.FromSales(
            [new Sale("b", new(2025, 1, 1), 1m), new Sale("a", new(2025, 1, 1), 1m), new Sale("b", new(2025, 1, 2), 1m)]);

        Assert.Equal(["b", "a"], clientBase.Clients.Select(c => c.Id));
        Assert.All(clientBase.Clients, c => Assert.True(c.HasContract));
    }

    [Theory]
    [InlineData("2025-06-30", BaseStatus.Active)]   // sales in the last 365 days
    [InlineData("2026-02-28", BaseStatus.Active)]   // 2025-03-01 is 364 days back: inside (D − 365, D]
    [InlineData("2026-03-01", BaseStatus.Lost)]     // 2025-03-01 is exactly 365 days back: outside the window
    [InlineData("2024-12-31", BaseStatus.Pending)]  // before any sale, undated contract: first shipment awaited
    public void BaseStatus_ActiveLostPendingByWindow(string asOf, BaseStatus expected)
    {
        var client = new Client("a") { HasContract = true };
        var sales = new[] { new Sale("a", new(2025, 1, 1), 20m), new Sale("a", new(2025, 3, 1), 10m) };

        Assert.Equal(expected, BaseStatusRule.Default.Classify(client, sales, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void BaseStatus_NoContractNoSales_IsPotential_ReturnsOnly_IsLost()
    {
        var asOf = new DateOnly(2025, 6, 1);
        Assert.Equal(BaseStatus.Potential, BaseStatusRule.Default.Classify(new Client("p"), [], asOf));
        Assert.Equal(BaseStatus.Lost, BaseStatusRule.Default.Classify(new Client("r"), [new Sale("r", new(2025, 5, 1), -5m)], asOf));
        Assert.Equal(BaseStatus.Lost, new BaseStatusRule { ActivityWindowDays = 10 }
            .Classify(new Client("a"), [new Sale("a", new(2025, 5, 1), 5m)], asOf));
    }

    [Fact]
    public void BaseStatus_WholeBase()
    {
        var statuses = BaseStatusRule.Default.Classify(Sample(), new DateOnly(2025, 6, 1));
        Assert.Equal(BaseStatus.Active, statuses["a"]);
        Assert.Equal(BaseStatus.Potential, statuses["c"]);
    }

    [Fact]
    public void BaseStatusRule_NonPositiveWindow_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new BaseStatusRule { ActivityWindowDays = 0 });
}
