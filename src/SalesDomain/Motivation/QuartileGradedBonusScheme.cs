using System.Collections.Immutable;
using System.Globalization;

namespace SalesDomain.Motivation;

/// <summary>
/// The upfront bonus graded by refusal quartile (DOMAIN.md §6, seed 002): the rate per dollar of an activation in
/// month m is the agent's quartile rate — default Q1 $4, Q2 $3, Q3 $2, Q4 $1 per $1 — with the same renewal and
/// clawback rule as <see cref="UpfrontBonusScheme"/>. JSON type <c>quartile-graded-bonus</c>.
/// </summary>
/// <remarks>
/// Grading for month m uses the closed cohort: the activations (with positive first-month revenue) by agents under the
/// scheme in months m − M − G .. m − M − 1, whose renewal windows all ended before m. An agent's refusal share is its
/// failed renewals ÷ its activations in the cohort; agents are ranked by <see cref="QuartileGrading.Assign"/>. An agent
/// with no activation in the cohort is ungraded and gets <see cref="UngradedQuartile"/>.
/// </remarks>
public sealed record QuartileGradedBonusScheme : RenewalBonusScheme
{
    /// <summary>The JSON <c>type</c> of this scheme.</summary>
    public const string TypeName = "quartile-graded-bonus";

    /// <inheritdoc />
    public override string Rule => TypeName;

    /// <summary>Dollars per dollar of first-month revenue for quartiles 1..4; default [4, 3, 2, 1] (seed 002); four values ≥ 0.</summary>
    public ImmutableArray<decimal> QuartileRates
    {
        get;
        init
        {
            if (value.IsDefault || value.Length != 4)
            {
                throw new ArgumentException(
                    $"{nameof(QuartileRates)} must hold exactly 4 rates (quartiles 1..4), was {(value.IsDefault ? 0 : value.Length)}.",
                    nameof(QuartileRates));
            }

            foreach (var rate in value)
            {
                Guard.NotNegative(rate, nameof(QuartileRates));
            }

            field = value;
        }
    } = [4m, 3m, 2m, 1m];

    /// <summary>Months G of activations the grading looks at; default 3 (a quarter); must be &gt; 0.</summary>
    public int GradingMonths { get; init => field = Guard.Positive(value, nameof(GradingMonths)); } = 3;

    /// <summary>
    /// Quartile of an agent with no activation in the grading cohort; default 3, whose default rate ($2 per $1) is the
    /// seed's ungraded k; 1..4.
    /// </summary>
    public int UngradedQuartile
    {
        get;
        init => field = value is >= 1 and <= 4 ? value : throw Guard.OutOfRange(nameof(UngradedQuartile), value, "must be within [1, 4]");
    } = 3;

    /// <summary>The quartile of every graded agent for activations in <paramref name="month"/>, with each agent's share.</summary>
    internal IReadOnlyDictionary<string, (int Quartile, RefusalShare Share)> Grades(EvaluationContext context, SalesMonth month)
    {
        var cohortFirst = month.AddMonths(-RenewalMonths - GradingMonths);
        var cohortLast = month.AddMonths(-RenewalMonths - 1);
        var counts = new Dictionary<string, (int Refused, int Activated)>(StringComparer.Ordinal);
        foreach (var activation in context.Activations)
        {
            if (activation.Month < cohortFirst || activation.Month > cohortLast || !Covers(activation.AgentId)
                || context.ClientRevenue(activation.ClientId, activation.Month) <= 0m)
            {
                continue;
            }

            var failed = RenewalOutcome.Track(context, activation, RenewalMonths, RenewalVolumeShare).Failed ? 1 : 0;
            var (refused, activated) = counts.GetValueOrDefault(activation.AgentId);
            counts[activation.AgentId] = (refused + failed, activated + 1);
        }

        var shares = counts.ToDictionary(p => p.Key, p => new RefusalShare(p.Value.Refused, p.Value.Activated), StringComparer.Ordinal);
        var quartiles = QuartileGrading.Assign(shares);
        return shares.ToDictionary(p => p.Key, p => (quartiles[p.Key], p.Value), StringComparer.Ordinal);
    }

    /// <inheritdoc />
    internal override Func<Activation, (decimal Rate, string Basis)> RateBook(EvaluationContext context)
    {
        var byMonth = new Dictionary<SalesMonth, IReadOnlyDictionary<string, (int Quartile, RefusalShare Share)>>();
        return activation =>
        {
            if (!byMonth.TryGetValue(activation.Month, out var grades))
            {
                byMonth[activation.Month] = grades = Grades(context, activation.Month);
            }

            if (grades.TryGetValue(activation.AgentId, out var grade))
            {
                return (QuartileRates[grade.Quartile - 1], string.Create(
                    CultureInfo.InvariantCulture,
                    $"quartile {grade.Quartile} of {grades.Count} graded agents, refusal share {grade.Share} = {grade.Share.Value:P0}"));
            }

            return (QuartileRates[UngradedQuartile - 1], $"ungraded (no activations in the grading cohort), quartile {UngradedQuartile}");
        };
    }
}
