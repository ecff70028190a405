using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Testing;

/// <summary>
/// Edits of a <see cref="ClientBase"/> that keep it referentially valid (DOMAIN.md §1): every result is built by the
/// <see cref="ClientBase"/> constructor, so it passes the same integrity checks as the input.
/// </summary>
public static class ClientBaseEdits
{
    /// <summary>Net revenue per client: the sum of its sale amounts, returns included, in base order.</summary>
    public static IReadOnlyList<ClientValue> NetRevenue(ClientBase clientBase)
    {
        Guard.NotNull(clientBase);
        return [.. clientBase.Clients.Select(c => new ClientValue(c.Id, clientBase.SalesOf(c.Id).Sum(s => s.Amount)))];
    }

    /// <summary>A base with one client per value and one sale of that value (none for a zero value), dated <paramref name="date"/>.</summary>
    /// <param name="values">Client values with distinct, non-empty ids.</param>
    /// <param name="date">Date of the sales; <see cref="SalesGenerators.Epoch"/> when null.</param>
    public static ClientBase FromValues(IEnumerable<ClientValue> values, DateOnly? date = null)
    {
        var list = Guard.NotNull(values).ToArray();
        var day = date ?? SalesGenerators.Epoch;
        return new ClientBase(
            list.Select(v => new Client(v.ClientId) { HasContract = true }),
            [],
            list.Where(v => v.Value != 0m).Select(v => new Sale(v.ClientId, day, v.Value)),
            []);
    }

    /// <summary>The items in an order drawn from <paramref name="seed"/> (Fisher–Yates; the same seed gives the same order).</summary>
    public static T[] Shuffle<T>(IEnumerable<T> items, int seed)
    {
        var array = Guard.NotNull(items).ToArray();
        new Random(seed).Shuffle(array);
        return array;
    }

    /// <summary>
    /// The same base with clients, managers, sales and contacts each in an order drawn from <paramref name="seed"/>:
    /// any order-independent computation gives the same answer on both.
    /// </summary>
    public static ClientBase Shuffled(ClientBase clientBase, int seed)
    {
        Guard.NotNull(clientBase);
        var random = new Random(seed);
        return new ClientBase(
            Shuffle(clientBase.Clients, random.Next()),
            Shuffle(clientBase.Managers, random.Next()),
            Shuffle(clientBase.Sales, random.Next()),
            Shuffle(clientBase.Contacts, random.Next()));
    }

    /// <summary>The base with its sales replaced.</summary>
    /// <param name="clientBase">The base.</param>
    /// <param name="sales">The new sales; each must name a client (and manager, if any) of the base.</param>
    public static ClientBase WithSales(ClientBase clientBase, IEnumerable<Sale> sales)
    {
        Guard.NotNull(clientBase);
        return new ClientBase(clientBase.Clients, clientBase.Managers, sales, clientBase.Contacts);
    }

    /// <summary>The base with one more sale.</summary>
    public static ClientBase WithSale(ClientBase clientBase, Sale sale)
    {
        Guard.NotNull(sale);
        return WithSales(clientBase, Guard.NotNull(clientBase).Sales.Append(sale));
    }

    /// <summary>The base without the clients that match, together with their sales and contacts.</summary>
    public static ClientBase WithoutClients(ClientBase clientBase, Func<Client, bool> remove)
    {
        Guard.NotNull(clientBase);
        Guard.NotNull(remove);
        var kept = clientBase.Clients.Where(c => !remove(c)).ToArray();
        var ids = kept.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return new ClientBase(
            kept,
            clientBase.Managers,
            clientBase.Sales.Where(s => ids.Contains(s.ClientId)),
            clientBase.Contacts.Where(c => ids.Contains(c.ClientId)));
    }

    /// <summary>
    /// The base without the managers that match: their clients become ownerless, sales credited to them lose the
    /// credit, and their contact events go.
    /// </summary>
    public static ClientBase WithoutManagers(ClientBase clientBase, Func<Manager, bool> remove)
    {
        Guard.NotNull(clientBase);
        Guard.NotNull(remove);
        var gone = clientBase.Managers.Where(remove).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        bool IsGone(string? id) => id is not null && gone.Contains(id);
        return new ClientBase(
            clientBase.Clients.Select(c => IsGone(c.ManagerId) ? c with { ManagerId = null } : c),
            clientBase.Managers.Where(m => !gone.Contains(m.Id)),
            clientBase.Sales.Select(s => IsGone(s.ManagerId) ? s with { ManagerId = null } : s),
            clientBase.Contacts.Where(c => !gone.Contains(c.ManagerId)));
    }

    /// <summary>The date of the latest sale, or <paramref name="fallback"/> when the base has no sales.</summary>
    public static DateOnly LatestSaleDate(ClientBase clientBase, DateOnly fallback)
    {
        Guard.NotNull(clientBase);
        return clientBase.Sales.IsEmpty ? fallback : clientBase.Sales.Max(s => s.Date);
    }
}
