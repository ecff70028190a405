namespace SalesDomain.Motivation;

/// <summary>
/// Evaluates motivation schemes (DOMAIN.md §6; docs/motivation.md in the repository): a pure function from the schemes, the agents, the
/// clients and the period's events to a <see cref="PayoutStatement"/>. No clock, no I/O: the same input gives the same
/// statement.
/// </summary>
public static class PayoutEngine
{
    /// <summary>The scheme name of manual adjustment lines.</summary>
    public const string ManualScheme = "manual";

    /// <summary>The rule name of manual adjustment lines.</summary>
    public const string AdjustmentRule = "adjustment";

    /// <summary>Evaluates every scheme of the set over the input and adds the manual adjustments.</summary>
    /// <param name="schemes">The schemes in force; each is evaluated independently (an agent may be under several).</param>
    /// <param name="input">Agents, clients and events up to the as-of month.</param>
    /// <exception cref="ArgumentOutOfRangeException">A payout or a total exceeds <see cref="decimal"/>; the message names the scheme.</exception>
    /// <returns>Every line, ordered by agent id (ordinal), month, scheme order, then event order; with summaries.</returns>
    public static PayoutStatement Evaluate(SchemeSet schemes, PayoutInput input)
    {
        Guard.NotNull(schemes);
        Guard.NotNull(input);
        var context = Model.Money.Checked(() => new EvaluationContext(input), nameof(input), "The revenue of a client or agent in a month");
        var lines = schemes.Schemes
            .SelectMany((scheme, order) => Model.Money.Checked(
                () => scheme.Evaluate(context).ToList(), nameof(schemes), $"A payout of scheme '{scheme.Name}'")
                .Select(line => (Line: line, Order: order)))
            .Concat(input.Adjustments.Select(a => (Line: Adjust(a), Order: schemes.Schemes.Length)))
            .OrderBy(p => p.Line.AgentId, StringComparer.Ordinal)
            .ThenBy(p => p.Line.Month)
            .ThenBy(p => p.Order)
            .Select(p => p.Line);
        var ordered = lines.ToList();
        return Model.Money.Checked(() => new PayoutStatement(input, [.. ordered]), nameof(schemes), "A total of the payout statement");
    }

    /// <summary>Evaluates the schemes (at least one, names unique) over the input.</summary>
    /// <param name="schemes">The schemes in force.</param>
    /// <param name="input">Agents, clients and events up to the as-of month.</param>
    public static PayoutStatement Evaluate(IEnumerable<MotivationScheme> schemes, PayoutInput input)
        => Evaluate(new SchemeSet(Guard.NotNull(schemes)), input);

    private static PayoutLine Adjust(PayoutAdjustment adjustment)
        => new(adjustment.AgentId, adjustment.Month, PayoutLineKind.Adjustment, adjustment.Amount, ManualScheme, AdjustmentRule, adjustment.Reason);
}
