using SalesDomain.Calendar;
using System.Collections.Immutable;
using System.Globalization;

namespace SalesDomain.Motivation;

/// <summary>
/// Rotating focus metric (DOMAIN.md §6, seed 002): part of pay is tied to one metric that changes every 1–3 months
/// by a plan, so that agents build a habit for each metric in turn. JSON type <c>rotating-focus</c>.
/// </summary>
/// <remarks>
/// For each agent under the scheme and each month m inside a plan period p: a payment of
/// p.Amount × min(1, max(0, metric(agent, m)) ÷ p.Target), rounded to cents (half to even). Months outside every period pay no focus part.
/// The plan's periods must not overlap; gaps are allowed.
/// </remarks>
/// <param name="Name">Name of the scheme; not empty.</param>
/// <param name="Plan">The focus periods; required; at least one; no overlaps.</param>
/// <param name="Agents">Agents under the scheme; null (default) for all.</param>
public sealed record RotatingFocusScheme(string Name, ImmutableArray<FocusPeriod> Plan, ImmutableArray<string>? Agents = null)
    : MotivationScheme(Name, Agents)
{
    /// <summary>The JSON <c>type</c> of this scheme.</summary>
    public const string TypeName = "rotating-focus";

    /// <inheritdoc />
    public override string Rule => TypeName;

    /// <summary>The focus periods, in any order; required; at least one; no two overlap.</summary>
    public ImmutableArray<FocusPeriod> Plan { get; init => field = Ordered(value); } = Ordered(Plan);

    /// <summary>The focus period containing the month, if any.</summary>
    public FocusPeriod? PeriodOf(SalesMonth month) => Plan.FirstOrDefault(p => p.Contains(month));

    private static ImmutableArray<FocusPeriod> Ordered(ImmutableArray<FocusPeriod> value)
    {
        if (value.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"{nameof(Plan)} must hold at least one focus period.", nameof(Plan));
        }

        var ordered = value.Select(p => Guard.NotNull(p, nameof(Plan))).OrderBy(p => p.Start).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].Start <= ordered[i - 1].End)
            {
                throw new ArgumentException(
                    $"{nameof(Plan)} periods overlap: {ordered[i - 1].Start}..{ordered[i - 1].End} and {ordered[i].Start}..{ordered[i].End}.",
                    nameof(Plan));
            }
        }

        return [.. ordered];
    }

    /// <inheritdoc />
    internal override IEnumerable<PayoutLine> Evaluate(EvaluationContext context)
    {
        foreach (var month in context.Months)
        {
            var period = PeriodOf(month);
            if (period is null)
            {
                continue;
            }

            foreach (var agent in context.Input.Agents.Where(a => Covers(a.Id)))
            {
                var actual = context.Metric(period.Metric, agent.Id, month);
                var attainment = actual >= period.Target ? 1m : Math.Max(0m, actual) / period.Target; // no division when the target is met: a tiny target cannot overflow
                var pay = Math.Round(period.Amount * attainment, 2, MidpointRounding.ToEven);
                if (pay > 0m)
                {
                    yield return Line(agent.Id, month, PayoutLineKind.Payment, pay, string.Create(
                        CultureInfo.InvariantCulture,
                        $"focus {period.Start}..{period.End} on {period.Metric}: {actual:0.##} of target {period.Target:0.##} ({attainment:P0}) × {period.Amount:0.00##}"));
                }
            }
        }
    }

    /// <summary>Whether the two are equal by content: <see cref="Plan"/> element by element in order.</summary>
    public bool Equals(RotatingFocusScheme? other) =>
        base.Equals(other) && ContentEquality.Sequence(Plan, other.Plan);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), ContentEquality.SequenceHash(Plan));
}
