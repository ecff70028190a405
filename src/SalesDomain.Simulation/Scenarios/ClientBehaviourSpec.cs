namespace SalesDomain.Simulation.Scenarios;

/// <summary>How clients buy, develop, lapse and churn (DOMAIN.md §3, §8; docs/simulator.md in the repository).</summary>
public sealed record ClientBehaviourSpec
{
    /// <summary>
    /// Monthly churn probability of a client in regular contact; default 0.0115, i.e. half the clients lost in
    /// five years (DOMAIN.md §8, Fortune-500 figure).
    /// </summary>
    public double BaseMonthlyChurn { get; set; } = 0.0115;

    /// <summary>
    /// Hazard growth per month without any contact: hazard × (1 + this × months since the last contact), capped by
    /// <see cref="MaxNeglectMultiplier"/>; default 0.25 (assumption, calibrated so that a base nobody contacts loses
    /// about 20 % more sales a year, seed 002).
    /// </summary>
    public double NeglectChurnPerMonth { get; set; } = 0.25;

    /// <summary>Cap of the neglect multiplier; default 4.</summary>
    public double MaxNeglectMultiplier { get; set; } = 4;

    /// <summary>
    /// Hazard reduction by contact frequency: hazard ÷ (1 + this × contacts in the last 4 weeks); default 0.3 (assumption).
    /// </summary>
    public double ContactChurnReduction { get; set; } = 0.3;

    /// <summary>
    /// Full upsell/cross-sell lift of a fully developed client: spend × (1 + lift × development); default 0.27 (seed 002).
    /// </summary>
    public double UpsellLift { get; set; } = 0.27;

    /// <summary>Development (0..1) a call contact adds; a meeting adds twice as much; default 0.10 (assumption).</summary>
    public double DevelopmentPerContact { get; set; } = 0.10;

    /// <summary>Development lost each month (multiplicative decay); default 0.10 (assumption).</summary>
    public double DevelopmentDecayPerMonth { get; set; } = 0.10;

    /// <summary>Share of its potential a client spends with us when first won; default 0.6 (assumption).</summary>
    public double InitialWalletShare { get; set; } = 0.6;

    /// <summary>
    /// A client is lapsed (on the reactivation list) when the weeks since its last purchase exceed this many times its
    /// mean purchase interval; default 1.0 (seed 002: "longer than the average purchase interval").
    /// </summary>
    public double LapseIntervalFactor { get; set; } = 1.0;

    /// <summary>
    /// Hazard multiplier while a client stays with the manager who acquired it; default 1: seed 003 names the sticking a
    /// risk (the client leaves with the manager, <see cref="OrganisationSpec.StickyClientsLeaving"/>), not a benefit.
    /// </summary>
    public double StickinessChurnFactor { get; set; } = 1.0;

    /// <summary>Probability that a client handed over from its hunter to a farmer is lost at the hand-over; default 0.03 (assumption).</summary>
    public double HandOverLoss { get; set; } = 0.03;

    /// <summary>First order size in months of the client's spend level; default 1.</summary>
    public double FirstOrderMonths { get; set; } = 1;

    /// <summary>
    /// Share of new clients who stay but buy less: 4–12 weeks after the first deal their wallet share falls to
    /// <see cref="DowngradeFactor"/> of what it was; default 0 (the SaaS built-in calibrates it, seed 002).
    /// </summary>
    public double DowngradeShare { get; set; }

    /// <summary>Spend after a downgrade as a share of before; default 0.6 (seed 002: $500 → $300).</summary>
    public double DowngradeFactor { get; set; } = 0.6;

    /// <summary>
    /// Half-life in months of the win-back probability of a lost client: p = skill.reactivation × 0.5^(months since the
    /// loss ÷ this); default 6 (assumption). 0 keeps p constant.
    /// </summary>
    public double WinBackHalfLifeMonths { get; set; } = 6;

    /// <summary>
    /// Seasonal factors of purchases for 12 consecutive months, the first for the simulation's first month and then
    /// repeating every 12 months: a client's weekly purchase probability (or its monthly bill) is multiplied by the
    /// month's factor. Empty (the default): no seasonality. Each factor in (0, 10]; a mean of 1 keeps the yearly volume.
    /// <c>calibrate</c> fits them from 24 or more complete months of an export (docs/simulator.md, "Seasonality").
    /// </summary>
    public IReadOnlyList<double> Seasonality { get; set; } = [];

    /// <summary>
    /// Whether the two are equal by content: <see cref="Seasonality"/> element by element in order; the other values
    /// equal.
    /// </summary>
    public bool Equals(ClientBehaviourSpec? other) =>
        other is not null && BaseMonthlyChurn.Equals(other.BaseMonthlyChurn)
        && NeglectChurnPerMonth.Equals(other.NeglectChurnPerMonth)
        && MaxNeglectMultiplier.Equals(other.MaxNeglectMultiplier)
        && ContactChurnReduction.Equals(other.ContactChurnReduction) && UpsellLift.Equals(other.UpsellLift)
        && DevelopmentPerContact.Equals(other.DevelopmentPerContact)
        && DevelopmentDecayPerMonth.Equals(other.DevelopmentDecayPerMonth)
        && InitialWalletShare.Equals(other.InitialWalletShare) && LapseIntervalFactor.Equals(other.LapseIntervalFactor)
        && StickinessChurnFactor.Equals(other.StickinessChurnFactor) && HandOverLoss.Equals(other.HandOverLoss)
        && FirstOrderMonths.Equals(other.FirstOrderMonths) && DowngradeShare.Equals(other.DowngradeShare)
        && DowngradeFactor.Equals(other.DowngradeFactor) && WinBackHalfLifeMonths.Equals(other.WinBackHalfLifeMonths)
        && ContentEquality.Sequence(Seasonality, other.Seasonality);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(Seasonality), BaseMonthlyChurn, NeglectChurnPerMonth, MaxNeglectMultiplier,
        ContactChurnReduction, UpsellLift, DevelopmentPerContact, DevelopmentDecayPerMonth);
}
