using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulation.Behaviour;

/// <summary>A figure per activity a manager can spend its week on (hours, shares or pay per hour).</summary>
/// <param name="Hunting">Cold calls and first meetings with prospects (the active funnel, seed 001).</param>
/// <param name="Farming">Contacts with the manager's own clients under the contact norms and beyond (seed 004).</param>
/// <param name="Reactivation">Calls to lapsed and lost clients on the reactivation list (seed 002).</param>
public readonly record struct ActivityValues(double Hunting, double Farming, double Reactivation)
{
    /// <summary>The sum of the three figures.</summary>
    public double Total => Hunting + Farming + Reactivation;
}

/// <summary>
/// The managers' choice model (docs/simulator.md in the repository, "Incentive-driven behaviour"): pure functions from the pay a scheme
/// offers per hour of each activity to the hours a manager gives it, the care it takes to qualify prospects and the
/// first orders it pushes. Effects of a scheme are derived from these functions, never set as multipliers.
/// </summary>
public static class IncentiveModel
{
    /// <summary>
    /// Share of available hours worked: e₀ + (1 − e₀)(1 − exp(−ε × I)), with I the expected incentive pay per hour ÷ the
    /// hourly salary. Rises with I, never above 1, and each further unit of I adds less (saturation).
    /// </summary>
    public static double Effort(double incentiveRatio, BehaviourSpec behaviour)
    {
        Guard.NotNull(behaviour);
        var i = Math.Max(0, incentiveRatio);
        return behaviour.BaseEffort + ((1 - behaviour.BaseEffort) * (1 - Math.Exp(-behaviour.EffortElasticity * i)));
    }

    /// <summary>
    /// Multinomial logit over activities: share_k = t_k exp(β pay_k ÷ w) ÷ Σ_j t_j exp(β pay_j ÷ w), where t is the role's
    /// time template and w the hourly salary. Activities outside the template (t_k = 0) get no share.
    /// </summary>
    public static ActivityValues Shares(ActivityValues template, ActivityValues payPerHour, double hourlyWage, BehaviourSpec behaviour)
    {
        Guard.NotNull(behaviour);
        var w = Math.Max(hourlyWage, 1e-9);
        var b = behaviour.AllocationElasticity;
        // Subtracting the largest exponent keeps exp() finite; it cancels in the ratio.
        var top = Math.Max(payPerHour.Hunting, Math.Max(payPerHour.Farming, payPerHour.Reactivation));
        var h = template.Hunting * Math.Exp(b * (payPerHour.Hunting - top) / w);
        var f = template.Farming * Math.Exp(b * (payPerHour.Farming - top) / w);
        var r = template.Reactivation * Math.Exp(b * (payPerHour.Reactivation - top) / w);
        var sum = h + f + r;
        return sum > 0 ? new ActivityValues(h / sum, f / sum, r / sum) : new ActivityValues(0, 0, 0);
    }

    /// <summary>
    /// The weekly hours per activity: capacity × (1 − paperwork) × <see cref="Effort"/> of the expected incentive
    /// ratio under the logit <see cref="Shares"/>, split by those shares.
    /// </summary>
    public static ActivityValues WeeklyHours(double capacityHours, ActivityValues template, ActivityValues payPerHour, double hourlyWage, BehaviourSpec behaviour)
    {
        var shares = Shares(template, payPerHour, hourlyWage, behaviour);
        var ratio = ((shares.Hunting * payPerHour.Hunting) + (shares.Farming * payPerHour.Farming) + (shares.Reactivation * payPerHour.Reactivation))
            / Math.Max(hourlyWage, 1e-9);
        var hours = capacityHours * (1 - behaviour.PaperworkShare) * Effort(ratio, behaviour);
        return new ActivityValues(hours * shares.Hunting, hours * shares.Farming, hours * shares.Reactivation);
    }

