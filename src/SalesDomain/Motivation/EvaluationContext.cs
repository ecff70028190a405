using SalesDomain.Calendar;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace SalesDomain.Motivation;

/// <summary>Indexes over a <see cref="PayoutInput"/> that every scheme reads; built once per evaluation.</summary>
internal sealed class EvaluationContext
{
    private readonly FrozenDictionary<string, ClientAccount> _clients;
    private readonly Dictionary<(string Client, SalesMonth Month), decimal> _clientRevenue = [];
    private readonly Dictionary<(string Agent, SalesMonth Month), decimal> _agentRevenue = [];
    private readonly Dictionary<(string Agent, SalesMonth Month), int> _activeClients = [];
    private readonly Dictionary<(string Agent, SalesMonth Month), int> _activationCount = [];
    private readonly FrozenDictionary<string, ImmutableArray<SalesMonth>> _refusals;

    public EvaluationContext(PayoutInput input)
    {
        Input = input;
        Months = input.FirstMonth is { } first && input.AsOf is { } last ? [.. SalesMonth.Range(first, last)] : [];
        _clients = input.Clients.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        var agentClientRevenue = new Dictionary<(string Agent, string Client, SalesMonth Month), decimal>();
        foreach (var sale in input.Sales)
        {
            Add(_clientRevenue, (sale.ClientId, sale.Month), sale.Amount);
            if (sale.AgentId is { } agent)
            {
                Add(_agentRevenue, (agent, sale.Month), sale.Amount);
                Add(agentClientRevenue, (agent, sale.ClientId, sale.Month), sale.Amount);
            }
        }

        foreach (var ((agent, _, month), net) in agentClientRevenue)
        {
            if (net > 0m)
            {
                _activeClients[(agent, month)] = _activeClients.GetValueOrDefault((agent, month)) + 1;
            }
        }

        foreach (var activation in input.Activations)
        {
            var key = (activation.AgentId, activation.Month);
            _activationCount[key] = _activationCount.GetValueOrDefault(key) + 1;
        }

        // Stable sorts: events of the same month keep their input order.
        Activations = [.. input.Activations.OrderBy(a => a.Month)];
        ClientMonths = [.. _clientRevenue.Select(p => (p.Key.Client, p.Key.Month, p.Value))
            .OrderBy(p => p.Client, StringComparer.Ordinal).ThenBy(p => p.Month)];
        _refusals = input.Refusals.GroupBy(r => r.ClientId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(r => r.Month).Order().ToImmutableArray(), StringComparer.Ordinal);
    }

    public PayoutInput Input { get; }

    /// <summary>Every month from the first event to the as-of month.</summary>
    public ImmutableArray<SalesMonth> Months { get; }

    /// <summary>The last month whose events are known.</summary>
    public SalesMonth? AsOf => Input.AsOf;

    /// <summary>Activations by month, input order within a month.</summary>
    public ImmutableArray<Activation> Activations { get; }

    /// <summary>Each client's net revenue per month with any sale, by client id (ordinal) then month.</summary>
    public ImmutableArray<(string ClientId, SalesMonth Month, decimal Net)> ClientMonths { get; }

    public ClientAccount Client(string clientId) => _clients[clientId];

    /// <summary>The client's net revenue in the month over all agents; 0 without sales.</summary>
    public decimal ClientRevenue(string clientId, SalesMonth month) => _clientRevenue.GetValueOrDefault((clientId, month));

    /// <summary>The first refusal of the client in [<paramref name="from"/>, <paramref name="to"/>], if any.</summary>
    public SalesMonth? FirstRefusal(string clientId, SalesMonth from, SalesMonth to)
    {
        if (_refusals.TryGetValue(clientId, out var months))
        {
            foreach (var month in months)
            {
                if (month >= from && month <= to)
                {
                    return month;
                }
            }
        }

        return null;
    }

    /// <summary>The value of a metric for an agent in a month.</summary>
    public decimal Metric(MotivationMetric metric, string agentId, SalesMonth month) => metric switch
    {
        MotivationMetric.Revenue => _agentRevenue.GetValueOrDefault((agentId, month)),
        MotivationMetric.Activations => _activationCount.GetValueOrDefault((agentId, month)),
        MotivationMetric.ActiveClients => _activeClients.GetValueOrDefault((agentId, month)),
        _ => throw Guard.OutOfRange(nameof(metric), metric, "must be a defined MotivationMetric"),
    };

    /// <summary>Net revenue credited to the agent in the month.</summary>
    public decimal AgentRevenue(string agentId, SalesMonth month) => _agentRevenue.GetValueOrDefault((agentId, month));

    private static void Add<TKey>(Dictionary<TKey, decimal> map, TKey key, decimal amount)
        where TKey : notnull
        => map[key] = map.GetValueOrDefault(key) + amount;
}
