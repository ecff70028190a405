using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SalesDomain.Calendar;
using SalesDomain.Managers;
using SalesDomain.Model;
using SalesDomain.Segmentation;
using SalesDomain.Testing;

namespace SalesDomain.Tests.Managers;

/// <summary>A base, an as-of date and targets for some managers and months (zeros included), for the manager properties.</summary>
public sealed record ManagerWorld(ClientBase Base, DateOnly AsOf, IReadOnlyList<ManagerTarget> Targets);

/// <summary>Generates <see cref="ManagerWorld"/>s from the library's client-base generator.</summary>
public static class ManagerArbitraries
{
    /// <summary>Worlds: bases of every shape, as-of dates inside and after the history, targets including 0.</summary>
    public static Arbitrary<ManagerWorld> World() =>
        SalesGenerators.ClientBase().SelectMany(b =>
        {
            var managers = b.Managers.Select(m => m.Id).Concat(b.Sales.Select(s => s.ManagerId).OfType<string>()).Append("nobody").Distinct().ToArray();
            var months = Enumerable.Range(0, 30).Select(i => new SalesMonth(2024, 1).AddMonths(i)).ToArray();
            var target = Gen.Elements(managers).SelectMany(m => Gen.Elements(months).SelectMany(mo =>
                Gen.Frequency((1, Gen.Constant(0m)), (4, Gen.Choose(1, 1_000_000).Select(t => (decimal)t))).Select(t => new ManagerTarget(m, mo, t))));
            var asOf = Gen.Choose(0, 900).Select(d => new DateOnly(2024, 1, 1).AddDays(d));
            return asOf.SelectMany(d => Gen.ListOf(target).Select(ts => new ManagerWorld(
                b, d, [.. ts.DistinctBy(t => (t.ManagerId, t.Month))])));
        }).ToArbitrary();
}

/// <summary>Invariants of plan vs fact and the manager report over generated bases (docs/managers.md).</summary>
[Properties(Arbitrary = new[] { typeof(ManagerArbitraries) }, MaxTest = 150)]
public class ManagerProperties
{
    [Trait("Category", "Slow")]
    [Property]
    public bool Fact_IsTheNetRevenueOfTheSalesThatCountForTheManager(ManagerWorld w)
    {
        var owners = SaleAttribution.ClientManagers(w.Base, w.AsOf);
        return PlanFact.Build(w.Base, w.Targets, w.AsOf).All(line =>
        {
            var expected = w.Base.Sales
                .Where(s => s.Date <= w.AsOf && line.Month.Contains(s.Date) && (s.ManagerId ?? owners.GetValueOrDefault(s.ClientId)) == line.ManagerId)
                .Sum(s => s.Amount);
            return line.Fact == expected
                   && line.Fulfilment == (line.Target > 0m ? Math.Round(expected / line.Target, 4) : null)
                   && line.Complete == (w.AsOf >= line.Month.LastDay);
        });
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool PlanFact_HasOneLinePerTarget_InManagerAndMonthOrder(ManagerWorld w)
    {
        var lines = PlanFact.Build(w.Base, w.Targets, w.AsOf);
        return lines.Length == w.Targets.Count
               && lines.Zip(lines.Skip(1)).All(p => string.CompareOrdinal(p.First.ManagerId, p.Second.ManagerId) < 0
                   || (p.First.ManagerId == p.Second.ManagerId && p.First.Month < p.Second.Month));
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool Scorecards_AddUpToTheBase(ManagerWorld w)
    {
        if (w.Base.Sales.IsEmpty)
        {
            return true;
        }

        var segmentation = new SegmentationAnalyzer().Analyze(w.Base, w.AsOf);
        if (segmentation.Window is not { } window)
        {
            return true;
        }

        var cards = ManagerReport.Build(w.Base, segmentation);
        var owners = SaleAttribution.ClientManagers(w.Base, w.AsOf);
        var attributed = w.Base.Sales.Where(s => s.Date <= w.AsOf && window.Contains(s.Date) && (s.ManagerId ?? owners.GetValueOrDefault(s.ClientId)) is not null);
        return cards.Sum(c => c.Clients) == owners.Count
               && cards.All(c => c.ClientsA + c.ClientsB + c.ClientsC <= c.Clients)
               && cards.Sum(c => c.Revenue) == attributed.Sum(s => s.Amount)
               && cards.Select(c => c.ManagerId).SequenceEqual(cards.Select(c => c.ManagerId).Order(StringComparer.Ordinal))
               && cards.All(c => c.RevenueChange is null == c.PreviousRevenue <= 0m);
    }
}
