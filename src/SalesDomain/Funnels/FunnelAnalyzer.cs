using System.Collections.Immutable;
using SalesDomain.Calendar;

namespace SalesDomain.Funnels;

/// <summary>
/// Funnel analysis (DOMAIN.md §4, seeds 001, 002 and 004): counts per stage, conversion between consecutive stages,
/// norm compliance per week and manager, the slice per acquisition channel and each manager's weakest stage.
/// Activities outside the analysed weeks are ignored before the counting rules are applied.
/// </summary>
public static class FunnelAnalyzer
{
    /// <summary>Most stages of a funnel whose conversions are measured: 1,000.</summary>
    public const int MaxStages = 1000;

    /// <summary>Analyses <paramref name="events"/> over <paramref name="weeks"/> whole weeks from <paramref name="firstWeek"/>.</summary>
    /// <param name="events">Activities in any order.</param>
    /// <param name="funnel">The funnel, e.g. <see cref="FunnelDefinition.Active"/>.</param>
    /// <param name="firstWeek">The first week.</param>
    /// <param name="weeks">Number of weeks; &gt; 0.</param>
    /// <param name="managers">Managers to report even when they logged nothing (their compliance is then 0); optional.</param>
    public static FunnelReport Analyze(
        IEnumerable<ActivityEvent> events, FunnelDefinition funnel, SalesWeek firstWeek, int weeks,
        IEnumerable<string>? managers = null)
    {
        Guard.NotNull(funnel);
        Guard.Positive(weeks);
        DateOnly start = firstWeek.FirstDay, last = firstWeek.AddWeeks(weeks - 1).LastDay;
        var inPeriod = Guard.NotNull(events).Where(e => e.Date >= start && e.Date <= last).ToList();
        var count = FunnelCounter.Count(inPeriod, funnel);
        var managerIds = inPeriod.Select(e => e.ManagerId)
            .Concat(managers ?? [])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var byManager = managerIds
            .Select(m => ManagerOf(Slice(m, count.Hits.Where(h => h.Event.ManagerId == m), funnel, firstWeek, weeks), funnel))
            .ToImmutableArray();
        var byChannel = count.Hits.Select(h => h.Event.Channel)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(c => Slice(c, count.Hits.Where(h => h.Event.Channel == c), funnel, firstWeek, weeks))
            .ToImmutableArray();
        return new FunnelReport(
            funnel, firstWeek, weeks, Slice(string.Empty, count.Hits, funnel, firstWeek, weeks), byManager, byChannel, count.Skipped);
    }

    /// <summary>
    /// Conversion from each stage to the next: of the (manager, client) pairs with a counted stage-i activity, the share
    /// with a counted stage-(i+1) activity dated on or after their first stage-i activity; null when none reached stage i.
    /// </summary>
    public static ImmutableArray<decimal?> Conversions(IEnumerable<StageHit> hits, int stages)
    {
        if (stages is < 1 or > MaxStages)
        {
            throw Guard.OutOfRange(nameof(stages), stages, $"must be within 1..{MaxStages}");
        }

        var first = new Dictionary<(string, string), DateOnly>[stages];
        var last = new Dictionary<(string, string), DateOnly>[stages];
        for (var s = 0; s < stages; s++)
        {
            first[s] = [];
            last[s] = [];
        }

        foreach (var hit in Guard.NotNull(hits))
        {
            var key = (hit.Event.ManagerId, hit.Event.ClientId);
            var date = hit.Event.Date;
            if (!first[hit.Stage].TryGetValue(key, out var f) || date < f)
            {
                first[hit.Stage][key] = date;
            }

            if (!last[hit.Stage].TryGetValue(key, out var l) || date > l)
            {
                last[hit.Stage][key] = date;
            }
        }

        var result = new decimal?[stages - 1];
        for (var s = 0; s + 1 < stages; s++)
        {
            var reached = first[s].Count;
            var converted = first[s].Count(p => last[s + 1].TryGetValue(p.Key, out var next) && next >= p.Value);
            result[s] = reached > 0 ? (decimal)converted / reached : null;
        }

        return [.. result];
    }

    private static FunnelSlice Slice(string key, IEnumerable<StageHit> hits, FunnelDefinition funnel, SalesWeek firstWeek, int weeks)
    {
        var list = hits.ToList();
        var stages = funnel.Stages.Length;
        var perWeek = new int[weeks, stages];
        foreach (var hit in list)
        {
            perWeek[firstWeek.WeeksUntil(SalesWeek.Of(hit.Event.Date)), hit.Stage]++;
        }

        var weekCounts = Enumerable.Range(0, weeks)
            .Select(w => new WeekCounts(firstWeek.AddWeeks(w), [.. Enumerable.Range(0, stages).Select(s => perWeek[w, s])]))
            .ToImmutableArray();
        var counts = Enumerable.Range(0, stages).Select(s => weekCounts.Sum(w => w.Counts[s])).ToImmutableArray();
        return new FunnelSlice(key, counts, Conversions(list, stages), weekCounts);
    }

    private static ManagerFunnel ManagerOf(FunnelSlice slice, FunnelDefinition funnel)
    {
        ImmutableArray<StageCompliance> Compliance(IReadOnlyList<int> counts, int weeks) =>
            [.. funnel.Stages.Select((stage, s) => new StageCompliance(stage.Name, counts[s], stage.WeeklyNorm * weeks))];

        var weekly = slice.Weeks.Select(w => new WeekCompliance(w.Week, Compliance(w.Counts, 1))).ToImmutableArray();
        var period = Compliance(slice.Counts, slice.Weeks.Length);
        var weakest = period.Where(c => c.Ratio is not null)
            .OrderBy(c => c.Ratio)
            .FirstOrDefault()?.Stage;
        return new ManagerFunnel(slice, weekly, period, weakest);
    }
}
