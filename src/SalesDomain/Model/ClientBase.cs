using System.Collections.Frozen;
using System.Collections.Immutable;

namespace SalesDomain.Model;

/// <summary>
/// The client base as one immutable aggregate (DOMAIN.md §1): clients, managers, sales and contact events, with
/// O(1) lookups by client and by manager. Construction checks referential integrity: ids are unique, every sale and
/// contact names a known client, every assigned or contacting manager is known.
/// </summary>
public sealed class ClientBase
{
    private readonly FrozenDictionary<string, int> _clientIndex;
    private readonly FrozenDictionary<string, Manager> _managers;
    private readonly FrozenDictionary<string, ImmutableArray<Client>> _clientsByManager;
    private readonly ImmutableArray<Sale>[] _salesByClient;
    private readonly ImmutableArray<ContactEvent>[] _contactsByClient;

    /// <summary>An empty base.</summary>
    public static ClientBase Empty { get; } = new([], [], [], []);

    /// <summary>Creates a base and checks its integrity.</summary>
    /// <param name="clients">Clients with unique ids.</param>
    /// <param name="managers">Managers with unique ids.</param>
    /// <param name="sales">Sales of the listed clients, in any order.</param>
    /// <param name="contacts">Contact events of the listed clients by the listed managers, in any order.</param>
    /// <exception cref="ArgumentException">An id repeats or a reference names an unknown client or manager.</exception>
    public ClientBase(
        IEnumerable<Client> clients,
        IEnumerable<Manager> managers,
        IEnumerable<Sale> sales,
        IEnumerable<ContactEvent> contacts)
    {
        Clients = [.. Guard.NotNull(clients)];
        Managers = [.. Guard.NotNull(managers)];
        Sales = [.. Guard.NotNull(sales)];
        Contacts = [.. Guard.NotNull(contacts)];

        var managerMap = new Dictionary<string, Manager>(Managers.Length, StringComparer.Ordinal);
        foreach (var manager in Managers)
        {
            Guard.NotNull(manager, nameof(managers));
            if (!managerMap.TryAdd(manager.Id, manager))
            {
                throw new ArgumentException($"Manager id '{manager.Id}' appears more than once.", nameof(managers));
            }
        }

        var index = new Dictionary<string, int>(Clients.Length, StringComparer.Ordinal);
        var byManager = new Dictionary<string, ImmutableArray<Client>.Builder>(StringComparer.Ordinal);
        for (var i = 0; i < Clients.Length; i++)
        {
            var client = Guard.NotNull(Clients[i], nameof(clients));
            if (!index.TryAdd(client.Id, i))
            {
                throw new ArgumentException($"Client id '{client.Id}' appears more than once.", nameof(clients));
            }

            if (client.ManagerId is { } managerId)
            {
                if (!managerMap.ContainsKey(managerId))
                {
                    throw new ArgumentException(
                        $"Client '{client.Id}' is assigned to unknown manager '{managerId}'.", nameof(clients));
                }

                if (!byManager.TryGetValue(managerId, out var list))
                {
                    byManager[managerId] = list = ImmutableArray.CreateBuilder<Client>();
                }

                list.Add(client);
            }
        }

        _clientIndex = index.ToFrozenDictionary(StringComparer.Ordinal);
        _managers = managerMap.ToFrozenDictionary(StringComparer.Ordinal);
        _clientsByManager = byManager.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutable(), StringComparer.Ordinal);
        _salesByClient = GroupByClient(Sales, s => s.ClientId, s => s.Date, nameof(sales));
        _contactsByClient = GroupByClient(Contacts, c => c.ClientId, c => c.Date, nameof(contacts));

        foreach (var contact in Contacts)
        {
            if (!_managers.ContainsKey(contact.ManagerId))
            {
                throw new ArgumentException(
                    $"Contact with client '{contact.ClientId}' on {contact.Date:yyyy-MM-dd} names unknown manager '{contact.ManagerId}'.",
                    nameof(contacts));
            }
        }

