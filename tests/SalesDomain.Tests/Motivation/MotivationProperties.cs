using System.Collections.Immutable;
using SalesDomain.Calendar;
using SalesDomain.Motivation;
using SalesDomain.Testing;

namespace SalesDomain.Tests.Motivation;

/// <summary>Invariants of the motivation schemes over generated sales paths and departments (DOMAIN.md §6).</summary>
[Properties(Arbitrary = new[] { typeof(MotivationArbitraries) }, MaxTest = 200)]
public class MotivationProperties
{
    private static readonly SchemeSet Everything = new(
        new CommissionScheme("commission", 0.05m),
        new UpfrontBonusScheme("upfront"),
        new UpfrontBonusScheme("upfront-pro-rata", 1.5m, 2, 0.8m, ClawbackMode.ProRata),
        new QuartileGradedBonusScheme("graded", RenewalMonths: 1, GradingMonths: 2),
        new ActiveBaseBonusScheme("active-base", ImmutableDictionary<string, decimal>.Empty.Add("chain", 100m), DefaultAmount: 5m, MinimumVolume: 50m),
        new TeamRewardScheme("team", "bowling", 100m, MotivationMetric.Activations),
        new RotatingFocusScheme("focus", [new FocusPeriod(MotivationGenerators.Start, MotivationMetric.ActiveClients, 3m, 90m, 3)]));

    [Property]
    public bool UpfrontNet_IsNeverNegative_WhateverTheSalesPath(SalesPath path, UpfrontBonusScheme scheme)
        => PayoutEngine.Evaluate([scheme], path.ToInput()).Totals.Net >= 0m;

    [Property]
    public bool UpfrontClawback_NeverExceedsItsPayment(SalesPath path, UpfrontBonusScheme scheme)
    {
        var lines = PayoutEngine.Evaluate([scheme], path.ToInput()).Lines;
        var paid = lines.Where(l => l.Kind == PayoutLineKind.Payment).Sum(l => l.Amount);
        return lines.Where(l => l.Kind == PayoutLineKind.Clawback).All(l => -l.Amount <= paid)
               && lines.Count(l => l.Kind == PayoutLineKind.Clawback) <= lines.Count(l => l.Kind == PayoutLineKind.Payment);
    }

