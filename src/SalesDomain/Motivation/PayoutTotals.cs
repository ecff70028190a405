namespace SalesDomain.Motivation;

/// <summary>
/// Sums over a set of payout lines against the revenue they relate to (docs/motivation.md in the repository, "Summaries").
/// </summary>
/// <param name="Paid">Σ payments (cash paid), ≥ 0.</param>
/// <param name="ClawedBack">Σ |clawbacks| (cash recovered), ≥ 0.</param>
/// <param name="Adjustments">Σ manual adjustments, either sign.</param>
/// <param name="NonCash">Σ accruals (non-cash rewards at cost), ≥ 0.</param>
/// <param name="Revenue">The revenue the lines relate to (net sales in the same scope).</param>
public sealed record PayoutTotals(decimal Paid, decimal ClawedBack, decimal Adjustments, decimal NonCash, decimal Revenue)
{
    /// <summary>Nothing paid, nothing earned.</summary>
    public static PayoutTotals Zero { get; } = new(0m, 0m, 0m, 0m, 0m);

    /// <summary>Net cash to the agents: <see cref="Paid"/> − <see cref="ClawedBack"/> + <see cref="Adjustments"/>.</summary>
    public decimal Net => Paid - ClawedBack + Adjustments;

    /// <summary>Cost to the company: <see cref="Net"/> + <see cref="NonCash"/>.</summary>
    public decimal Cost => Net + NonCash;

    /// <summary>
    /// Σ <see cref="PayoutLine.ClawbackExposure"/>: bonus paid that can still be clawed back (pending renewal windows),
    /// ≥ 0. Already counted in <see cref="Paid"/>; not a cash movement.
    /// </summary>
    public decimal PendingClawback { get; init => field = Guard.NotNegative(value, nameof(PendingClawback)); }

    /// <summary>Payout ratio <see cref="Cost"/> ÷ <see cref="Revenue"/>; null when revenue is not positive.</summary>
    public decimal? PayoutRatio => Revenue > 0m ? Cost / Revenue : null;

    /// <summary>Sums <paramref name="lines"/> by kind.</summary>
    /// <param name="lines">The lines.</param>
    /// <param name="revenue">The revenue they relate to.</param>
    public static PayoutTotals Of(IEnumerable<PayoutLine> lines, decimal revenue)
    {
        decimal paid = 0m, clawedBack = 0m, adjustments = 0m, nonCash = 0m, exposure = 0m;
        foreach (var line in Guard.NotNull(lines))
        {
            Guard.NotNull(line, nameof(lines));
            exposure += line.ClawbackExposure;
            switch (line.Kind)
            {
                case PayoutLineKind.Payment: paid += line.Amount; break;
                case PayoutLineKind.Clawback: clawedBack -= line.Amount; break;
                case PayoutLineKind.Adjustment: adjustments += line.Amount; break;
                default: nonCash += line.Amount; break;
            }
        }

        return new PayoutTotals(paid, clawedBack, adjustments, nonCash, revenue) { PendingClawback = exposure };
    }
}
