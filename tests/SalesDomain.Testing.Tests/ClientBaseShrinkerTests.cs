using SalesDomain.Model;
using SalesDomain.Testing;

namespace SalesDomain.Testing.Tests;

/// <summary>Shrinking keeps bases valid and always gets smaller (DOMAIN.md §1; docs/testing.md).</summary>
public class ClientBaseShrinkerTests
{
    private static readonly IReadOnlyList<ClientBase> Bases =
        SalesGenerators.SampleAcrossSizes(SalesGenerators.ClientBase(), 40, seed: 11).Where(b => b.Clients.Length > 0).ToArray();

    [Fact]
    public void Shrink_RemovingAClient_RemovesItsSalesAndContacts()
    {
        var b = Bases.Last();
        var victim = b.Clients[0];
        var without = ClientBaseShrinker.Shrink(b).First(c => c.Clients.Length == b.Clients.Length - 1 && !c.Contains(victim.Id));

        Assert.Equal(b.Sales.Length - b.SalesOf(victim.Id).Length, without.Sales.Length);
        Assert.Equal(b.Contacts.Length - b.ContactsOf(victim.Id).Length, without.Contacts.Length);
        Assert.Equal(b.Managers.Length, without.Managers.Length);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Shrink_NeverGoesBelowMinClients()
    {
        foreach (var b in Bases.Take(10))
        {
            var min = b.Clients.Length / 2;
            Assert.All(ClientBaseShrinker.Shrink(b, min).Take(200), c => Assert.True(c.Clients.Length >= min));
        }
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Shrink_CollapsingHistories_KeepsEveryClientsNetRevenue()
    {
        var b = Bases.First(x => x.Clients.Any(c => x.SalesOf(c.Id).Length > 1));
        var collapsed = ClientBaseShrinker.Shrink(b).First(c =>
            c.Clients.Length == b.Clients.Length && c.Clients.All(x => c.SalesOf(x.Id).Length <= 1) && c.Sales.Length < b.Sales.Length);

        Assert.Equal(ClientBaseEdits.NetRevenue(b), ClientBaseEdits.NetRevenue(collapsed));
    }

    [Fact]
    public void Shrink_TakingTheFirstCandidateRepeatedly_EndsAtTheSmallestBase()
    {
        foreach (var start in Bases.Take(10))
        {
            var b = start;
            for (var steps = 0; steps < 1000 && ClientBaseShrinker.Shrink(b, 1).FirstOrDefault() is { } next; steps++)
            {
                b = next;
            }

            Assert.Single(b.Clients);
            Assert.Empty(b.Managers);
            Assert.Empty(b.Contacts);
            Assert.True(b.Sales.Length <= 1 && b.Sales.All(s => s.Amount == 0m));
        }
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Shrink_EveryCandidateOfEverySampledBase_IsAValidSmallerBase()
    {
        foreach (var b in Bases)
        {
            foreach (var candidate in ClientBaseShrinker.Shrink(b).Take(100))
            {
                // Valid by construction (the ClientBase constructor checks integrity); never larger in any part.
                Assert.True(candidate.Clients.Length <= b.Clients.Length && candidate.Sales.Length <= b.Sales.Length
                    && candidate.Contacts.Length <= b.Contacts.Length && candidate.Managers.Length <= b.Managers.Length);
                Assert.NotEqual(Weight(b), Weight(candidate));
            }
        }
    }

    [Fact]
    public void Counterexamples_ShrinkANegativeClientToOneClientWithOneReturnOfOne()
    {
        var shape = new ClientBaseShape { ReturnShare = 0.5 };
        var found = Counterexamples.Find(
            shape.ToArbitrary(),
            b => [.. ClientBaseEdits.NetRevenue(b).Where(v => v.Value < 0m).Select(v => new InvariantViolation("NoNegative", v.ClientId))]);

        Assert.NotNull(found);
        Assert.Single(found.Shrunk.Clients);
        Assert.Equal(-1m, Assert.Single(found.Shrunk.Sales).Amount);
        Assert.True(found.Shrinks > 0);
        Assert.True(found.Original.Sales.Length >= found.Shrunk.Sales.Length);
    }

    private static (int, int, int, int, decimal, int) Weight(ClientBase b) =>
        (b.Clients.Length, b.Managers.Length, b.Contacts.Length, b.Sales.Length, b.Sales.Sum(s => Math.Abs(s.Amount)),
         b.Clients.Sum(c => c.DecisionMakers.Length + (c == c with { Flags = ClientFlags.None, Channel = "", Region = "", Industry = "", Potential = null, Name = c.Id } ? 0 : 1)));
}