        foreach (var sale in Sales)
        {
            if (sale.ManagerId is { } m && !_managers.ContainsKey(m))
            {
                throw new ArgumentException(
                    $"Sale to client '{sale.ClientId}' on {sale.Date:yyyy-MM-dd} names unknown manager '{m}'.", nameof(sales));
            }
        }
    }

    /// <summary>
    /// Creates a base from sales alone: one client per distinct client id and one manager per distinct manager id
    /// (in order of first appearance; a manager named only by a sale is a <see cref="ManagerRole.Generalist"/> whose
    /// name is the id), no contacts; every client is taken to have a contract.
    /// </summary>
    /// <param name="sales">Sales in any order.</param>
    public static ClientBase FromSales(IEnumerable<Sale> sales)
    {
        var list = Guard.NotNull(sales).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var clients = new List<Client>();
        var managerIds = new HashSet<string>(StringComparer.Ordinal);
        var managers = new List<Manager>();
        foreach (var sale in list)
        {
            Guard.NotNull(sale, nameof(sales));
            if (seen.Add(sale.ClientId))
            {
                clients.Add(new Client(sale.ClientId) { HasContract = true });
            }

            if (sale.ManagerId is { } m && managerIds.Add(m))
            {
                managers.Add(new Manager(m, m, ManagerRole.Generalist));
            }
        }

        return new ClientBase(clients, managers, list, []);
    }

    /// <summary>All clients, in the order given.</summary>
    public ImmutableArray<Client> Clients { get; }

    /// <summary>All managers, in the order given.</summary>
    public ImmutableArray<Manager> Managers { get; }

    /// <summary>All sales, in the order given.</summary>
    public ImmutableArray<Sale> Sales { get; }

    /// <summary>All contact events, in the order given.</summary>
    public ImmutableArray<ContactEvent> Contacts { get; }

    /// <summary>Whether a client with this id is in the base.</summary>
    public bool Contains(string clientId) => _clientIndex.ContainsKey(Guard.NotNull(clientId));

    /// <summary>The client with this id.</summary>
    /// <exception cref="KeyNotFoundException">No such client.</exception>
    public Client GetClient(string clientId) => Clients[IndexOf(clientId)];

    /// <summary>Looks up a client by id.</summary>
    public bool TryGetClient(string clientId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Client? client)
    {
        if (_clientIndex.TryGetValue(Guard.NotNull(clientId), out var i))
        {
            client = Clients[i];
            return true;
        }

        client = null;
        return false;
    }

    /// <summary>Looks up a manager by id.</summary>
    public bool TryGetManager(string managerId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Manager? manager)
        => _managers.TryGetValue(Guard.NotNull(managerId), out manager);

    /// <summary>The sales of a client, ordered by date (stable for equal dates).</summary>
    public ImmutableArray<Sale> SalesOf(string clientId) => _salesByClient[IndexOf(clientId)];

    /// <summary>The sales of the client at a position of <see cref="Clients"/>, ordered by date (stable for equal dates).</summary>
    internal ImmutableArray<Sale> SalesAt(int index) => _salesByClient[index];

    /// <summary>The contact events of a client, ordered by date (stable for equal dates).</summary>
    public ImmutableArray<ContactEvent> ContactsOf(string clientId) => _contactsByClient[IndexOf(clientId)];

    /// <summary>The clients assigned to a manager, in base order; empty for an unknown manager or one with none.</summary>
    public ImmutableArray<Client> ClientsOf(string managerId)
        => _clientsByManager.TryGetValue(Guard.NotNull(managerId), out var list) ? list : [];

    /// <summary>Clients with no assigned manager.</summary>
    public IEnumerable<Client> OwnerlessClients => Clients.Where(c => c.IsOwnerless);

    private int IndexOf(string clientId) =>
        _clientIndex.TryGetValue(Guard.NotNull(clientId), out var i)
            ? i
            : throw new KeyNotFoundException($"Client '{clientId}' is not in the base.");

    private ImmutableArray<T>[] GroupByClient<T>(
        ImmutableArray<T> items, Func<T, string> clientOf, Func<T, DateOnly> dateOf, string paramName)
        where T : class
    {
        var builders = new ImmutableArray<T>.Builder?[Clients.Length];
        foreach (var item in items)
        {
            Guard.NotNull(item, paramName);
            var id = clientOf(item);
            if (!_clientIndex.TryGetValue(id, out var i))
            {
                throw new ArgumentException($"{typeof(T).Name} on {dateOf(item):yyyy-MM-dd} names unknown client '{id}'.", paramName);
            }

            (builders[i] ??= ImmutableArray.CreateBuilder<T>()).Add(item);
        }

        var result = new ImmutableArray<T>[Clients.Length];
        for (var i = 0; i < result.Length; i++)
        {
            if (builders[i] is { } b)
            {
                // OrderBy is stable: events on the same date keep their input order.
                result[i] = [.. b.OrderBy(dateOf)];
            }
            else
            {
                result[i] = [];
            }
        }

        return result;
    }
}
