using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Model;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Testing;

/// <summary>
/// FsCheck generators of valid simulation scenarios (docs/simulator.md in the repository) that reach the edge cases: an empty market or
/// no initial base, groups of zero managers, no keepers or no hunters, zero and certain conversions, zero churn,
/// every bonus element on or off. Populations stay small (≤ 300 clients, ≤ 6 months) so that properties run fast.
/// </summary>
public static class ScenarioGenerators
{
    /// <summary>A share: often exactly 0 or 1, else uniform in hundredths.</summary>
    public static Gen<double> Share() =>
        Gen.Frequency((1, Gen.Constant(0.0)), (1, Gen.Constant(1.0)), (6, Gen.Choose(0, 100).Select(k => k / 100.0)));

    /// <summary>One group of managers with any role, 0–3 members, any skill.</summary>
    public static Gen<ManagerSpec> Group() =>
        from role in Gen.Elements(ManagerRole.Hunter, ManagerRole.Farmer, ManagerRole.Generalist, ManagerRole.Assistant)
        from count in Gen.Choose(0, 3)
        from hours in Gen.Elements(0.1, 8.0, 40.0, 60.0)
        from meetings in Gen.Choose(0, 15)
        from callToMeeting in Share()
        from meetingToProductive in Share()
        from productiveToDeal in Share()
        from reactivation in Share()
        from refusalLow in Gen.Choose(0, 50)
        from refusalSpread in Gen.Choose(0, 50)
        select new ManagerSpec
        {
            Name = role.ToString().ToLowerInvariant(),
            Role = role,
            Count = count,
            CapacityHours = hours,
            MeetingsPerWeek = meetings,
            Skill = new FunnelSkillSpec
            {
                CallToMeeting = callToMeeting, MeetingToProductive = meetingToProductive,
                ProductiveToDeal = productiveToDeal, Reactivation = reactivation,
            },
            MonthlySalary = 1_000m * count,
            EarlyRefusalShareMin = refusalLow / 100.0,
            EarlyRefusalShareMax = (refusalLow + refusalSpread) / 100.0,
        };

    /// <summary>A bonus program: each element on or off, with or without clawback and quartile grading.</summary>
    public static Gen<BonusProgramSpec> Bonus() =>
        from commission in Gen.Elements(0m, 0.02m)
        from activation in Gen.Elements(0m, 50m)
        from upfront in Gen.Elements(0m, 2m)
        from clawback in Gen.Choose(0, 4)
        from tolerance in Gen.Elements(0m, 0.5m, 1m)
        from graded in Gen.Elements(false, true)
        from minimum in Gen.Elements(0m, 500m)
        from byChannel in Gen.Elements(false, true)
        select new BonusProgramSpec
        {
            CommissionRate = commission,
            ActivationBonus = activation,
            ActivationMinimumVolume = minimum,
            ActivationBonusByChannel = byChannel && activation > 0m ? [activation, activation * 2, activation * 4, 0m] : [],
            UpfrontRatePerDollar = upfront,
            ClawbackMonths = clawback,
            RenewalTolerance = tolerance,
            QuartileRates = graded ? [4m, 3m, 2m, 1m] : [],
        };

    /// <summary>A valid scenario with 1–4 groups, a population of 1–300 clients and a horizon of 1–6 months.</summary>
    public static Gen<Scenario> Scenario() =>
        from market in Gen.Frequency((1, Gen.Constant(0)), (5, Gen.Choose(1, 200)))
        from initial in Gen.Frequency((1, Gen.Constant(0)), (5, Gen.Choose(1, 100)))
        from groups in Group().ArrayOf().Where(g => g.Length is >= 1 and <= 4)
        from months in Gen.Choose(1, 6)
        from churn in Share().Select(s => s / 10)
        from billing in Gen.Elements(false, true)
        from handOver in Gen.Elements(-1, 0, 4)
        from norms in Gen.Choose(0, 6).Three()
        from bonus in Bonus()
        from downgrade in Gen.Elements(0.0, 0.3)
        from attrition in Gen.Elements(0.0, 0.015, 0.5)
        from trainees in Gen.Choose(0, 2)
        from head in Gen.Elements(0.0, 0.0, 6.0, 40.0)
        from elasticity in Gen.Elements(0.0, 0.0, 0.5, 2.0)
        where market + initial > 0
        select new Scenario
        {
            Name = "generated",
            Months = months,
            Population = new PopulationSpec { MarketCapacity = market, InitialActive = initial, MonthlyBilling = billing },
            SalesForce = groups,
            Clients = new ClientBehaviourSpec { BaseMonthlyChurn = churn, DowngradeShare = downgrade },
            Farming = new FarmingSpec { NormA = norms.Item1, NormB = norms.Item2, NormC = norms.Item3, HandOverAfterWeeks = handOver },
            Bonus = bonus,
            Organisation = new OrganisationSpec { ManagerAttritionMonthly = attrition, Trainees = trainees, HiringDelayWeeks = trainees * 4, HeadHoursPerWeek = head, HeadCost = head > 0 ? 1_000m : 0m },
            Behaviour = new BehaviourSpec { ProspectSizeElasticity = elasticity },
        };
}

/// <summary>FsCheck arbitraries of valid scenarios; register with <c>[Property(Arbitrary = new[] { typeof(ScenarioArbitraries) })]</c>.</summary>
public static class ScenarioArbitraries
{
    /// <summary>Valid scenarios (no shrinking: a failing scenario is small already).</summary>
    public static Arbitrary<Scenario> Scenarios() => Arb.From(ScenarioGenerators.Scenario());
}
