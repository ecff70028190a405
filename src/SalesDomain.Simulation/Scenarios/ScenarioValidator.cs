using System.Globalization;
using SalesDomain.Model;

namespace SalesDomain.Simulation.Scenarios;

/// <summary>
/// Checks a scenario and names every bad field by its JSON path, e.g.
/// <c>$.salesForce[2].capacityHours must be > 0, was -5</c>.
/// </summary>
public static class ScenarioValidator
{
    /// <summary>Every problem of the scenario, one message each; empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(Scenario scenario)
    {
        Guard.NotNull(scenario);
        var e = new List<string>();
        if (string.IsNullOrWhiteSpace(scenario.Name))
        {
            e.Add("$.name must not be empty");
        }

        Positive(e, "$.months", scenario.Months);
        AtMost(e, "$.months", scenario.Months, Scenario.MaxMonths);
        Share(e, "$.grossMargin", (double)scenario.GrossMargin);
        if (scenario.Population is { } population)
        {
            Population(e, population);
        }

        Force(e, scenario.SalesForce);
        if (scenario.Clients is { } clients)
        {
            Clients(e, clients);
        }

        if (scenario.Farming is { } farming)
        {
            Farming(e, farming);
        }

        if (scenario.Bonus is { } bonus)
        {
            Bonus(e, bonus);
        }

        if (scenario.Behaviour is { } behaviour)
        {
            Behaviour(e, behaviour);
        }

        Gaming(e, scenario);
        if (scenario.Organisation is { } organisation)
        {
            Organisation(e, organisation);
        }

        if (scenario.Clients is { } behaviour2)
        {
            Between(e, "$.clients.winBackHalfLifeMonths", behaviour2.WinBackHalfLifeMonths, 0, 1200);
        }

        foreach (var (value, path) in new object?[] { scenario.Population, scenario.Clients, scenario.Farming, scenario.Bonus, scenario.Behaviour, scenario.Organisation }
                     .Zip(["$.population", "$.clients", "$.farming", "$.bonus", "$.behaviour", "$.organisation"]))
        {
            if (value is null)
            {
                e.Add($"{path} must not be null");
            }
        }

        return e;
    }

    /// <summary>Throws <see cref="ScenarioException"/> listing every problem when the scenario is not valid.</summary>
    public static Scenario EnsureValid(Scenario scenario)
    {
        var errors = Errors(scenario);
        return errors.Count == 0 ? scenario : throw new ScenarioException(errors);
    }

    private static void Population(List<string> e, PopulationSpec p)
    {
        NotNegative(e, "$.population.marketCapacity", p.MarketCapacity);
        NotNegative(e, "$.population.initialActive", p.InitialActive);
        if ((long)p.MarketCapacity + p.InitialActive is 0 or > Scenario.MaxClients)
        {
            e.Add($"$.population must hold 1 to 50,000,000 clients, was {(long)p.MarketCapacity + p.InitialActive}");
        }

        Positive(e, "$.population.medianMonthlyPotential", (double)p.MedianMonthlyPotential);
        AtMost(e, "$.population.medianMonthlyPotential", (double)p.MedianMonthlyPotential, (double)Scenario.MaxMoney);
        Between(e, "$.population.potentialLogSigma", p.PotentialLogSigma, 0, 4);
        Positive(e, "$.population.minPurchaseIntervalWeeks", p.MinPurchaseIntervalWeeks);
        if (p.MaxPurchaseIntervalWeeks < p.MinPurchaseIntervalWeeks || !double.IsFinite(p.MaxPurchaseIntervalWeeks))
        {
            e.Add($"$.population.maxPurchaseIntervalWeeks must be >= minPurchaseIntervalWeeks ({Fmt(p.MinPurchaseIntervalWeeks)}), was {Fmt(p.MaxPurchaseIntervalWeeks)}");
        }

        Between(e, "$.population.maxPurchaseNoiseSigma", p.MaxPurchaseNoiseSigma, 0, 2);
        Profiles(e, p.Profiles);
        Between(e, "$.population.monthlyGrowthMean", p.MonthlyGrowthMean, -0.2, 0.2);
        Between(e, "$.population.monthlyGrowthSd", p.MonthlyGrowthSd, 0, 0.2);
        Category(e, "$.population.channels", p.Channels);
        Category(e, "$.population.regions", p.Regions);
        Category(e, "$.population.industries", p.Industries);
        if (p.ChannelPotentialFactors is null)
        {
            e.Add("$.population.channelPotentialFactors must not be null (use [] for no factors)");
        }

        var factors = p.ChannelPotentialFactors ?? [];
        if (factors.Count != 0 && factors.Count != (p.Channels?.Names?.Count ?? 0))
        {
            e.Add($"$.population.channelPotentialFactors must have one factor per channel ({p.Channels?.Names?.Count ?? 0}), had {factors.Count}");
        }

        for (var i = 0; i < factors.Count; i++)
        {
            Positive(e, $"$.population.channelPotentialFactors[{i}]", factors[i]);
        }
    }

