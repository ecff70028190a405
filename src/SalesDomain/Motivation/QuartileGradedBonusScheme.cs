using SalesDomain.Calendar;
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
/// <param name="Name">Name of the scheme; not empty.</param>
/// <param name="QuartileRates">Rates per dollar for quartiles 1..4; default (when omitted) [4, 3, 2, 1].</param>
/// <param name="GradingMonths">Months G of activations graded; default 3.</param>
/// <param name="UngradedQuartile">Quartile of an agent without activations in the cohort; default 3.</param>
/// <param name="RenewalMonths">Months M the client must renew; default 4.</param>
/// <param name="RenewalVolumeShare">Share of the first month's revenue each renewal month must reach; default 1.</param>
/// <param name="Clawback">Whole (default) or pro-rata clawback.</param>
/// <param name="Agents">Agents under the scheme; null (default) for all.</param>
public sealed record QuartileGradedBonusScheme(
    string Name,
    ImmutableArray<decimal> QuartileRates = default,
    int GradingMonths = 3,
    int UngradedQuartile = 3,
    int RenewalMonths = 4,
    decimal RenewalVolumeShare = 1m,
    ClawbackMode Clawback = ClawbackMode.Whole,
    ImmutableArray<string>? Agents = null)
    : RenewalBonusScheme(Name, RenewalMonths, RenewalVolumeShare, Clawback, Agents)
{
    /// <summary>The seed's quartile rates: $4, $3, $2, $1 per $1 (seed 002).</summary>
    public static ImmutableArray<decimal> SeedQuartileRates { get; } = [4m, 3m, 2m, 1m];

    /// <summary>The JSON <c>type</c> of this scheme.</summary>
    public const string TypeName = "quartile-graded-bonus";

    /// <inheritdoc />
    public override string Rule => TypeName;

    /// <summary>Dollars per dollar of first-month revenue for quartiles 1..4; default [4, 3, 2, 1] (seed 002); four values ≥ 0.</summary>
    public ImmutableArray<decimal> QuartileRates { get; init => field = CheckRates(value); }
        = CheckRates(QuartileRates.IsDefault ? SeedQuartileRates : QuartileRates);

    /// <summary>Months G of activations the grading looks at; default 3 (a quarter); must be &gt; 0.</summary>
    public int GradingMonths { get; init => field = Guard.Positive(value, nameof(GradingMonths)); } = Guard.Positive(GradingMonths, nameof(GradingMonths));

    /// <summary>
    /// Quartile of an agent with no activation in the grading cohort; default 3, whose default rate ($2 per $1) is the
    /// seed's ungraded k; 1..4.
    /// </summary>
    public int UngradedQuartile { get; init => field = CheckQuartile(value); } = CheckQuartile(UngradedQuartile);

    private static ImmutableArray<decimal> CheckRates(ImmutableArray<decimal> value)
    {
        if (value.IsDefault || value.Length != 4)
        {
            throw new ArgumentException(
                $"{nameof(QuartileRates)} must hold exactly 4 rates (quartiles 1..4), was {(value.IsDefault ? 0 : value.Length)}.",
                nameof(QuartileRates));
        }

        foreach (var rate in value)
        {
            Model.Money.Rate(rate, nameof(QuartileRates));
        }

        return value;
    }

    private static int CheckQuartile(int value)
        => value is >= 1 and <= 4 ? value : throw Guard.OutOfRange(nameof(UngradedQuartile), value, "must be within [1, 4]");

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

    /// <summary>
    /// Whether the two are equal by content: <see cref="QuartileRates"/> element by element in order; the other values
    /// equal.
    /// </summary>
    public bool Equals(QuartileGradedBonusScheme? other) =>
        base.Equals(other) && ContentEquality.Sequence(QuartileRates, other.QuartileRates)
        && GradingMonths == other.GradingMonths && UngradedQuartile == other.UngradedQuartile;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        base.GetHashCode(), ContentEquality.SequenceHash(QuartileRates), GradingMonths, UngradedQuartile);
}
