using SalesDomain.Model;
using SalesDomain.Simulation.Behaviour;

namespace SalesDomain.Simulation.Engine;

/// <summary>
/// Each month every manager re-plans its week under its pay scheme (docs/simulator.md in the repository, "Incentive-driven behaviour"):
/// the expected incentive pay per hour of hunting, farming and reactivation feeds <see cref="IncentiveModel"/>, which
/// gives the weekly hours per activity, the selectivity of its prospecting and the first-order inflation.
/// </summary>
internal sealed partial class Replication
{
    /// <summary>
    /// The role's time template (seed 001 weekly plans; shares are assumptions): hunters prospect, farmers work the
    /// norms and the reactivation list, generalists put routine first (seed 003: farming 0.75, reactivation 0.10,
    /// hunting 0.15, and unused routine hours go to hunting), assistants work the reactivation list.
    /// </summary>
    internal static ActivityValues Template(ManagerRole role) => role switch
    {
        ManagerRole.Hunter => new ActivityValues(1, 0, 0),
        ManagerRole.Farmer => new ActivityValues(0, 0.8, 0.2),
        ManagerRole.Generalist => new ActivityValues(0.15, 0.75, 0.1),
        _ => new ActivityValues(0, 0, 1),
    };

    /// <summary>Hourly salary: monthly salary ÷ (weeks per month × capacity); at least 1 currency unit a month.</summary>
    internal static double HourlyWage(decimal monthlySalary, double capacityHours)
        => Math.Max((double)monthlySalary, 1) / (SimulationPlan.WeeksPerMonth * capacityHours);

    // Sums over months and acquirers of the screening share and the first-order inflation (ledger averages).
    private double _selectivitySum, _frontLoadSum;
    private int _plans;

    private void PlanEffort()
    {
        _plans++;
        var b = _s.Behaviour;
        var horizon = b.PlanningHorizonMonths;
        var commission = (double)_s.Bonus.CommissionRate;
        var spend = _plan.ExpectedNewSpend;
        var quality = LeadQuality();
        for (var m = 0; m < _m.Count; m++)
        {
            var spec = _m.Spec[m];
            var skill = spec.Skill;
            var wage = HourlyWage(spec.MonthlySalary, spec.CapacityHours);
            var (phi, sigma, keptMonths) = Screening(_plan, spec, _m.Role[m]);
            var (dealFactor, refusal) = IncentiveModel.Screen(_m.EarlyRefusal[m], sigma);
            var rate = _plan.UpfrontOn ? _plan.MeanUpfrontRate : 0;
            var perSpend = (rate * _s.Clients.FirstOrderMonths * (1 + phi) * (1 - (refusal * _plan.RefusalsInWindow)))
                + (commission * keptMonths * (1 - refusal));
            var oneOff = _plan.ActivationOn ? IncentiveModel.OneOffShare(_plan.MeanActivationAmount, wage, b) : 0;
            var payPerDeal = (perSpend * spend) + (_plan.MeanActivationAmount * (1 + oneOff));
            var ramp = _m.Ramp(m, _week, _s.Organisation.RampUpWeeks);
            var dealsPerHour = skill.CallToMeeting * skill.MeetingToProductive * skill.ProductiveToDeal * dealFactor * quality * ramp
                / (spec.CallHours + (skill.CallToMeeting * spec.MeetingHours));
            var owned = _m.Clients[m] > 0 && _m.LastOwnedRevenue[m] > 0m ? (double)_m.LastOwnedRevenue[m] / _m.Clients[m] : spend;
            var developmentMonths = _s.Clients.DevelopmentDecayPerMonth > 0 ? Math.Min(horizon, 1 / _s.Clients.DevelopmentDecayPerMonth) : horizon;
            var keeps = _m.Keeps(m);
            var lostShare = _m.ListEntries[m] > 0 ? (double)_m.LostEntries[m] / _m.ListEntries[m] : 0;
            var pay = new ActivityValues(
                dealsPerHour * payPerDeal,
                keeps ? commission * owned * _s.Clients.UpsellLift * _s.Clients.DevelopmentPerContact * developmentMonths / spec.CallHours : 0,
                keeps ? commission * owned * horizon * skill.Reactivation * lostShare / spec.CallHours : 0);
            var hours = IncentiveModel.WeeklyHours(spec.CapacityHours, Template(_m.Role[m]), pay, wage, b);

            // The list is finite: hours beyond one call per own entry a month go to farming (keepers) or hunting.
            var listHours = keeps ? _m.ListEntries[m] * spec.CallHours / SimulationPlan.WeeksPerMonth : double.MaxValue;
            var excess = Math.Max(0, hours.Reactivation - listHours);
            var toFarming = keeps && Template(_m.Role[m]).Farming > 0;
            var at = m * ManagerTable.Activities;
            _m.Budget[at + ManagerTable.Hunting] = hours.Hunting + (toFarming ? 0 : excess);
            _m.Budget[at + ManagerTable.Farming] = hours.Farming + (toFarming ? excess : 0);
            _m.Budget[at + ManagerTable.Reactivation] = hours.Reactivation - excess;
            _m.Selectivity[m] = sigma;
            _m.FrontLoad[m] = phi;
            _m.DealFactor[m] = dealFactor;
            _m.Refusal[m] = refusal;
            _m.OneOff[m] = oneOff;
            _m.PayPerSpend[m] = perSpend;
            var acquirer = _m.Role[m] is ManagerRole.Hunter or ManagerRole.Generalist;
            _selectivitySum += acquirer ? sigma : 0;
            _frontLoadSum += acquirer ? phi : 0;
        }
    }