    private static void Category(List<string> e, string path, CategorySpec? c)
    {
        if (c?.Names is not { Count: > 0 and <= 255 } names)
        {
            e.Add($"{path}.names must list 1 to 255 names, had {c?.Names?.Count ?? 0}");
            return;
        }

        if (c.Weights is null)
        {
            e.Add($"{path}.weights must not be null (use [] for equal weights)");
        }

        var weights = c.Weights ?? [];
        if (weights.Count != 0 && weights.Count != names.Count)
        {
            e.Add($"{path}.weights must have one weight per name ({names.Count}), had {weights.Count}");
        }

        for (var i = 0; i < weights.Count; i++)
        {
            NotNegative(e, $"{path}.weights[{i}]", weights[i]);
        }

        if (weights.Count != 0 && !(weights.Sum() > 0))
        {
            e.Add($"{path}.weights must have a positive sum, was {Fmt(weights.Sum())}");
        }
    }

    private static void Force(List<string> e, IReadOnlyList<ManagerSpec>? force)
    {
        if (force is null || force.Count == 0)
        {
            e.Add("$.salesForce must list at least one group of managers, had 0");
            return;
        }

        var total = 0L;
        for (var i = 0; i < force.Count; i++)
        {
            var p = $"$.salesForce[{i}]";
            var m = force[i];
            if (m is null || m.Name is null)
            {
                e.Add($"{p} must not be null");
                continue;
            }

            if (m.Role is not (ManagerRole.Hunter or ManagerRole.Farmer or ManagerRole.Generalist or ManagerRole.Assistant))
            {
                e.Add($"{p}.role must be Hunter, Farmer, Generalist or Assistant, was {m.Role}");
            }

            NotNegative(e, $"{p}.count", m.Count);
            total += Math.Max(0, m.Count);
            Positive(e, $"{p}.capacityHours", m.CapacityHours);
            AtMost(e, $"{p}.capacityHours", m.CapacityHours, 168);
            NotNegative(e, $"{p}.meetingsPerWeek", m.MeetingsPerWeek);
            Positive(e, $"{p}.callHours", m.CallHours);
            Positive(e, $"{p}.meetingHours", m.MeetingHours);
            NotNegative(e, $"{p}.monthlySalary", (double)m.MonthlySalary);
            AtMost(e, $"{p}.monthlySalary", (double)m.MonthlySalary, (double)Scenario.MaxMoney);
            Share(e, $"{p}.earlyRefusalShareMin", m.EarlyRefusalShareMin);
            Share(e, $"{p}.earlyRefusalShareMax", m.EarlyRefusalShareMax);
            if (m.EarlyRefusalShareMax < m.EarlyRefusalShareMin)
            {
                e.Add($"{p}.earlyRefusalShareMax must be >= earlyRefusalShareMin ({Fmt(m.EarlyRefusalShareMin)}), was {Fmt(m.EarlyRefusalShareMax)}");
            }

            var s = m.Skill;
            if (s is null)
            {
                e.Add($"{p}.skill must not be null");
                continue;
            }

            Share(e, $"{p}.skill.callToMeeting", s.CallToMeeting);
            Share(e, $"{p}.skill.meetingToProductive", s.MeetingToProductive);
            Share(e, $"{p}.skill.productiveToDeal", s.ProductiveToDeal);
            Share(e, $"{p}.skill.reactivation", s.Reactivation);
        }

        if (total > 10_000)
        {
            e.Add($"$.salesForce must hold at most 10,000 managers, had {total}");
        }
    }

    private static void Profiles(List<string> e, IReadOnlyList<ClientProfile>? profiles)
    {
        if (profiles is null)
        {
            e.Add("$.population.profiles must not be null (use [] for none)");
            return;
        }

        if (profiles.Count > 10_000)
        {
            e.Add($"$.population.profiles must hold at most 10,000 profiles, had {profiles.Count}");
            return;
        }

        for (var k = 0; k < profiles.Count; k++)
        {
            if (profiles[k] is not { } profile)
            {
                e.Add($"$.population.profiles[{k}] must not be null");
                continue;
            }

            Positive(e, $"$.population.profiles[{k}].monthlySpend", profile.MonthlySpend);
            AtMost(e, $"$.population.profiles[{k}].monthlySpend", profile.MonthlySpend, (double)Scenario.MaxMoney);
            Positive(e, $"$.population.profiles[{k}].intervalWeeks", profile.IntervalWeeks);
            AtMost(e, $"$.population.profiles[{k}].intervalWeeks", profile.IntervalWeeks, 5_200);
        }
    }

