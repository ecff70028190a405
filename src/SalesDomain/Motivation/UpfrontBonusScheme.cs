using System.Globalization;

namespace SalesDomain.Motivation;

/// <summary>
/// Upfront bonus with clawback (DOMAIN.md §6, seed 002): k dollars per dollar of a new client's first-month revenue,
/// paid at once; taken back when the client does not renew at the same volume for M more months. The seed's case:
/// k = 2, M = 4, whole clawback — $500 first month → $1,000 bonus; 5 × $500 = $2,500 revenue (bonus = 40 %); a third
/// month of $300 → the $1,000 is clawed back. JSON type <c>upfront-bonus</c>.
/// </summary>
public sealed record UpfrontBonusScheme : RenewalBonusScheme
{
    /// <summary>The JSON <c>type</c> of this scheme.</summary>
    public const string TypeName = "upfront-bonus";

    /// <inheritdoc />
    public override string Rule => TypeName;

    /// <summary>Bonus k in dollars per dollar of first-month revenue; default 2 (seed 002); must be ≥ 0.</summary>
    public decimal RatePerDollar { get; init => field = Guard.NotNegative(value, nameof(RatePerDollar)); } = 2m;

    /// <inheritdoc />
    internal override Func<Activation, (decimal Rate, string Basis)> RateBook(EvaluationContext context)
    {
        var basis = string.Create(CultureInfo.InvariantCulture, $"fixed rate {RatePerDollar:0.####}");
        return _ => (RatePerDollar, basis);
    }
}