    /// <summary>
    /// A manager's first-order inflation φ and screening σ under the plan's program, and the months it keeps a client it
    /// wins (until the hand-over for a hunter when the force has farmers). Depends on the scenario only, so a built-in
    /// can invert observed refusal shares with it (<see cref="Scenarios.BuiltInScenarios.Saas"/>).
    /// </summary>
    internal static (double Phi, double Sigma, double KeptMonths) Screening(SimulationPlan plan, Scenarios.ManagerSpec spec, ManagerRole role)
    {
        var s = plan.Scenario;
        var b = s.Behaviour;
        var horizon = b.PlanningHorizonMonths;
        var rate = plan.UpfrontOn ? plan.MeanUpfrontRate : 0;
        var spend = plan.ExpectedNewSpend;
        var first = spend * s.Clients.FirstOrderMonths;
        var tolerance = plan.ClawbackOn ? (double)s.Bonus.RenewalTolerance : 0;
        var handOverMonths = plan.HasFarmers && s.Farming.HandOverAfterWeeks >= 0 ? s.Farming.HandOverAfterWeeks / SimulationPlan.WeeksPerMonth : horizon;
        var keptMonths = role == ManagerRole.Hunter ? Math.Min(horizon, handOverMonths) : horizon;
        var wage = HourlyWage(spec.MonthlySalary, spec.CapacityHours);
        var phi = IncentiveModel.FrontLoad(rate * first, wage, tolerance, b);
        var stake = (rate * first * (1 + phi) * plan.RefusalsInWindow) + (plan.QuartileSpread / 2 * first)
            + ((double)s.Bonus.CommissionRate * spend * keptMonths);
        return (phi, IncentiveModel.Selectivity(stake, wage, b), keptMonths);
    }

    /// <summary>
    /// The scenario with each group's early-refusal shares read as observed under its own program: replaced by the
    /// intrinsic shares that the program's screening turns into them (<see cref="IncentiveModel.IntrinsicRefusal"/>).
    /// </summary>
    internal static Scenarios.Scenario WithIntrinsicRefusals(Scenarios.Scenario observed)
    {
        var plan = new SimulationPlan(observed, observed.Months);
        observed.SalesForce = [.. observed.SalesForce.Select(g =>
        {
            var sigma = Screening(plan, g, g.Role).Sigma;
            return g with
            {
                EarlyRefusalShareMin = Math.Round(IncentiveModel.IntrinsicRefusal(g.EarlyRefusalShareMin, sigma), 4),
                EarlyRefusalShareMax = Math.Round(IncentiveModel.IntrinsicRefusal(g.EarlyRefusalShareMax, sigma), 4),
            };
        })];
        return observed;
    }

    /// <summary>
    /// Quality of the leads left in the potential pool: (pool left ÷ market capacity)^exponent, 1 while the pool is full
    /// (the best leads are worked first).
    /// </summary>
    private double LeadQuality()
    {
        var exponent = _s.Organisation.LeadQualityExponent;
        var capacity = _s.Population.MarketCapacity;
        return exponent == 0 || capacity == 0 ? 1 : Math.Pow((double)_c.PotentialCount / capacity, exponent);
    }
}
