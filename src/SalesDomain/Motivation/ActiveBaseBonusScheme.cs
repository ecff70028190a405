using System.Collections.Immutable;
using System.Globalization;

namespace SalesDomain.Motivation;

/// <summary>
/// Active-base bonus (DOMAIN.md §6, seed 002): a fixed amount per activated client, graded by outlet type or client
/// class — an ungraded bonus makes agents activate the smallest outlets — and paid only when the client's first month
/// reaches a minimum volume. JSON type <c>active-base-bonus</c>.
/// </summary>
/// <remarks>
/// For an activation of client c by agent a (under the scheme) in month A with first-month revenue R ≥
/// <see cref="MinimumVolume"/>: a payment of <c>grades[g(c)]</c> (or <see cref="DefaultAmount"/> when the grade is not
/// listed) in month A, where g(c) is the client's <see cref="GradeBy"/> attribute. Nothing is paid below the minimum
/// volume or when the amount is 0.
/// </remarks>
/// <param name="Name">Name of the scheme; not empty.</param>
/// <param name="Grades">Bonus per grade; default none.</param>
/// <param name="GradeBy">The attribute graded by; default outlet type.</param>
/// <param name="DefaultAmount">Bonus for an unlisted grade; default 0.</param>
/// <param name="MinimumVolume">First-month revenue an activation needs; default 0.</param>
/// <param name="Agents">Agents under the scheme; null (default) for all.</param>
public sealed record ActiveBaseBonusScheme(
    string Name,
    ImmutableDictionary<string, decimal>? Grades = null,
    GradeAttribute GradeBy = GradeAttribute.OutletType,
    decimal DefaultAmount = 0m,
    decimal MinimumVolume = 0m,
    ImmutableArray<string>? Agents = null)
    : MotivationScheme(Name, Agents)
{
    /// <summary>The JSON <c>type</c> of this scheme.</summary>
    public const string TypeName = "active-base-bonus";

    /// <inheritdoc />
    public override string Rule => TypeName;

    /// <summary>The client attribute the amount is graded by; default <see cref="GradeAttribute.OutletType"/>.</summary>
    public GradeAttribute GradeBy { get; init => field = Guard.Defined(value, nameof(GradeBy)); } = Guard.Defined(GradeBy, nameof(GradeBy));

    /// <summary>Bonus per activated client for each grade (exact, case-sensitive attribute value); amounts ≥ 0; default none.</summary>
    public ImmutableDictionary<string, decimal> Grades { get; init => field = CheckGrades(value); }
        = CheckGrades(Grades ?? ImmutableDictionary<string, decimal>.Empty);

    /// <summary>Bonus for a grade not listed in <see cref="Grades"/> (including an empty attribute); default 0; ≥ 0.</summary>
    public decimal DefaultAmount { get; init => field = Model.Money.NonNegativeAmount(value, nameof(DefaultAmount)); } = Model.Money.NonNegativeAmount(DefaultAmount, nameof(DefaultAmount));

    /// <summary>First-month revenue a client must reach for its activation to count; default 0; ≥ 0.</summary>
    public decimal MinimumVolume { get; init => field = Model.Money.NonNegativeAmount(value, nameof(MinimumVolume)); } = Model.Money.NonNegativeAmount(MinimumVolume, nameof(MinimumVolume));

    private static ImmutableDictionary<string, decimal> CheckGrades(ImmutableDictionary<string, decimal> value)
    {
        Guard.NotNull(value, nameof(Grades));
        foreach (var (grade, amount) in value)
        {
            Model.Money.NonNegativeAmount(amount, $"{nameof(Grades)}[{grade}]");
        }

        return value;
    }

    /// <summary>The bonus for a client's grade.</summary>
    public decimal AmountFor(ClientAccount client)
    {
        Guard.NotNull(client);
        var grade = GradeBy == GradeAttribute.OutletType ? client.OutletType : client.ClientClass;
        return Grades.TryGetValue(grade, out var amount) ? amount : DefaultAmount;
    }

    /// <inheritdoc />
    internal override IEnumerable<PayoutLine> Evaluate(EvaluationContext context)
    {
        foreach (var activation in context.Activations)
        {
            var first = context.ClientRevenue(activation.ClientId, activation.Month);
            var client = context.Client(activation.ClientId);
            var amount = AmountFor(client);
            if (!Covers(activation.AgentId) || first <= 0m || first < MinimumVolume || amount <= 0m)
            {
                continue;
            }

            var grade = GradeBy == GradeAttribute.OutletType ? client.OutletType : client.ClientClass;
            var gradeText = grade.Length == 0 ? "no grade" : $"grade '{grade}'";
            yield return Line(activation.AgentId, activation.Month, PayoutLineKind.Payment, amount, string.Create(
                CultureInfo.InvariantCulture,
                $"activation of client {activation.ClientId} in {activation.Month} ({gradeText}), first-month revenue {first:0.00##} ≥ minimum {MinimumVolume:0.00##}")) with { ClientId = activation.ClientId };
        }
    }

    /// <summary>
    /// Whether the two are equal by content: <see cref="Grades"/> by key and value in any order; the other values
    /// equal.
    /// </summary>
    public bool Equals(ActiveBaseBonusScheme? other) =>
        base.Equals(other) && GradeBy == other.GradeBy && ContentEquality.Map(Grades, other.Grades)
        && DefaultAmount == other.DefaultAmount && MinimumVolume == other.MinimumVolume;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        base.GetHashCode(), ContentEquality.MapHash(Grades), GradeBy, DefaultAmount, MinimumVolume);
}
