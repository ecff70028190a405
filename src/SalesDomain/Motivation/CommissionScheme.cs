using System.Collections.Immutable;
using System.Globalization;

namespace SalesDomain.Motivation;

/// <summary>
/// Commission on assigned clients (DOMAIN.md §6, seed 004): the agent a client is assigned to earns
/// <see cref="Rate"/> × the client's net purchases of each month, whoever made the sale. JSON type <c>commission</c>.
/// </summary>
/// <remarks>
/// Per client c assigned to agent a (under the scheme) and month m with net revenue N = revenue(c, m): when N &gt; 0,
/// a payment of r × N; when N &lt; 0 (returns), a clawback of min(r × |N|, commission paid on c so far − clawed back
/// so far). Scaling every sale by λ ≥ 0 scales every line by λ (the commission is linear in sales).
/// </remarks>
/// <param name="Name">Name of the scheme; not empty.</param>
/// <param name="Rate">Commission rate as a share of net purchases; required.</param>
/// <param name="Agents">Agents under the scheme; null (default) for all.</param>
public sealed record CommissionScheme(string Name, decimal Rate, ImmutableArray<string>? Agents = null) : MotivationScheme(Name, Agents)
{
    /// <summary>The JSON <c>type</c> of this scheme.</summary>
    public const string TypeName = "commission";

    /// <inheritdoc />
    public override string Rule => TypeName;

    /// <summary>Commission rate r as a share of net purchases (0.05 = 5 %); required; within [0, 1].</summary>
    public decimal Rate { get; init => field = Guard.Share(value, nameof(Rate)); } = Guard.Share(Rate, nameof(Rate));

    /// <inheritdoc />
    internal override IEnumerable<PayoutLine> Evaluate(EvaluationContext context)
    {
        var outstanding = 0m;
        string? current = null;
        foreach (var (clientId, month, net) in context.ClientMonths)
        {
            var agent = context.Client(clientId).AgentId;
            if (agent is null || !Covers(agent))
            {
                continue;
            }

            if (clientId != current)
            {
                (current, outstanding) = (clientId, 0m);
            }

            if (net > 0m)
            {
                var commission = Rate * net;
                outstanding += commission;
                yield return Line(agent, month, PayoutLineKind.Payment, commission, string.Create(
                    CultureInfo.InvariantCulture,
                    $"net purchases {net:0.00##} of assigned client {clientId} in {month} × {Rate:P2}")) with { ClientId = clientId };
            }
            else if (net < 0m && outstanding > 0m)
            {
                var back = Math.Min(Rate * -net, outstanding);
                outstanding -= back;
                yield return Line(agent, month, PayoutLineKind.Clawback, -back, string.Create(
                    CultureInfo.InvariantCulture,
                    $"net returns {-net:0.00##} of assigned client {clientId} in {month} × {Rate:P2}, capped at the commission still unrecovered")) with { ClientId = clientId };
            }
        }
    }
}
