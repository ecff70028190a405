namespace SalesDomain.Simulation.Scenarios;

/// <summary>
/// How managers respond to their pay scheme and their norms (docs/simulator.md in the repository, "Incentive-driven behaviour"): a
/// multinomial logit over the reward per hour of each activity, a saturating effort curve and the choice of how hard
/// to qualify a prospect. Every default is an assumption; set <see cref="AllocationElasticity"/> and
/// <see cref="EffortElasticity"/> to 0 to make managers ignore the scheme.
/// </summary>
public sealed record BehaviourSpec
{
    /// <summary>
    /// β of the logit: an activity's share of hours is its template share × exp(β × its incentive pay per hour ÷ the
    /// hourly salary), normalised; default 1 (assumption).
    /// </summary>
    public double AllocationElasticity { get; set; } = 1.0;

    /// <summary>
    /// ε of the effort curve: productive hours = capacity × (1 − paperwork) × (e₀ + (1 − e₀)(1 − exp(−ε × I))), I the
    /// expected incentive pay per hour ÷ the hourly salary; default 2 (assumption).
    /// </summary>
    public double EffortElasticity { get; set; } = 2.0;

    /// <summary>
    /// e₀: share of the available hours worked on activities for the salary alone; default 0.85, so that a salaried
    /// hunter's hunting hours hold the time plan's 12 meetings a week (seed 001).
    /// </summary>
    public double BaseEffort { get; set; } = 0.85;

    /// <summary>Share of capacity spent on paperwork (CRM logging, reports), not chosen; default 0.10 (assumption).</summary>
    public double PaperworkShare { get; set; } = 0.10;

    /// <summary>Months of future pay a manager weighs when comparing activities; default 6 (assumption).</summary>
    public double PlanningHorizonMonths { get; set; } = 6;

    /// <summary>
    /// Largest share of would-be early refusers a hunter screens out by qualifying prospects harder (each costs the deal
    /// it would have been); default 0.6 (assumption).
    /// </summary>
    public double MaxSelectivity { get; set; } = 0.6;

    /// <summary>
    /// Scale of the screening cost in hours of salary: selectivity = max × (1 − exp(−stake ÷ (hourly salary × this)));
    /// default 160, a month of work, so that the seed's stake (a $2-per-$1 bonus clawed back) gives about half the
    /// maximum (assumption).
    /// </summary>
    public double ScreeningHours { get; set; } = 160;

    /// <summary>
    /// Largest inflation of a first order a manager pushes when paid per unit of first-month revenue and no renewal
    /// tolerance punishes it (the client then falls back to its level: a downgrade); default 0.6, the seed's $500 → $300
    /// (seed 002).
    /// </summary>
    public double MaxFrontLoad { get; set; } = 0.6;

    /// <summary>
    /// Scale of the cost of pushing a bigger first order, in hours of salary: inflation = max × (1 − exp(−gain ÷ (hourly
    /// salary × this))); default 160, a month of work (assumption).
    /// </summary>
    public double FrontLoadHours { get; set; } = 160;

    /// <summary>
    /// Prospects a hunter weighs for each deal: it wins the one with the highest pay × ease of closing (a random one when
    /// pay does not depend on the prospect); default 3 (assumption). 1 switches the choice of prospect off.
    /// </summary>
    public int CandidatesPerDeal { get; set; } = 3;

    /// <summary>
    /// Ease of closing a prospect ∝ (potential ÷ median potential)^−this: small outlets are quicker to close; default 0.5
    /// (assumption). With a flat (ungraded) activation bonus this makes hunters activate the smallest outlets (seed 002).
    /// </summary>
    public double SizeEase { get; set; } = 0.5;

    /// <summary>
    /// How much harder large prospects are to win: the deal conversion of a productive meeting with prospect i is ×
    /// (potential_i ÷ median potential)^−this, capped at probability 1 (the prospect is chosen before the deal); default
    /// 0: the conversion does not depend on the prospect (assumption). <see cref="SizeEase"/> is what hunters expect when
    /// they choose; this is what the prospects do.
    /// </summary>
    public double ProspectSizeElasticity { get; set; }

    /// <summary>
    /// Largest number of extra one-off trial orders per regular deal a flat activation bonus invites (clients who buy
    /// once and leave, seed 002); the share is max × (1 − exp(−bonus ÷ (hourly salary × frontLoadHours ÷ 8))); default
    /// 0.3 (assumption).
    /// </summary>
    public double MaxOneOff { get; set; } = 0.3;

    /// <summary>
    /// A first order short of the activation minimum by at most this share is padded to just above it (threshold gaming);
    /// default 0.3 (assumption).
    /// </summary>
    public double ThresholdReach { get; set; } = 0.3;
}