    [Property]
    public bool UpfrontNet_IsPaidMinusClawedBack(SalesPath path, UpfrontBonusScheme scheme)
    {
        var totals = PayoutEngine.Evaluate([scheme], path.ToInput()).Totals;
        return totals.Net == totals.Paid - totals.ClawedBack && totals.Adjustments == 0m && totals.NonCash == 0m;
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool ProRataClawback_NeverTakesMoreThanWhole(SalesPath path, UpfrontBonusScheme scheme)
    {
        var input = path.ToInput();
        var whole = PayoutEngine.Evaluate([scheme with { Clawback = ClawbackMode.Whole }], input).Totals;
        var proRata = PayoutEngine.Evaluate([scheme with { Clawback = ClawbackMode.ProRata }], input).Totals;
        return proRata.Paid == whole.Paid && proRata.ClawedBack <= whole.ClawedBack;
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool AgentsOutsideEveryScheme_GetNoLines(PayoutInput department)
    {
        var included = department.Agents.Where((_, i) => i % 2 == 0).Select(a => a.Id).ToImmutableArray();
        var schemes = Everything.Schemes.Select(s => s with { Agents = included });
        return PayoutEngine.Evaluate(schemes, department).Lines
            .All(l => l.Kind == PayoutLineKind.Adjustment || included.Contains(l.AgentId));
    }

    [Property]
    public Property ClientRenewingAtTheSameVolumeForMMonths_IsNeverClawedBack()
        => Prop.ForAll(
            MotivationGenerators.UpfrontBonus().SelectMany(s => MotivationGenerators.RenewingPath(s.RenewalMonths).Select(p => (s, p))).ToArbitrary(),
            pair =>
            {
                var (scheme, path) = pair;
                var statement = PayoutEngine.Evaluate([scheme], path.ToInput());
                return statement.Totals.ClawedBack == 0m && statement.Totals.Net == scheme.RatePerDollar * path.Amounts[0];
            });

    [Trait("Category", "Slow")]
    [Property]
    public bool Net_IsPaidMinusClawedBackPlusAdjustments_AndTheSumOfCashLines(PayoutInput department)
    {
        var statement = PayoutEngine.Evaluate(Everything, department);
        var t = statement.Totals;
        return t.Net == t.Paid - t.ClawedBack + t.Adjustments
               && t.Net == statement.Lines.Where(l => l.IsCash).Sum(l => l.Amount)
               && t.Cost == statement.Lines.Sum(l => l.Amount)
               && t.Adjustments == department.Adjustments.Sum(a => a.Amount);
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool Summaries_AddUpToTheTotals(PayoutInput department)
    {
        var statement = PayoutEngine.Evaluate(Everything, department);
        var cost = statement.Totals.Cost;
        return statement.ByAgent().Values.Sum(t => t.Cost) == cost
               && statement.ByScheme().Values.Sum(t => t.Cost) == cost
               && statement.BySchemeMonth().Sum(s => s.Totals.Cost) == cost
               && statement.ByAgentMonth.Sum(m => m.Totals.Cost) == cost
               && statement.ByTeam().Values.Sum(t => t.Cost) == statement.Lines.Where(l => department.Agents.Single(a => a.Id == l.AgentId).HasTeam).Sum(l => l.Amount);
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool Commission_IsLinearInSales(PayoutInput department, PositiveInt factor)
    {
        var lambda = (factor.Get % 40) / 4m; // 0, 0.25, …, 9.75
        var scaled = new PayoutInput(
            department.Agents, department.Clients, department.Sales.Select(s => s with { Amount = s.Amount * lambda }),
            department.Activations, department.Refusals, department.Adjustments, department.AsOf);
        var scheme = new CommissionScheme("commission", 0.07m);
        var before = PayoutEngine.Evaluate([scheme], department).Totals;
        var after = PayoutEngine.Evaluate([scheme], scaled).Totals;
        return after.Paid == lambda * before.Paid && after.ClawedBack == lambda * before.ClawedBack;
    }

    [Trait("Category", "Slow")]
    [Property]
    public Property Commission_OnPurchasesOnly_IsTheRateTimesAssignedRevenue()
        => Prop.ForAll(
            MotivationArbitraries.Department(),
            MotivationGenerators.CommissionRate().ToArbitrary(),
            (department, rate) =>
            {
                var purchases = department.Sales.Where(s => s.Amount > 0m).ToList();
                var input = new PayoutInput(department.Agents, department.Clients, purchases, department.Activations, asOf: department.AsOf);
                var assigned = department.Clients.Where(c => c.AgentId is not null).Select(c => c.Id).ToHashSet();
                var expected = rate * purchases.Where(s => assigned.Contains(s.ClientId)).Sum(s => s.Amount);
                return PayoutEngine.Evaluate([new CommissionScheme("c", rate)], input).Totals.Net == expected;
            });

    [Trait("Category", "Slow")]
    [Property]
    public bool ClawbacksPerSchemeAndClient_NeverExceedWhatWasPaid(PayoutInput department)
        => PayoutEngine.Evaluate(Everything, department).Lines
            .Where(l => l.Kind is PayoutLineKind.Payment or PayoutLineKind.Clawback && l.ClientId is not null)
            .GroupBy(l => (l.Scheme, l.AgentId, l.ClientId))
            .All(g => g.Sum(l => l.Amount) >= 0m);

    [Trait("Category", "Slow")]
    [Property]
    public bool Schemes_Compose_TheSetIsTheUnionOfItsSchemes(PayoutInput department)
    {
        var together = PayoutEngine.Evaluate(Everything, department).Lines.Where(l => l.Kind != PayoutLineKind.Adjustment);
        var apart = Everything.Schemes.SelectMany(s => PayoutEngine.Evaluate([s], department).Lines.Where(l => l.Kind != PayoutLineKind.Adjustment));
        static string Key(PayoutLine l) => $"{l.AgentId}|{l.Month}|{l.Scheme}|{l.Kind}|{l.Amount}|{l.ClientId}|{l.Cause}";
        return together.Select(Key).Order(StringComparer.Ordinal).SequenceEqual(apart.Select(Key).Order(StringComparer.Ordinal));
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool Evaluation_IsDeterministic(PayoutInput department)
        => PayoutEngine.Evaluate(Everything, department).Lines.SequenceEqual(PayoutEngine.Evaluate(Everything, department).Lines);

    [Property]
    public bool QuartileGrading_GivesEveryAgentExactlyOneQuartile(Dictionary<string, RefusalShare> shares)
    {
        var quartiles = QuartileGrading.Assign(shares);
        return quartiles.Count == shares.Count
               && shares.Keys.All(quartiles.ContainsKey)
               && quartiles.Values.All(q => q is >= 1 and <= 4)
               && (shares.Count == 0 || quartiles.Values.Min() == 1);
    }

    [Property]
    public bool QuartileGrading_BetterShare_NeverGetsALowerRate(Dictionary<string, RefusalShare> shares)
    {
        var quartiles = QuartileGrading.Assign(shares);
        var rates = QuartileGradedBonusScheme.SeedQuartileRates;
        return shares.All(a => shares.All(b =>
            a.Value >= b.Value || rates[quartiles[a.Key] - 1] >= rates[quartiles[b.Key] - 1]))
               && shares.All(a => shares.All(b => a.Value != b.Value || quartiles[a.Key] == quartiles[b.Key]));
    }

    [Property]
    public bool QuartileGrading_FillsQuartilesEvenly_WhenSharesAreDistinct(Dictionary<string, RefusalShare> shares)
    {
        if (shares.Values.Distinct().Count() != shares.Count)
        {
            return true;
        }

        var quartiles = QuartileGrading.Assign(shares);
        var n = shares.Count;
        return Enumerable.Range(1, 4).All(q => quartiles.Values.Count(v => v == q) <= (n + 3) / 4);
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool PendingClawback_IsNeverMoreThanWhatWasPaidAndNotClawedBack(PayoutInput department)
    {
        var statement = PayoutEngine.Evaluate(Everything, department);
        return statement.ByAgent().Values.All(t => t.PendingClawback >= 0m && t.PendingClawback <= t.Paid - t.ClawedBack)
               && statement.Lines.All(l => l.ClawbackExposure == 0m || l.Kind == PayoutLineKind.Payment);
    }

    [Trait("Category", "Slow")]
    [Property(MaxTest = 300)]
    public Property Activations_NeedTwelveSilentMonthsAndTwelveMonthsOfHistory()
        => Prop.ForAll(Arb.From(MotivationGenerators.LongHistory()), sales =>
        {
            var input = PayoutInput.FromSales(sales);
            var purchases = MotivationGenerators.PurchaseMonths(sales);
            var first = sales.Min(s => s.Month);
            return input.Activations.All(a =>
                       purchases[a.ClientId].Contains(a.Month)
                       && first.MonthsUntil(a.Month) >= 12
                       && Enumerable.Range(1, 12).All(back => !purchases[a.ClientId].Contains(a.Month.AddMonths(-back))))
                   && purchases.Where(p => p.Value.Count == MotivationGenerators.LongHistoryMonths).All(p => input.Activations.All(a => a.ClientId != p.Key));
        });

    [Property(MaxTest = 300)]
    public Property FromAnEmptyBase_EveryBuyingClientIsActivatedAtItsFirstPurchase()
        => Prop.ForAll(Arb.From(MotivationGenerators.LongHistory()), sales =>
        {
            var input = PayoutInput.FromSales(sales, activationRule: ActivationRule.FromEmptyBase);
            return MotivationGenerators.PurchaseMonths(sales).Where(p => p.Value.Count > 0)
                .All(p => input.Activations.Any(a => a.ClientId == p.Key && a.Month == p.Value.Min()));
        });

    [Fact]
    public void LongHistory_ReachesTheEdgeCases()
    {
        var samples = SalesGenerators.SampleAcrossSizes(MotivationGenerators.LongHistory(), 300, seed: 3);
        var purchases = samples.Select(MotivationGenerators.PurchaseMonths).ToArray();
        Assert.Contains(purchases, p => p.Values.Any(m => m.Count == MotivationGenerators.LongHistoryMonths));
        Assert.Contains(purchases, p => p.Values.Any(m => m.Any(x => !m.Contains(x.AddMonths(1)) && Enumerable.Range(2, 11).All(k => !m.Contains(x.AddMonths(k))) && m.Contains(x.AddMonths(13)))));
        Assert.Contains(purchases, p => p.Values.Any(m => m.Any(x => Enumerable.Range(1, 11).All(k => !m.Contains(x.AddMonths(k))) && m.Contains(x.AddMonths(12)))));
        Assert.Contains(samples, s => s.GroupBy(x => (x.ClientId, x.Month)).Any(g => g.Sum(x => x.Amount) <= 0m));
        Assert.Contains(samples, s => PayoutInput.FromSales(s).Activations.Length > 0);
    }
}