    /// <summary>
    /// Share σ of would-be early refusers a hunter screens out: max × (1 − exp(−stake ÷ (w × screening hours))), where the
    /// stake is the pay a refusal costs the hunter (the bonus clawed back, the grade lost). 0 without a stake.
    /// </summary>
    public static double Selectivity(double stake, double hourlyWage, BehaviourSpec behaviour)
    {
        Guard.NotNull(behaviour);
        return stake <= 0 ? 0 : behaviour.MaxSelectivity * (1 - Math.Exp(-stake / (Math.Max(hourlyWage, 1e-9) * behaviour.ScreeningHours)));
    }

    /// <summary>
    /// Screening a share σ of the prospects who would refuse (intrinsic refusal share r₀): the deals closed fall by
    /// 1 − σ r₀ (the screened-out prospects were deals) and the refusal share of those closed becomes
    /// r₀(1 − σ) ÷ (1 − σ r₀). The number of deals that do not refuse is unchanged.
    /// </summary>
    public static (double DealFactor, double Refusal) Screen(double intrinsicRefusal, double selectivity)
    {
        var kept = 1 - (selectivity * intrinsicRefusal);
        return kept <= 0 ? (0, 0) : (kept, intrinsicRefusal * (1 - selectivity) / kept);
    }

    /// <summary>The intrinsic refusal share r₀ that <see cref="Screen"/> turns into <paramref name="observed"/> under selectivity σ.</summary>
    public static double IntrinsicRefusal(double observed, double selectivity)
        => observed / (1 - selectivity + (selectivity * observed));

    /// <summary>
    /// Inflation φ of a first order when the manager is paid per unit of first-month revenue: max × (1 − exp(−gain ÷ (w ×
    /// front-load hours))), capped where a renewal month at the client's own level would fail the renewal tolerance
    /// (level ÷ (1 + φ) &lt; tolerance claws the whole bonus back): cap = 1 ÷ tolerance − 1.
    /// </summary>
    /// <param name="gain">Bonus per unit of inflation of an average first order (rate × first order).</param>
    /// <param name="hourlyWage">The manager's hourly salary.</param>
    /// <param name="tolerance">Renewal tolerance in force (0 when nothing is clawed back for a smaller renewal).</param>
    /// <param name="behaviour">The behaviour parameters.</param>
    public static double FrontLoad(double gain, double hourlyWage, double tolerance, BehaviourSpec behaviour)
    {
        Guard.NotNull(behaviour);
        if (gain <= 0)
        {
            return 0;
        }

        var phi = behaviour.MaxFrontLoad * (1 - Math.Exp(-gain / (Math.Max(hourlyWage, 1e-9) * behaviour.FrontLoadHours)));
        return tolerance > 0 ? Math.Min(phi, Math.Max(0, (1 / tolerance) - 1)) : phi;
    }

    /// <summary>
    /// Extra one-off trial orders per regular deal under a flat activation bonus (seed 002: "one-off activations"):
    /// max × (1 − exp(−bonus ÷ (w × frontLoadHours ÷ 8))), i.e. on the scale of a day's salary.
    /// </summary>
    public static double OneOffShare(double activationBonus, double hourlyWage, BehaviourSpec behaviour)
    {
        Guard.NotNull(behaviour);
        return activationBonus <= 0 ? 0
            : behaviour.MaxOneOff * (1 - Math.Exp(-activationBonus / (Math.Max(hourlyWage, 1e-9) * behaviour.FrontLoadHours / 8)));
    }

    /// <summary>
    /// How attractive a prospect is to a hunter: (flat pay + pay per unit of monthly spend × spend) × (potential ÷
    /// median)^−sizeEase. A flat bonus favours small outlets (quicker to close); pay per unit of spend favours large ones.
    /// </summary>
    public static double ProspectScore(double flatPay, double payPerSpend, double spend, double relativePotential, BehaviourSpec behaviour)
    {
        Guard.NotNull(behaviour);
        return (flatPay + (payPerSpend * spend)) * Math.Pow(Math.Max(relativePotential, 1e-12), -behaviour.SizeEase);
    }
}
