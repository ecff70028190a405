using SalesDomain.Model;

namespace SalesDomain.Testing;

/// <summary>
/// Shrinks a <see cref="ClientBase"/> towards a smaller base that is still valid: every candidate is built through
/// <see cref="ClientBaseEdits"/>, so a client always leaves together with its sales and contacts and a manager's
/// clients become ownerless when the manager goes. Candidates come largest step first, which FsCheck tries in order:
/// <list type="number">
/// <item>drop half of the clients (either half), then each client alone;</item>
/// <item>drop every contact event, then every manager;</item>
/// <item>collapse each client's history into one sale of its net amount (revenue is kept, periods are not);</item>
/// <item>drop each sale alone;</item>
/// <item>simplify every amount at once (keeping ties), then each alone: to a whole number, then halved;</item>
/// <item>strip client attributes (decision makers, flags, channel, region, industry, potential).</item>
/// </list>
/// </summary>
public static class ClientBaseShrinker
{
    /// <summary>Candidates smaller than <paramref name="clientBase"/>, largest step first.</summary>
    /// <param name="clientBase">The base to shrink.</param>
    /// <param name="minClients">Never propose a base with fewer clients; default 0.</param>
    public static IEnumerable<ClientBase> Shrink(ClientBase clientBase, int minClients = 0)
    {
        Guard.NotNull(clientBase);
        Guard.NotNegative(minClients);
        return ShrinkCore(clientBase, minClients);
    }

    private static IEnumerable<ClientBase> ShrinkCore(ClientBase b, int minClients)
    {
        var clients = b.Clients;
        if (clients.Length / 2 >= minClients && clients.Length > 1)
        {
            var half = clients.Length / 2;
            var firstHalf = clients.Take(half).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            yield return ClientBaseEdits.WithoutClients(b, c => firstHalf.Contains(c.Id));
            yield return ClientBaseEdits.WithoutClients(b, c => !firstHalf.Contains(c.Id));
        }

        if (clients.Length > minClients)
        {
            foreach (var client in clients)
            {
                yield return ClientBaseEdits.WithoutClients(b, c => c.Id == client.Id);
            }
        }

        if (!b.Contacts.IsEmpty)
        {
            yield return new ClientBase(b.Clients, b.Managers, b.Sales, []);
        }

        foreach (var manager in b.Managers)
        {
            yield return ClientBaseEdits.WithoutManagers(b, m => m.Id == manager.Id);
        }

        if (clients.Any(c => Collapses(b.SalesOf(c.Id))))
        {
            yield return ClientBaseEdits.WithSales(b, clients.SelectMany(c => Collapse(b.SalesOf(c.Id))));
        }

        for (var i = 0; i < b.Sales.Length; i++)
        {
            yield return ClientBaseEdits.WithSales(b, b.Sales.RemoveAt(i));
        }

        if (b.Sales.Any(s => Simpler(s.Amount) != s.Amount))
        {
            // All amounts at once first: keeps ties between clients that single-sale steps would break.
            yield return ClientBaseEdits.WithSales(b, b.Sales.Select(s => s with { Amount = Simpler(s.Amount), Profit = null }));
        }

        for (var i = 0; i < b.Sales.Length; i++)
        {
            var amount = b.Sales[i].Amount;
            var simpler = Simpler(amount);
            if (simpler != amount)
            {
                yield return ClientBaseEdits.WithSales(b, b.Sales.SetItem(i, b.Sales[i] with { Amount = simpler, Profit = null }));
            }
        }

        if (clients.Any(c => c != Plain(c)))
        {
            yield return new ClientBase(clients.Select(Plain), b.Managers, b.Sales, b.Contacts.Select(e => e with { DecisionMakerId = null }));
        }
    }

    private static decimal Simpler(decimal amount) =>
        amount != Math.Truncate(amount) ? Math.Truncate(amount) : Math.Truncate(amount / 2m);

    /// <summary>Whether a client's sales collapse into one: more than one, with a net amount within ±10¹⁵ (<see cref="Money"/>).</summary>
    private static bool Collapses(IReadOnlyList<Sale> sales) => sales.Count > 1 && Money.IsInRange(sales.Sum(s => s.Amount));

    private static IEnumerable<Sale> Collapse(IReadOnlyList<Sale> sales) => Collapses(sales)
        ? [sales[^1] with { Amount = sales.Sum(s => s.Amount), Profit = null, Quantity = null }]
        : sales;

    private static Client Plain(Client c) => c with
    {
        Name = c.Id, Channel = "", Region = "", Industry = "", Flags = ClientFlags.None, Potential = null, DecisionMakers = [],
    };
}
