using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Simulation.Behaviour;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulation.Tests.Behaviour;

/// <summary>
/// The managers' choice model is monotone and saturating where theory says so (docs/simulator.md, "Incentive-driven
/// behaviour"): more pay per hour never lowers effort, the share of the better-paid activity or the screening, and each
/// further unit adds less.
/// </summary>
[Properties(MaxTest = 300)]
public class IncentiveModelProperties
{
    private static readonly BehaviourSpec Defaults = new();

    private static double Ratio(int hundredths) => Math.Abs(hundredths % 100_000) / 100.0;

    [Property]
    public Property Effort_IsMonotone_Bounded_AndSaturating(int a, int step)
    {
        var x = Ratio(a);
        var d = Ratio(step) + 0.01;
        var e0 = IncentiveModel.Effort(x, Defaults);
        var e1 = IncentiveModel.Effort(x + d, Defaults);
        var e2 = IncentiveModel.Effort(x + d + d, Defaults);
        return (e0 >= Defaults.BaseEffort && e1 >= e0 && e2 >= e1 && e2 <= 1 && e2 - e1 <= e1 - e0 + 1e-12)
            .Label($"{e0} {e1} {e2}");
    }

    [Property]
    public Property Shares_SumToOne_AndRiseWithTheActivitysPay(int hunting, int farming, int raise)
    {
        var template = new ActivityValues(0.15, 0.75, 0.10);
        var pay = new ActivityValues(Ratio(hunting), Ratio(farming), 0);
        var more = pay with { Farming = pay.Farming + Ratio(raise) };
        var before = IncentiveModel.Shares(template, pay, 17, Defaults);
        var after = IncentiveModel.Shares(template, more, 17, Defaults);
        return (Math.Abs(before.Total - 1) < 1e-9 && after.Farming >= before.Farming - 1e-12 && after.Hunting <= before.Hunting + 1e-12)
            .Label($"{before} → {after}");
    }

    [Trait("Category", "Slow")]
    [Property]
    public Property WeeklyHours_RiseWithPay_NeverAboveCapacity(int pay, int raise)
    {
        var template = new ActivityValues(1, 0, 0);
        var low = IncentiveModel.WeeklyHours(40, template, new ActivityValues(Ratio(pay), 0, 0), 17, Defaults);
        var high = IncentiveModel.WeeklyHours(40, template, new ActivityValues(Ratio(pay) + Ratio(raise), 0, 0), 17, Defaults);
        return (high.Hunting >= low.Hunting && high.Total <= 40 * (1 - Defaults.PaperworkShare) + 1e-9).Label($"{low} → {high}");
    }

    [Property]
    public Property Selectivity_IsMonotone_Saturating_AndBelowItsMaximum(int stake, int step)
    {
        var s = Ratio(stake) * 100;
        var d = (Ratio(step) * 100) + 1;
        var s0 = IncentiveModel.Selectivity(s, 17, Defaults);
        var s1 = IncentiveModel.Selectivity(s + d, 17, Defaults);
        var s2 = IncentiveModel.Selectivity(s + d + d, 17, Defaults);
        return (s1 >= s0 && s2 >= s1 && s2 <= Defaults.MaxSelectivity && s2 - s1 <= s1 - s0 + 1e-12).Label($"{s0} {s1} {s2}");
    }

    [Property]
    public Property Screening_KeepsTheDealsThatDoNotRefuse(int refusal, int selectivity)
    {
        var r = Math.Abs(refusal % 101) / 100.0;
        var sigma = Math.Abs(selectivity % 101) / 100.0 * 0.99;
        var (deals, after) = IncentiveModel.Screen(r, sigma);
        var observedBack = IncentiveModel.IntrinsicRefusal(after, sigma);
        return (Math.Abs((deals * (1 - after)) - (1 - r)) < 1e-9 && after <= r + 1e-12 && Math.Abs(observedBack - r) < 1e-9)
            .Label($"r {r} σ {sigma}: deals {deals}, refusal {after}");
    }

    [Property]
    public Property FrontLoad_IsMonotoneInTheGain_AndRespectsTheRenewalTolerance(int gain, int tolerance)
    {
        var g = Ratio(gain) * 100;
        var t = Math.Abs(tolerance % 101) / 100.0;
        var phi = IncentiveModel.FrontLoad(g, 17, t, Defaults);
        var more = IncentiveModel.FrontLoad(g + 100, 17, t, Defaults);
        var cap = t > 0 ? (1 / t) - 1 : double.MaxValue;
        return (phi >= 0 && more >= phi && phi <= Defaults.MaxFrontLoad && phi <= cap + 1e-12).Label($"{phi} {more}");
    }

    [Fact]
    public void FrontLoad_IsZero_WhenTheRenewalMustMatchTheFirstMonth()
        => Assert.Equal(0, IncentiveModel.FrontLoad(10_000, 17, 1, Defaults));
}
