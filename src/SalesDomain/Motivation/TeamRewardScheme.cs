using SalesDomain.Calendar;
using System.Collections.Immutable;
using System.Globalization;

namespace SalesDomain.Motivation;

/// <summary>
/// Team reward (DOMAIN.md §6, seed 002): each month the best team by a metric gets a collective non-cash reward
/// (bowling, a paid weekend…), recorded at its cost. JSON type <c>team-reward</c>.
/// </summary>
/// <remarks>
/// For each month m, the value of team T is Σ over its members (agents under the scheme with that team) of
/// <see cref="Metric"/>(agent, m), divided by the number of members when <see cref="PerMember"/>. The teams with the
/// highest value win, provided it is &gt; 0 (ties: every tied team wins). Each winning team's <see cref="Cost"/> is
/// split among its members in whole cents (members in ordinal id order; the last takes the remainder) and booked as
/// <see cref="PayoutLineKind.Accrual"/> lines. Agents without a team take no part.
/// </remarks>
/// <param name="Name">Name of the scheme; not empty.</param>
/// <param name="Reward">What the winners get; required.</param>
/// <param name="Cost">Cost of the reward per winning team per month; required.</param>
/// <param name="Metric">The metric teams are compared by; default revenue.</param>
/// <param name="PerMember">Compare per-member averages; default false.</param>
/// <param name="Agents">Agents under the scheme; null (default) for all.</param>
public sealed record TeamRewardScheme(
    string Name,
    string Reward,
    decimal Cost,
    MotivationMetric Metric = MotivationMetric.Revenue,
    bool PerMember = false,
    ImmutableArray<string>? Agents = null)
    : MotivationScheme(Name, Agents)
{
    /// <summary>The JSON <c>type</c> of this scheme.</summary>
    public const string TypeName = "team-reward";

    /// <inheritdoc />
    public override string Rule => TypeName;

    /// <summary>The metric teams are compared by; default <see cref="MotivationMetric.Revenue"/>.</summary>
    public MotivationMetric Metric { get; init => field = Guard.Defined(value, nameof(Metric)); } = Guard.Defined(Metric, nameof(Metric));

    /// <summary>Whether to compare the per-member average instead of the team total; default false.</summary>
    public bool PerMember { get; init; } = PerMember;

    /// <summary>What the winners get (e.g. "bowling night"); required; not empty.</summary>
    public string Reward { get; init => field = Guard.NotEmpty(value, nameof(Reward)); } = Guard.NotEmpty(Reward, nameof(Reward));

    /// <summary>Cost of the reward per winning team per month in the base currency; required; ≥ 0.</summary>
    public decimal Cost { get; init => field = Model.Money.NonNegativeAmount(value, nameof(Cost)); } = Model.Money.NonNegativeAmount(Cost, nameof(Cost));

    /// <summary>The winning teams of a month with their value; empty when no team has a positive value.</summary>
    internal IReadOnlyList<(string Team, decimal Value, string[] Members)> Winners(EvaluationContext context, SalesMonth month)
    {
        var teams = context.Input.Agents.Where(a => a.HasTeam && Covers(a.Id))
            .GroupBy(a => a.Team, StringComparer.Ordinal)
            .Select(g =>
            {
                var members = g.Select(a => a.Id).Order(StringComparer.Ordinal).ToArray();
                var total = members.Sum(id => context.Metric(Metric, id, month));
                return (Team: g.Key, Value: PerMember ? total / members.Length : total, Members: members);
            })
            .ToList();
        var best = teams.Count > 0 ? teams.Max(t => t.Value) : 0m;
        return best > 0m ? [.. teams.Where(t => t.Value == best).OrderBy(t => t.Team, StringComparer.Ordinal)] : [];
    }

    /// <inheritdoc />
    internal override IEnumerable<PayoutLine> Evaluate(EvaluationContext context)
    {
        foreach (var month in context.Months)
        {
            foreach (var (team, value, members) in Winners(context, month))
            {
                var share = Math.Floor(Cost * 100m / members.Length) / 100m;
                for (var i = 0; i < members.Length; i++)
                {
                    var amount = i < members.Length - 1 ? share : Cost - (share * (members.Length - 1));
                    yield return Line(members[i], month, PayoutLineKind.Accrual, amount, string.Create(
                        CultureInfo.InvariantCulture,
                        $"team {team} best of {month} by {Metric}{(PerMember ? " per member" : string.Empty)} ({value:0.##}): '{Reward}' costing {Cost:0.00##} shared by {members.Length} member(s)"));
                }
            }
        }
    }
}
