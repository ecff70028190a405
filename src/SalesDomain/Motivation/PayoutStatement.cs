using SalesDomain.Calendar;
using System.Collections.Immutable;

namespace SalesDomain.Motivation;

/// <summary>The lines of one agent in one month with their totals (revenue = the agent's credited net sales).</summary>
/// <param name="AgentId">The agent.</param>
/// <param name="Month">The month.</param>
/// <param name="Lines">The lines, in scheme order.</param>
/// <param name="Totals">Their totals.</param>
public sealed record AgentMonthStatement(string AgentId, SalesMonth Month, ImmutableArray<PayoutLine> Lines, PayoutTotals Totals)
{
    /// <summary>
    /// Whether the two are equal by content: <see cref="Lines"/> element by element in order; the other values equal.
    /// </summary>
    public bool Equals(AgentMonthStatement? other) =>
        other is not null && AgentId == other.AgentId && Month == other.Month
        && ContentEquality.Sequence(Lines, other.Lines) && Totals == other.Totals;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ContentEquality.SequenceHash(Lines), AgentId, Month, Totals);
}

/// <summary>The cost of one scheme in one month (revenue = all net sales of the month).</summary>
/// <param name="Scheme">The scheme name.</param>
/// <param name="Month">The month.</param>
/// <param name="Totals">The scheme's totals in the month.</param>
public sealed record SchemeMonthCost(string Scheme, SalesMonth Month, PayoutTotals Totals);

/// <summary>
/// The result of <see cref="PayoutEngine.Evaluate(SchemeSet, PayoutInput)"/> (DOMAIN.md §6): every line, and the
/// summaries — per agent and month, per agent, per team, per scheme and month — with paid vs clawed back and payout ratios.
/// </summary>
/// <remarks>
/// A class over its input, compared by reference; compare <see cref="Lines"/> and <see cref="ByAgentMonth"/> (records
/// that compare by content) for content.
/// </remarks>
public sealed class PayoutStatement
{
    private readonly PayoutInput _input;
    private readonly Dictionary<string, decimal> _agentRevenue = new(StringComparer.Ordinal);
    private readonly Dictionary<SalesMonth, decimal> _monthRevenue = [];
    private readonly Dictionary<(string Agent, SalesMonth Month), decimal> _agentMonthRevenue = [];

    internal PayoutStatement(PayoutInput input, ImmutableArray<PayoutLine> lines)
    {
        _input = input;
        Lines = lines;
        foreach (var sale in input.Sales)
        {
            _monthRevenue[sale.Month] = _monthRevenue.GetValueOrDefault(sale.Month) + sale.Amount;
            if (sale.AgentId is { } agent)
            {
                _agentRevenue[agent] = _agentRevenue.GetValueOrDefault(agent) + sale.Amount;
                _agentMonthRevenue[(agent, sale.Month)] = _agentMonthRevenue.GetValueOrDefault((agent, sale.Month)) + sale.Amount;
            }
        }

        Revenue = input.Sales.Sum(s => s.Amount);
        Totals = PayoutTotals.Of(lines, Revenue);
        ByAgentMonth = [.. lines.GroupBy(l => (l.AgentId, l.Month)).Select(g => new AgentMonthStatement(
            g.Key.AgentId, g.Key.Month, [.. g], PayoutTotals.Of(g, _agentMonthRevenue.GetValueOrDefault(g.Key))))];
    }

    /// <summary>The input the statement was evaluated over (for its JSON form).</summary>
    internal PayoutInput Input => _input;

    /// <summary>Every line, ordered by agent id (ordinal), month, scheme order, then event order.</summary>
    public ImmutableArray<PayoutLine> Lines { get; }

    /// <summary>The first month of the input's events; null when there are none.</summary>
    public SalesMonth? FirstMonth => _input.FirstMonth;

    /// <summary>The as-of month of the input; null when there are no events.</summary>
    public SalesMonth? AsOf => _input.AsOf;

    /// <summary>Net revenue of all sales.</summary>
    public decimal Revenue { get; }

    /// <summary>Totals of all lines against all revenue.</summary>
    public PayoutTotals Totals { get; }

    /// <summary>Each agent's lines per month (only agent-months with lines), in line order.</summary>
    public ImmutableArray<AgentMonthStatement> ByAgentMonth { get; }

    /// <summary>Totals per agent (every agent of the input, with or without lines); revenue = credited net sales.</summary>
    public IReadOnlyDictionary<string, PayoutTotals> ByAgent()
    {
        var lines = Lines.ToLookup(l => l.AgentId, StringComparer.Ordinal);
        return _input.Agents.ToDictionary(
            a => a.Id,
            a => PayoutTotals.Of(lines[a.Id], _agentRevenue.GetValueOrDefault(a.Id)),
            StringComparer.Ordinal);
    }

    /// <summary>Totals per team (agents without a team are left out); revenue = the members' credited net sales.</summary>
    public IReadOnlyDictionary<string, PayoutTotals> ByTeam()
    {
        var teamOf = _input.Agents.Where(a => a.HasTeam).ToDictionary(a => a.Id, a => a.Team, StringComparer.Ordinal);
        var lines = Lines.Where(l => teamOf.ContainsKey(l.AgentId)).ToLookup(l => teamOf[l.AgentId], StringComparer.Ordinal);
        return teamOf.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToDictionary(
            team => team,
            team => PayoutTotals.Of(lines[team], teamOf.Where(p => p.Value == team).Sum(p => _agentRevenue.GetValueOrDefault(p.Key))),
            StringComparer.Ordinal);
    }

    /// <summary>Totals per scheme (manual adjustments under <c>manual</c>); revenue = all net sales.</summary>
    public IReadOnlyDictionary<string, PayoutTotals> ByScheme()
        => Lines.GroupBy(l => l.Scheme, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => PayoutTotals.Of(g, Revenue), StringComparer.Ordinal);

    /// <summary>The cost of each scheme in each month with lines, by month then scheme name; revenue = the month's net sales.</summary>
    public ImmutableArray<SchemeMonthCost> BySchemeMonth()
        => [.. Lines.GroupBy(l => (l.Scheme, l.Month))
            .OrderBy(g => g.Key.Month).ThenBy(g => g.Key.Scheme, StringComparer.Ordinal)
            .Select(g => new SchemeMonthCost(g.Key.Scheme, g.Key.Month, PayoutTotals.Of(g, _monthRevenue.GetValueOrDefault(g.Key.Month))))];
}
