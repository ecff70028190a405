using System.Collections.Immutable;
using System.Globalization;

namespace SalesDomain.Motivation;

/// <summary>
/// An upfront bonus per dollar of a new client's first-month revenue, paid at once and clawed back when the client
/// does not renew (DOMAIN.md §6, seed 002). The rate per dollar is the derived scheme's: fixed
/// (<see cref="UpfrontBonusScheme"/>) or graded by the agent's refusal quartile (<see cref="QuartileGradedBonusScheme"/>).
/// </summary>
/// <remarks>
/// For an activation of client c by agent a in month A with first-month revenue R = revenue(c, A) &gt; 0 and rate k:
/// a payment of B = k × R in month A. The client renews in each month A+1..A+M when it has no refusal and revenue ≥
/// <see cref="RenewalVolumeShare"/> × R. At the first failed month F: a clawback of B (whole) or
/// B × (M − renewed months) ÷ M rounded down to cents (pro-rata), never more than B. Windows reaching past the as-of month are pending:
/// the payment's <see cref="PayoutLine.ClawbackExposure"/> is the clawback a failure in the next month would take.
/// </remarks>
public abstract record RenewalBonusScheme : MotivationScheme
{
    private protected RenewalBonusScheme(
        string name, int renewalMonths, decimal renewalVolumeShare, ClawbackMode clawback, ImmutableArray<string>? agents)
        : base(name, agents)
    {
        RenewalMonths = renewalMonths;
        RenewalVolumeShare = renewalVolumeShare;
        Clawback = clawback;
    }

    /// <summary>Months M the client must renew after its first month; default 4 (seed 002); must be &gt; 0.</summary>
    public int RenewalMonths { get; init => field = Guard.Positive(value, nameof(RenewalMonths)); }

    /// <summary>
    /// Share of the first month's revenue each renewal month must reach; default 1 ("at least the same volume",
    /// seed 002); must be within [0, 1].
    /// </summary>
    public decimal RenewalVolumeShare { get; init => field = Guard.Share(value, nameof(RenewalVolumeShare)); }

    /// <summary>How much a failed renewal takes back; default <see cref="ClawbackMode.Whole"/> (seed 002).</summary>
    public ClawbackMode Clawback { get; init => field = Guard.Defined(value, nameof(Clawback)); }

    /// <summary>The part of a bonus <paramref name="bonus"/> a failure after <paramref name="renewedMonths"/> renewed months takes back.</summary>
    /// <param name="bonus">The bonus paid; ≥ 0.</param>
    /// <param name="renewedMonths">Months renewed before the failure; clamped to [0, M].</param>
    public decimal ClawbackOf(decimal bonus, int renewedMonths)
    {
        Guard.NotNegative(bonus);
        var unearned = RenewalMonths - Math.Clamp(renewedMonths, 0, RenewalMonths);
        // Pro-rata is rounded down to whole cents, so that it never exceeds the exact unearned share.
        var back = Clawback == ClawbackMode.Whole ? bonus : Math.Floor(bonus * unearned / RenewalMonths * 100m) / 100m;
        return Math.Min(bonus, back);
    }

    /// <summary>The rate per dollar for each activation, with the reason in words.</summary>
    internal abstract Func<Activation, (decimal Rate, string Basis)> RateBook(EvaluationContext context);

    /// <inheritdoc />
    internal override IEnumerable<PayoutLine> Evaluate(EvaluationContext context)
    {
        var rateOf = RateBook(context);
        foreach (var activation in context.Activations)
        {
            var first = context.ClientRevenue(activation.ClientId, activation.Month);
            if (!Covers(activation.AgentId) || first <= 0m)
            {
                continue;
            }

            var (rate, basis) = rateOf(activation);
            var bonus = rate * first;
            if (bonus == 0m)
            {
                continue; // a zero rate pays nothing and so can claw nothing back
            }

            var paid = Line(activation.AgentId, activation.Month, PayoutLineKind.Payment, bonus, string.Create(
                CultureInfo.InvariantCulture,
                $"activation of client {activation.ClientId} in {activation.Month}: first-month revenue {first:0.00##} × {rate:0.####} per $1 ({basis}), paid upfront"));
            var outcome = RenewalOutcome.Track(context, activation, RenewalMonths, RenewalVolumeShare);
            yield return paid with
            {
                ClientId = activation.ClientId,
                ClawbackExposure = outcome.Pending ? ClawbackOf(bonus, outcome.RenewedMonths) : 0m,
            };

            var back = outcome.Failed ? ClawbackOf(bonus, outcome.RenewedMonths) : 0m;
            if (back > 0m)
            {
                var mode = Clawback == ClawbackMode.Whole ? "whole bonus" : $"{RenewalMonths - outcome.RenewedMonths}/{RenewalMonths} of the bonus";
                var clawback = Line(activation.AgentId, outcome.FailedMonth, PayoutLineKind.Clawback, -back, string.Create(
                    CultureInfo.InvariantCulture,
                    $"renewal failed after {outcome.RenewedMonths} of {RenewalMonths} months: {outcome.Reason}; {mode} of {bonus:0.00##} taken back"));
                yield return clawback with { ClientId = activation.ClientId, EventMonth = activation.Month };
            }
        }
    }
}
