namespace SalesDomain.Simulation.Scenarios;

/// <summary>
/// The bonus program (DOMAIN.md §6). All elements are optional and add up; an all-default program pays nothing beyond
/// salaries. The managers' response is derived by the choice model (<see cref="BehaviourSpec"/>), not set here.
/// </summary>
public sealed record BonusProgramSpec
{
    /// <summary>Commission: share of the revenue of a manager's assigned clients (seed 004); default 0.</summary>
    public decimal CommissionRate { get; set; }

    /// <summary>Active-base bonus: paid once per client activated (seed 002); default 0.</summary>
    public decimal ActivationBonus { get; set; }

    /// <summary>
    /// Active-base bonus graded by outlet type (seed 002: "graded by outlet type"): one amount per sales channel of
    /// <c>$.population.channels</c>, replacing <see cref="ActivationBonus"/>; empty = ungraded (default).
    /// </summary>
    public IReadOnlyList<decimal> ActivationBonusByChannel { get; set; } = [];

    /// <summary>First-month revenue a client must reach for its activation to count (library <c>MinimumVolume</c>); default 0.</summary>
    public decimal ActivationMinimumVolume { get; set; }

    /// <summary>
    /// Upfront bonus per 1 of first-month revenue of a new client, paid at once (seed 002 SaaS case: 2); default 0 (off).
    /// </summary>
    public decimal UpfrontRatePerDollar { get; set; }

    /// <summary>
    /// Renewal months the client must keep buying at least <see cref="RenewalTolerance"/> × its first month, else the
    /// whole upfront bonus is taken back; default 4 (seed 002). 0 switches clawback off.
    /// </summary>
    public int ClawbackMonths { get; set; } = 4;

    /// <summary>Share of the first month's volume a renewal month must reach; default 1.0 ("the same volume", seed 002).</summary>
    public decimal RenewalTolerance { get; set; } = 1.0m;

    /// <summary>
    /// Quartile grading of the upfront rate by refusal share (seed 002): rates for quartiles 1 (fewest refusals) to 4;
    /// empty = off. Seed 002 gives [4, 3, 2, 1].
    /// </summary>
    public IReadOnlyList<decimal> QuartileRates { get; set; } = [];

    /// <summary>
    /// Whether the two are equal by content: <see cref="ActivationBonusByChannel"/> and <see cref="QuartileRates"/>
    /// element by element in order; the other values equal.
    /// </summary>
    public bool Equals(BonusProgramSpec? other) =>
        other is not null && CommissionRate == other.CommissionRate && ActivationBonus == other.ActivationBonus
        && ContentEquality.Sequence(ActivationBonusByChannel, other.ActivationBonusByChannel)
        && ActivationMinimumVolume == other.ActivationMinimumVolume
        && UpfrontRatePerDollar == other.UpfrontRatePerDollar && ClawbackMonths == other.ClawbackMonths
        && RenewalTolerance == other.RenewalTolerance && ContentEquality.Sequence(QuartileRates, other.QuartileRates);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(ActivationBonusByChannel), ContentEquality.SequenceHash(QuartileRates),
        CommissionRate, ActivationBonus, ActivationMinimumVolume, UpfrontRatePerDollar, ClawbackMonths,
        RenewalTolerance);
}
