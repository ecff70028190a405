using SalesDomain.Calendar;
using System.Collections.Immutable;
using SalesDomain.Model;

namespace SalesDomain.Motivation;

/// <summary>
/// Everything a payout evaluation reads (DOMAIN.md §6): the agents, the clients and the events of the period — sales,
/// activations, refusals and manual adjustments — up to an as-of month. Immutable; construction checks that ids are
/// unique, that every event names a known agent and client, and that no event is later than <see cref="AsOf"/>.
/// </summary>
public sealed class PayoutInput
{
    /// <summary>Creates the input and checks its integrity.</summary>
    /// <param name="agents">Agents with unique ids.</param>
    /// <param name="clients">Clients with unique ids; an assigned agent must be listed.</param>
    /// <param name="sales">Monthly sales of listed clients credited to listed agents.</param>
    /// <param name="activations">Activations of listed clients by listed agents.</param>
    /// <param name="refusals">Refusals of listed clients; none when null.</param>
    /// <param name="adjustments">Manual corrections for listed agents; none when null.</param>
    /// <param name="asOf">
    /// The last month whose events are known; default the latest month of any event. Renewal windows that reach past it
    /// are pending (neither renewed nor failed).
    /// </param>
    /// <exception cref="ArgumentException">An id repeats, an event names an unknown agent or client, or an event is later than <paramref name="asOf"/>.</exception>
    public PayoutInput(
        IEnumerable<Agent> agents,
        IEnumerable<ClientAccount> clients,
        IEnumerable<MonthlySale> sales,
        IEnumerable<Activation> activations,
        IEnumerable<Refusal>? refusals = null,
        IEnumerable<PayoutAdjustment>? adjustments = null,
        SalesMonth? asOf = null)
    {
        Agents = [.. Guard.NotNull(agents)];
        Clients = [.. Guard.NotNull(clients)];
        Sales = [.. Guard.NotNull(sales)];
        Activations = [.. Guard.NotNull(activations)];
        Refusals = refusals is null ? [] : [.. refusals];
        Adjustments = adjustments is null ? [] : [.. adjustments];

        var agentIds = UniqueIds(Agents, a => a.Id, nameof(agents));
        var clientIds = UniqueIds(Clients, c => c.Id, nameof(clients));
        foreach (var client in Clients)
        {
            if (client.AgentId is { } a && !agentIds.Contains(a))
            {
                throw new ArgumentException($"Client '{client.Id}' is assigned to unknown agent '{a}'.", nameof(clients));
            }
        }

        Check(Sales, s => s.AgentId, s => s.ClientId, s => s.Month, agentIds, clientIds, nameof(sales));
        Check(Activations, a => a.AgentId, a => a.ClientId, a => a.Month, agentIds, clientIds, nameof(activations));
        Check(Refusals, _ => null, r => r.ClientId, r => r.Month, agentIds, clientIds, nameof(refusals));
        Check(Adjustments, a => a.AgentId, _ => null, a => a.Month, agentIds, clientIds, nameof(adjustments));

        var months = Sales.Select(s => s.Month).Concat(Activations.Select(a => a.Month))
            .Concat(Refusals.Select(r => r.Month)).Concat(Adjustments.Select(a => a.Month)).ToList();
        FirstMonth = months.Count > 0 ? months.Min() : asOf;
        var latest = months.Count > 0 ? months.Max() : (SalesMonth?)null;
        AsOf = asOf ?? latest;
        if (asOf is { } limit && latest is { } last && last > limit)
        {
            throw new ArgumentException($"An event is dated {last}, after the as-of month {limit}.", nameof(asOf));
        }

        if (FirstMonth > AsOf)
        {
            FirstMonth = AsOf;
        }
    }

    /// <summary>Agents, in the order given.</summary>
    public ImmutableArray<Agent> Agents { get; }

    /// <summary>Clients, in the order given.</summary>
    public ImmutableArray<ClientAccount> Clients { get; }

    /// <summary>Monthly sales, in the order given.</summary>
    public ImmutableArray<MonthlySale> Sales { get; }

    /// <summary>Activations, in the order given.</summary>
    public ImmutableArray<Activation> Activations { get; }

    /// <summary>Refusals, in the order given.</summary>
    public ImmutableArray<Refusal> Refusals { get; }

    /// <summary>Manual adjustments, in the order given.</summary>
    public ImmutableArray<PayoutAdjustment> Adjustments { get; }

    /// <summary>The earliest month of any event; null when there are no events and no as-of month.</summary>
    public SalesMonth? FirstMonth { get; }

    /// <summary>The last month whose events are known; null when there are no events and no as-of month.</summary>
    public SalesMonth? AsOf { get; }