    private static void Clients(List<string> e, ClientBehaviourSpec c)
    {
        Share(e, "$.clients.baseMonthlyChurn", c.BaseMonthlyChurn);
        NotNegative(e, "$.clients.neglectChurnPerMonth", c.NeglectChurnPerMonth);
        Between(e, "$.clients.maxNeglectMultiplier", c.MaxNeglectMultiplier, 1, 100);
        NotNegative(e, "$.clients.contactChurnReduction", c.ContactChurnReduction);
        Between(e, "$.clients.upsellLift", c.UpsellLift, 0, 10);
        Share(e, "$.clients.developmentPerContact", c.DevelopmentPerContact);
        Share(e, "$.clients.developmentDecayPerMonth", c.DevelopmentDecayPerMonth);
        Share(e, "$.clients.initialWalletShare", c.InitialWalletShare);
        Positive(e, "$.clients.lapseIntervalFactor", c.LapseIntervalFactor);
        Between(e, "$.clients.stickinessChurnFactor", c.StickinessChurnFactor, 0, 10);
        Share(e, "$.clients.handOverLoss", c.HandOverLoss);
        Between(e, "$.clients.firstOrderMonths", c.FirstOrderMonths, 0, 24);
        if (c.Seasonality is null)
        {
            e.Add("$.clients.seasonality must not be null");
        }

        var seasons = c.Seasonality ?? [];
        if (seasons.Count is not (0 or 12))
        {
            e.Add($"$.clients.seasonality must list 12 monthly factors or none, had {seasons.Count}");
        }

        for (var m = 0; m < seasons.Count; m++)
        {
            if (!(seasons[m] > 0 && seasons[m] <= 10))
            {
                e.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"$.clients.seasonality[{m}] must be in (0, 10], was {seasons[m]}"));
            }
        }
    }

    private static void Farming(List<string> e, FarmingSpec f)
    {
        Between(e, "$.farming.normA", f.NormA, 0, 40);
        Between(e, "$.farming.normB", f.NormB, 0, 40);
        Between(e, "$.farming.normC", f.NormC, 0, 40);
        Between(e, "$.farming.abcWindowMonths", f.AbcWindowMonths, 1, 24);
        Between(e, "$.farming.xyzWindowMonths", f.XyzWindowMonths, 1, 24);
        AtMost(e, "$.farming.handOverAfterWeeks", f.HandOverAfterWeeks, 520);
    }

    private static void Bonus(List<string> e, BonusProgramSpec b)
    {
        Share(e, "$.bonus.commissionRate", (double)b.CommissionRate);
        NotNegative(e, "$.bonus.activationBonus", (double)b.ActivationBonus);
        AtMost(e, "$.bonus.activationBonus", (double)b.ActivationBonus, (double)Scenario.MaxMoney);
        Between(e, "$.bonus.upfrontRatePerDollar", (double)b.UpfrontRatePerDollar, 0, 100);
        Between(e, "$.bonus.clawbackMonths", b.ClawbackMonths, 0, 24);
        Share(e, "$.bonus.renewalTolerance", (double)b.RenewalTolerance);
        if (b.QuartileRates is null)
        {
            e.Add("$.bonus.quartileRates must not be null");
        }

        var q = b.QuartileRates ?? [];
        if (q.Count is not (0 or 4))
        {
            e.Add($"$.bonus.quartileRates must list 4 rates (quartiles 1 to 4) or none, had {q.Count}");
        }

        for (var i = 0; i < q.Count; i++)
        {
            Between(e, $"$.bonus.quartileRates[{i}]", (double)q[i], 0, 100);
        }
    }

    private static void Behaviour(List<string> e, BehaviourSpec b)
    {
        Between(e, "$.behaviour.allocationElasticity", b.AllocationElasticity, 0, 100);
        Between(e, "$.behaviour.effortElasticity", b.EffortElasticity, 0, 100);
        Share(e, "$.behaviour.baseEffort", b.BaseEffort);
        Between(e, "$.behaviour.paperworkShare", b.PaperworkShare, 0, 0.9);
        Between(e, "$.behaviour.planningHorizonMonths", b.PlanningHorizonMonths, 0, 120);
        Share(e, "$.behaviour.maxSelectivity", b.MaxSelectivity);
        Between(e, "$.behaviour.screeningHours", b.ScreeningHours, 0.01, 1000);
        Between(e, "$.behaviour.maxFrontLoad", b.MaxFrontLoad, 0, 10);
        Between(e, "$.behaviour.frontLoadHours", b.FrontLoadHours, 0.01, 1000);
        Between(e, "$.behaviour.candidatesPerDeal", b.CandidatesPerDeal, 1, 50);
        Between(e, "$.behaviour.sizeEase", b.SizeEase, 0, 10);
        Between(e, "$.behaviour.prospectSizeElasticity", b.ProspectSizeElasticity, 0, 10);
        Between(e, "$.behaviour.maxOneOff", b.MaxOneOff, 0, 10);
        Share(e, "$.behaviour.thresholdReach", b.ThresholdReach);
    }

    private static void Organisation(List<string> e, OrganisationSpec o)
    {
        Between(e, "$.organisation.leadQualityExponent", o.LeadQualityExponent, 0, 10);
        Share(e, "$.organisation.managerAttritionMonthly", o.ManagerAttritionMonthly);
        Share(e, "$.organisation.stickyClientsLeaving", o.StickyClientsLeaving);
        Share(e, "$.organisation.otherClientsLeaving", o.OtherClientsLeaving);
        Between(e, "$.organisation.hiringDelayWeeks", o.HiringDelayWeeks, 0, 520);
        NotNegative(e, "$.organisation.hiringCost", (double)o.HiringCost);
        Between(e, "$.organisation.rampUpWeeks", o.RampUpWeeks, 0, 520);
        Between(e, "$.organisation.trainees", o.Trainees, 0, 10_000);
        NotNegative(e, "$.organisation.traineeMonthlySalary", (double)o.TraineeMonthlySalary);
        Between(e, "$.organisation.traineeCallsPerWeek", o.TraineeCallsPerWeek, 0, 1_000);
        Share(e, "$.organisation.traineeCallToMeeting", o.TraineeCallToMeeting);
        Between(e, "$.organisation.headHoursPerWeek", o.HeadHoursPerWeek, 0, 168);
        Between(e, "$.organisation.headHoursPerClosing", o.HeadHoursPerClosing, 0.01, 40);
        Between(e, "$.organisation.headClosingLift", o.HeadClosingLift, 0, 10);
        NotNegative(e, "$.organisation.headCost", (double)o.HeadCost);
        AtMost(e, "$.organisation.headCost", (double)o.HeadCost, (double)Scenario.MaxMoney);
    }

    private static void Gaming(List<string> e, Scenario scenario)
    {
        if (scenario.Clients is { } c)
        {
            Share(e, "$.clients.downgradeShare", c.DowngradeShare);
            Share(e, "$.clients.downgradeFactor", c.DowngradeFactor);
        }

        if (scenario.Bonus is not { } b)
        {
            return;
        }

        NotNegative(e, "$.bonus.activationMinimumVolume", (double)b.ActivationMinimumVolume);
        if (b.ActivationBonusByChannel is null)
        {
            e.Add("$.bonus.activationBonusByChannel must not be null (use [] for an ungraded bonus)");
            return;
        }

        var channels = scenario.Population?.Channels?.Names?.Count ?? 0;
        if (b.ActivationBonusByChannel.Count != 0 && b.ActivationBonusByChannel.Count != channels)
        {
            e.Add($"$.bonus.activationBonusByChannel must have one amount per channel ({channels}), had {b.ActivationBonusByChannel.Count}");
        }

        for (var i = 0; i < b.ActivationBonusByChannel.Count; i++)
        {
            NotNegative(e, $"$.bonus.activationBonusByChannel[{i}]", (double)b.ActivationBonusByChannel[i]);
        }
    }

    private static void Positive(List<string> e, string path, double value)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            e.Add($"{path} must be > 0, was {Fmt(value)}");
        }
    }

    private static void NotNegative(List<string> e, string path, double value)
    {
        if (!(value >= 0) || !double.IsFinite(value))
        {
            e.Add($"{path} must be >= 0, was {Fmt(value)}");
        }
    }

    private static void AtMost(List<string> e, string path, double value, double max)
    {
        if (value > max)
        {
            e.Add($"{path} must be <= {Fmt(max)}, was {Fmt(value)}");
        }
    }

    private static void Share(List<string> e, string path, double value) => Between(e, path, value, 0, 1);

    private static void Between(List<string> e, string path, double value, double min, double max)
    {
        if (!(value >= min && value <= max))
        {
            e.Add($"{path} must be within [{Fmt(min)}, {Fmt(max)}], was {Fmt(value)}");
        }
    }

    private static string Fmt(double value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A scenario that is not valid; <see cref="Errors"/> names every bad field by its JSON path.</summary>
public sealed class ScenarioException : ArgumentException
{
    /// <summary>Creates the exception from the validation messages.</summary>
    public ScenarioException(IReadOnlyList<string> errors)
        : base(string.Join(Environment.NewLine, Guard.NotNull(errors))) => Errors = errors;

    /// <summary>One message per bad field, each starting with its JSON path.</summary>
    public IReadOnlyList<string> Errors { get; }
}
