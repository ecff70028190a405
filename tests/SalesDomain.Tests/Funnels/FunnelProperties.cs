using SalesDomain.Calendar;
using SalesDomain.Funnels;
using SalesDomain.Testing;

namespace SalesDomain.Tests.Funnels;

/// <summary>Invariants of funnel counting and analysis over generated activities (DOMAIN.md §4).</summary>
[Properties(Arbitrary = new[] { typeof(DealArbitraries) }, MaxTest = 200)]
public class FunnelProperties
{
    private static readonly FunnelDefinition[] Funnels = [FunnelDefinition.Active, FunnelDefinition.Proactive];

    private static FunnelReport Analyze(IEnumerable<ActivityEvent> events, FunnelDefinition funnel)
        => FunnelAnalyzer.Analyze(events, funnel, SalesWeek.StartingOn(DealGenerators.FirstWeek), DealGenerators.Weeks);

    [Trait("Category", "Slow")]
    [Property]
    public bool DuplicatingACall_NeverChangesTheActiveFunnelCounts(ActivityEvent[] events, int pick)
    {
        var calls = events.Where(e => e.Kind == SalesDomain.Model.ContactKind.Call).ToArray();
        if (calls.Length == 0)
        {
            return true;
        }

        var duplicated = events.Append(calls[Math.Abs(pick % calls.Length)]);
        return Analyze(events, FunnelDefinition.Active).Total.Counts[0] == Analyze(duplicated, FunnelDefinition.Active).Total.Counts[0];
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool ConversionRates_AreInZeroOne(ActivityEvent[] events)
        => Funnels.All(f =>
        {
            var report = Analyze(events, f);
            return report.ByManager.Select(m => m.Funnel).Concat(report.ByChannel).Append(report.Total)
                .SelectMany(s => s.Conversions)
                .All(c => c is null or >= 0m and <= 1m);
        });

    [Trait("Category", "Slow")]
    [Property]
    public bool Counts_DoNotDependOnInputOrder(ActivityEvent[] events, int seed)
    {
        var shuffled = (ActivityEvent[])events.Clone();
        new Random(seed).Shuffle(shuffled);
        return Funnels.All(f => Analyze(events, f).ByManager.Select(m => m.Funnel.Counts)
            .Zip(Analyze(shuffled, f).ByManager.Select(m => m.Funnel.Counts))
            .All(p => p.First.SequenceEqual(p.Second)));
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool SlicesAddUp_AndEveryTriedActivityIsCountedOrSkipped(ActivityEvent[] events)
        => Funnels.All(f =>
        {
            var report = Analyze(events, f);
            var count = FunnelCounter.Count(events, f);
            var tried = f.Stages.Sum(s => events.Count(e => s.Kinds.Contains(e.Kind)));
            return Enumerable.Range(0, f.Stages.Length).All(s =>
                       report.ByManager.Sum(m => m.Funnel.Counts[s]) == report.Total.Counts[s]
                       && report.ByChannel.Sum(c => c.Counts[s]) == report.Total.Counts[s]
                       && report.Total.Weeks.Sum(w => w.Counts[s]) == report.Total.Counts[s])
                   && count.Hits.Length + count.Skipped.Length == tried;
        });

    [Trait("Category", "Slow")]
    [Property]
    public bool NoManagerCountsMoreThanFiveDecisionMakersOfAnOrganisation(ActivityEvent[] events)
        => FunnelCounter.Count(events, FunnelDefinition.Active).Hits
            .Where(h => h.Stage == 0)
            .GroupBy(h => (h.Event.ManagerId, h.Event.ClientId))
            .All(g => g.Select(h => h.Event.DecisionMakerId).Distinct().Count() <= 5)
           && FunnelCounter.Count(events, FunnelDefinition.Active).Hits
               .Where(h => h.Stage == 0)
               .GroupBy(h => (h.Event.ManagerId, h.Event.ClientId, h.Event.DecisionMakerId, h.Event.Date))
               .All(g => g.Count() == 1);
}