    /// <summary>
    /// Builds an input from sales alone (docs/motivation.md in the repository, "Input from sales"): agents and clients missing from
    /// <paramref name="agents"/> and <paramref name="clients"/> are derived, and activations are derived from the sales
    /// by <paramref name="activationRule"/> unless <paramref name="activations"/> are given.
    /// </summary>
    /// <remarks>
    /// A derived activation is a client's purchase month (net revenue over all agents &gt; 0) that
    /// <see cref="ActivationRule.IsActivation"/> accepts, credited to the agent of the first sale with a positive amount
    /// in that month (input order); when no sale of that month is credited, nobody activated the client. A derived
    /// client is assigned to the agent of its first activation, or else to the agent of its first credited sale, or
    /// else to none. A derived agent has no team.
    /// </remarks>
    /// <param name="sales">Monthly sales in any order.</param>
    /// <param name="agents">Known agents (with teams); others are derived; none when null.</param>
    /// <param name="clients">Known clients (with assignment and grading attributes); others are derived; none when null.</param>
    /// <param name="asOf">The as-of month; default the latest sales month.</param>
    /// <param name="activationRule">How activations are derived; <see cref="ActivationRule.Default"/> (12 months without a purchase, after 12 months of history) when null.</param>
    /// <param name="activations">Activations marked in the data; when given (even empty) none are derived.</param>
    /// <param name="refusals">Refusals marked in the data; none when null.</param>
    public static PayoutInput FromSales(
        IEnumerable<MonthlySale> sales,
        IEnumerable<Agent>? agents = null,
        IEnumerable<ClientAccount>? clients = null,
        SalesMonth? asOf = null,
        ActivationRule? activationRule = null,
        IEnumerable<Activation>? activations = null,
        IEnumerable<Refusal>? refusals = null)
    {
        activationRule ??= ActivationRule.Default;
        var list = Guard.NotNull(sales).ToList();
        var agentList = agents?.Select(a => Guard.NotNull(a, nameof(agents))).ToList() ?? [];
        var clientList = clients?.Select(c => Guard.NotNull(c, nameof(clients))).ToList() ?? [];
        var knownAgents = agentList.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var sale in list)
        {
            Guard.NotNull(sale, nameof(sales));
            if (sale.AgentId is { } agent && knownAgents.Add(agent))
            {
                agentList.Add(new Agent(agent));
            }
        }

        var marked = activations?.ToList();
        var activationList = marked ?? [];
        var firstMonth = list.Count == 0 ? default : list.Min(s => s.Month);
        var knownClients = clientList.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var byClient in list.Select((s, i) => (Sale: s, Order: i)).GroupBy(p => p.Sale.ClientId, StringComparer.Ordinal))
        {
            var ordered = byClient.OrderBy(p => p.Sale.Month).ThenBy(p => p.Order).Select(p => p.Sale).ToList();
            var months = ordered.GroupBy(s => s.Month).ToList();
            var purchaseMonths = months.Where(g => PurchaseDays.IsPurchaseDay(g.Sum(s => s.Amount))).Select(g => g.Key).ToHashSet();
            string? firstActivator = null;
            foreach (var month in months.Where(g => marked is null && activationRule.IsActivation(purchaseMonths, g.Key, firstMonth)))
            {
                if (month.FirstOrDefault(s => s.Amount > 0m && s.AgentId is not null)?.AgentId is { } activator)
                {
                    activationList.Add(new Activation(activator, byClient.Key, month.Key));
                    firstActivator ??= activator;
                }
            }

            firstActivator ??= marked?.FirstOrDefault(a => a.ClientId == byClient.Key)?.AgentId;
            if (knownClients.Add(byClient.Key))
            {
                clientList.Add(new ClientAccount(byClient.Key, firstActivator ?? ordered.FirstOrDefault(s => s.AgentId is not null)?.AgentId));
            }
        }

        return new PayoutInput(agentList, clientList, list, activationList, refusals, asOf: asOf);
    }

    /// <summary>
    /// Builds an input from a client base (DOMAIN.md §1): managers become agents (with their teams), clients keep their
    /// assigned manager and use their sales channel as outlet type, and each sale is credited to its own manager or,
    /// when it names none, to the client's; a sale of an ownerless client with no manager is uncredited. Activations
    /// are derived as in <see cref="FromSales"/>, with sales taken in date order.
    /// </summary>
    /// <param name="clientBase">The base.</param>
    /// <param name="asOf">The as-of month; default the latest sales month.</param>
    /// <param name="classOf">The client class for grading (e.g. its ABC class); empty for every client when null.</param>
    /// <param name="activationRule">How activations are derived; <see cref="ActivationRule.Default"/> when null.</param>
    public static PayoutInput FromClientBase(
        ClientBase clientBase, SalesMonth? asOf = null, Func<Client, string>? classOf = null, ActivationRule? activationRule = null)
    {
        Guard.NotNull(clientBase);
        var agents = clientBase.Managers.Select(m => new Agent(m.Id, m.Team));
        var clients = clientBase.Clients.Select(c => new ClientAccount(c.Id, c.ManagerId)
        {
            OutletType = c.Channel,
            ClientClass = classOf?.Invoke(c) ?? string.Empty,
        }).ToList();
        var ownerOf = clients.ToDictionary(c => c.Id, c => c.AgentId, StringComparer.Ordinal);
        var sales = clientBase.Sales.OrderBy(s => s.Date)
            .Select(s => new MonthlySale(s.ManagerId ?? ownerOf[s.ClientId], s.ClientId, SalesMonth.Of(s.Date), s.Amount));
        return FromSales(sales, agents, clients, asOf, activationRule);
    }

    private static HashSet<string> UniqueIds<T>(ImmutableArray<T> items, Func<T, string> idOf, string paramName)
        where T : class
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            Guard.NotNull(item, paramName);
            if (!ids.Add(idOf(item)))
            {
                throw new ArgumentException($"Id '{idOf(item)}' appears more than once in {paramName}.", paramName);
            }
        }

        return ids;
    }

    private static void Check<T>(
        ImmutableArray<T> events,
        Func<T, string?> agentOf,
        Func<T, string?> clientOf,
        Func<T, SalesMonth> monthOf,
        HashSet<string> agentIds,
        HashSet<string> clientIds,
        string paramName)
        where T : class
    {
        foreach (var item in events)
        {
            Guard.NotNull(item, paramName);
            if (agentOf(item) is { } agent && !agentIds.Contains(agent))
            {
                throw new ArgumentException($"{typeof(T).Name} in {monthOf(item)} names unknown agent '{agent}'.", paramName);
            }

            if (clientOf(item) is { } client && !clientIds.Contains(client))
            {
                throw new ArgumentException($"{typeof(T).Name} in {monthOf(item)} names unknown client '{client}'.", paramName);
            }
        }
    }
}
