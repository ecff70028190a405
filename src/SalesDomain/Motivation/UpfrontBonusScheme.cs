using System.Collections.Immutable;
using System.Globalization;

namespace SalesDomain.Motivation;

/// <summary>
/// Upfront bonus with clawback (DOMAIN.md §6, seed 002): k dollars per dollar of a new client's first-month revenue,
/// paid at once; taken back when the client does not renew at the same volume for M more months. The seed's case:
/// k = 2, M = 4, whole clawback — $500 first month → $1,000 bonus; 5 × $500 = $2,500 revenue (bonus = 40 %); a third
/// month of $300 → the $1,000 is clawed back. JSON type <c>upfront-bonus</c>.
/// </summary>
/// <param name="Name">Name of the scheme; not empty.</param>
/// <param name="RatePerDollar">Bonus k per dollar of first-month revenue; default 2.</param>
/// <param name="RenewalMonths">Months M the client must renew; default 4.</param>
/// <param name="RenewalVolumeShare">Share of the first month's revenue each renewal month must reach; default 1.</param>
/// <param name="Clawback">Whole (default) or pro-rata clawback.</param>
/// <param name="Agents">Agents under the scheme; null (default) for all.</param>
public sealed record UpfrontBonusScheme(
    string Name,
    decimal RatePerDollar = 2m,
    int RenewalMonths = 4,
    decimal RenewalVolumeShare = 1m,
    ClawbackMode Clawback = ClawbackMode.Whole,
    ImmutableArray<string>? Agents = null)
    : RenewalBonusScheme(Name, RenewalMonths, RenewalVolumeShare, Clawback, Agents)
{
    /// <summary>The JSON <c>type</c> of this scheme.</summary>
    public const string TypeName = "upfront-bonus";

    /// <inheritdoc />
    public override string Rule => TypeName;

    /// <summary>Bonus k in dollars per dollar of first-month revenue; default 2 (seed 002); within 0..<see cref="Model.Money.MaxRate"/>.</summary>
    public decimal RatePerDollar { get; init => field = Model.Money.Rate(value, nameof(RatePerDollar)); } = Model.Money.Rate(RatePerDollar, nameof(RatePerDollar));

    /// <inheritdoc />
    internal override Func<Activation, (decimal Rate, string Basis)> RateBook(EvaluationContext context)
    {
        var basis = string.Create(CultureInfo.InvariantCulture, $"fixed rate {RatePerDollar:0.####}");
        return _ => (RatePerDollar, basis);
    }
}
