using SalesDomain.Funnels;
using SalesDomain.Model;
using SalesDomain.Testing;

namespace SalesDomain.Testing.Tests;

/// <summary>
/// Generated bases are valid and reach the edge cases (DOMAIN.md §1, §2; docs/testing.md): checked by sampling 300
/// bases across FsCheck's sizes with a fixed seed.
/// </summary>
public class SalesGeneratorsTests
{
    private static readonly IReadOnlyList<ClientBase> Bases = SalesGenerators.SampleAcrossSizes(SalesGenerators.ClientBase(), 300, seed: 7);

    private static IEnumerable<(ClientBase Base, Client Client, decimal Revenue)> Clients =>
        Bases.SelectMany(b => b.Clients.Select(c => (b, c, b.SalesOf(c.Id).Sum(s => s.Amount))));

    [Trait("Category", "Slow")]
    [Fact]
    public void ClientBase_IsValidAndWithinTheShape()
    {
        var shape = ClientBaseShape.Default;
        foreach (var b in Bases)
        {
            Assert.InRange(b.Clients.Length, shape.MinClients, shape.MaxClients);
            Assert.InRange(b.Managers.Length, 0, shape.MaxManagers);
            Assert.All(b.Clients, c => Assert.InRange(c.DecisionMakers.Length, 0, shape.MaxDecisionMakers));
            Assert.All(b.Sales, s => Assert.InRange(s.Date, shape.FirstDay, shape.EndDay.AddDays(-1)));
            Assert.All(b.Sales, s => Assert.Equal(b.GetClient(s.ClientId).ManagerId, s.ManagerId));
            Assert.All(b.Contacts, e => Assert.InRange(e.Date, shape.FirstDay, shape.EndDay.AddDays(-1)));
            Assert.All(b.Contacts, e => Assert.True(
                e.DecisionMakerId is null || b.GetClient(e.ClientId).DecisionMakers.Any(d => d.Id == e.DecisionMakerId)));
        }
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void ClientBase_ReachesTheEmptyBaseAndOneClient()
    {
        Assert.Contains(Bases, b => b.Clients.IsEmpty);
        Assert.Contains(Bases, b => b.Clients.Length == 1);
        Assert.Contains(Bases, b => b.Clients.Length >= 30);
    }

    [Fact]
    public void ClientBase_ReachesTiesZerosReturnsAndNegativeRevenue()
    {
        Assert.Contains(Bases, b => NetRevenues(b).Where(r => r > 0m).GroupBy(r => r).Any(g => g.Count() > 1));
        Assert.Contains(Clients, c => c.Revenue == 0m && c.Base.SalesOf(c.Client.Id).IsEmpty);
        Assert.Contains(Clients, c => c.Revenue < 0m);
        Assert.Contains(Bases, b => b.Sales.Any(s => s.IsReturn));
        Assert.Contains(Bases, b => b.Sales.GroupBy(s => (s.ClientId, s.Date)).Any(g => g.Count() > 1));
    }

    [Fact]
    public void ClientBase_ReachesHugeValuesAndGaps()
    {
        Assert.Contains(Bases, b => b.Sales.Any(s => s.Amount >= 1_000_000_000m));
        Assert.Contains(Clients, c => HasGap(c.Base.SalesOf(c.Client.Id)));
        Assert.Contains(Bases, b => b.Sales.Any(s => s.Amount is > 0m and < 20m));
    }

    [Fact]
    public void ClientBase_ReachesEveryAttribute()
    {
        Assert.Contains(Clients, c => c.Client.DecisionMakers.Length == ClientBaseShape.Default.MaxDecisionMakers);
        Assert.Contains(Clients, c => c.Client.DecisionMakers.Length > FunnelDefinition.CountedDecisionMakersPerOrganisation);
        Assert.Contains(Clients, c => c.Client.IsOwnerless);
        Assert.Contains(Clients, c => c.Client.Flags == (ClientFlags.Partner | ClientFlags.Vip));
        Assert.Contains(Clients, c => !c.Client.HasContract);
        Assert.Contains(Clients, c => c.Client.HasContract && c.Client.ContractDate is null);
        Assert.Contains(Clients, c => c.Client.ContractDate == ClientBaseShape.Default.EndDay.AddDays(-1));
        Assert.Contains(Clients, c => c.Client.ContractDate == ClientBaseShape.Default.FirstDay.AddYears(-1));
        Assert.Contains(Clients, c => c.Client.Id.StartsWith('Ж'));
        Assert.Equal(Enum.GetValues<ContactKind>().Length, Bases.SelectMany(b => b.Contacts).Select(e => e.Kind).Distinct().Count());
        Assert.Equal(Enum.GetValues<ManagerRole>().Length, Bases.SelectMany(b => b.Managers).Select(m => m.Role).Distinct().Count());
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Shape_FixedClientCount_IsHonouredFromTheFirstTest()
    {
        var shape = new ClientBaseShape { MinClients = 7, MaxClients = 7 };
        Assert.All(SalesGenerators.SampleAcrossSizes(shape.ToGen(), 20), b => Assert.Equal(7, b.Clients.Length));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Shape_WithoutReturnsOrManagers_GivesNoReturnsNoOwnersNoContacts()
    {
        var shape = new ClientBaseShape { ReturnShare = 0d, MaxManagers = 0 };
        var bases = SalesGenerators.SampleAcrossSizes(shape.ToGen(), 50);
        Assert.All(bases, b => Assert.DoesNotContain(b.Sales, s => s.IsReturn));
        Assert.All(bases, b => Assert.True(b.Managers.IsEmpty && b.Contacts.IsEmpty && b.Clients.All(c => c.IsOwnerless)));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Shape_AllZeroMonths_GivesNoSales()
        => Assert.All(SalesGenerators.SampleAcrossSizes(new ClientBaseShape { ZeroMonthShare = 1d }.ToGen(), 30), b => Assert.Empty(b.Sales));

    [Trait("Category", "Slow")]
    [Fact]
    public void Shape_AllTies_GivesEveryClientTheFirstClientsRevenue()
    {
        var shape = new ClientBaseShape { TieShare = 1d, MinClients = 3 };
        Assert.All(SalesGenerators.SampleAcrossSizes(shape.ToGen(), 30), b => Assert.Single(NetRevenues(b).Distinct()));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Shape_Periods_BoundTheDates()
    {
        var shape = new ClientBaseShape { Periods = 2, FirstDay = new DateOnly(2025, 12, 15) };
        var sales = SalesGenerators.SampleAcrossSizes(shape.ToGen(), 30).SelectMany(b => b.Sales).ToList();
        Assert.NotEmpty(sales);
        Assert.All(sales, s => Assert.InRange(s.Date, new DateOnly(2025, 12, 15), new DateOnly(2026, 2, 14)));
    }

    [Theory]
    [InlineData(nameof(ClientBaseShape.ReturnShare))]
    [InlineData(nameof(ClientBaseShape.ZeroMonthShare))]
    [InlineData(nameof(ClientBaseShape.TieShare))]
    public void Shape_ShareOutsideZeroToOne_ThrowsNamingIt(string field)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => field switch
        {
            nameof(ClientBaseShape.ReturnShare) => new ClientBaseShape { ReturnShare = 1.5 },
            nameof(ClientBaseShape.ZeroMonthShare) => new ClientBaseShape { ZeroMonthShare = -0.1 },
            _ => new ClientBaseShape { TieShare = double.NaN },
        });
        Assert.Equal(field, e.ParamName);
    }

    [Fact]
    public void Shape_MoreDecisionMakersThanAllowed_Throws()
        => Assert.Equal(nameof(ClientBaseShape.MaxDecisionMakers),
            Assert.Throws<ArgumentOutOfRangeException>(() => new ClientBaseShape { MaxDecisionMakers = ClientBaseShape.MaxDecisionMakersLimit + 1 }).ParamName);

    [Fact]
    public void Shape_MinAboveMax_Throws()
        => Assert.Throws<ArgumentException>(() => new ClientBaseShape { MinClients = 5, MaxClients = 4 }.ToGen());

    [Trait("Category", "Slow")]
    [Fact]
    public void SalesBase_HasNoManagersAndEveryClientHasAContract()
    {
        var bases = SalesGenerators.SampleAcrossSizes(SalesGenerators.SalesBase(), 40);
        Assert.All(bases, b => Assert.True(b.Managers.IsEmpty && b.Clients.All(c => c.HasContract && c.DecisionMakers.IsEmpty)));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void PurchaseAmount_IsPositiveHeavyTailedWithCents()
    {
        var amounts = SalesGenerators.SampleAcrossSizes(SalesGenerators.PurchaseAmount(hugeShare: 0d), 2000);
        Assert.All(amounts, a => Assert.True(a > 0m && a == Math.Round(a, 2)));
        var sorted = amounts.OrderDescending().ToArray();
        var top20 = sorted.Take(sorted.Length / 5).Sum() / sorted.Sum();
        Assert.InRange(top20, 0.6m, 0.99m); // Pareto α = 1.16: the top fifth holds about 80 %
    }

    [Fact]
    public void StandAloneArbitraries_AreValid()
    {
        Assert.All(SalesGenerators.SampleAcrossSizes(SalesGenerators.Client(), 50), c => Assert.False(string.IsNullOrEmpty(c.Id)));
        Assert.All(SalesGenerators.SampleAcrossSizes(SalesGenerators.Sale(), 50), s => Assert.NotEqual(0m, s.Amount));
        Assert.All(SalesGenerators.SampleAcrossSizes(SalesGenerators.ContactEvent(), 50), e => Assert.Contains(e.ManagerId, new[] { "m0", "m1" }));
        Assert.All(SalesGenerators.SampleAcrossSizes(SalesGenerators.Manager(), 50), m => Assert.StartsWith("m", m.Id));
    }

    private static IEnumerable<decimal> NetRevenues(ClientBase b) => ClientBaseEdits.NetRevenue(b).Select(v => v.Value);

    private static bool HasGap(IReadOnlyList<Sale> sales)
    {
        var months = sales.Select(s => (s.Date.Year * 12) + s.Date.Month).Distinct().Order().ToArray();
        return months.Zip(months.Skip(1)).Any(p => p.Second - p.First > 1);
    }
}
