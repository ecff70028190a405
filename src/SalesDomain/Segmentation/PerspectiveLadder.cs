using SalesDomain.Model;

namespace SalesDomain.Segmentation;

/// <summary>
/// Places clients on the perspectiveness ladder from their purchase history and manual flags (DOMAIN.md §2,
/// seed 000; docs/segmentation.md). A purchase day is a day whose net amount is positive; only sales on or before
/// the as-of date count. The first rule that holds decides:
/// <list type="number">
/// <item>VIP flag → Vip; Partner flag → Partner.</item>
/// <item>No purchase day → no category (a potential client).</item>
/// <item>The latest purchase day is within <see cref="PerspectiveLadderOptions.ReanimatedWithinDays"/> and the gap
/// before it is ≥ <see cref="PerspectiveLadderOptions.LapseDays"/> → Reanimated.</item>
/// <item>The first purchase day is within <see cref="PerspectiveLadderOptions.NewWithinDays"/> → New.</item>
/// <item>One purchase day in all → OneOff.</item>
/// <item>Active months in the lookback ≥ <see cref="PerspectiveLadderOptions.PermanentMinActiveMonths"/> → Permanent.</item>
/// <item>Recent-half revenue &gt; 0 and ≥ growth × earlier-half revenue → Prospective.</item>
/// <item>Active months ≥ <see cref="PerspectiveLadderOptions.PeriodicMinActiveMonths"/> → Periodic.</item>
/// <item>Otherwise → OneOff (purchases too rare for a predictable need).</item>
/// </list>
/// </summary>
public static class PerspectiveLadder
{
    /// <summary>The category of one client as of a date, or <see langword="null"/> when it has not bought yet.</summary>
    /// <param name="client">The client (its flags are read).</param>
    /// <param name="sales">The client's sales, in any order.</param>
    /// <param name="asOf">The as-of date (inclusive).</param>
    /// <param name="options">Thresholds; defaults when null.</param>
    public static PerspectiveCategory? Classify(
        Client client, IEnumerable<Sale> sales, DateOnly asOf, PerspectiveLadderOptions? options = null)
    {
        Guard.NotNull(client);
        Guard.NotNull(sales);
        options ??= PerspectiveLadderOptions.Default;
        if (client.Flags.HasFlag(ClientFlags.Vip))
        {
            return PerspectiveCategory.Vip;
        }

        if (client.Flags.HasFlag(ClientFlags.Partner))
        {
            return PerspectiveCategory.Partner;
        }

        var days = sales.Where(s => s.Date <= asOf)
            .GroupBy(s => s.Date)
            .Select(g => (Date: g.Key, Net: g.Sum(s => s.Amount)))
            .Where(d => d.Net > 0m)
            .OrderBy(d => d.Date)
            .ToArray();
        if (days.Length == 0)
        {
            return null;
        }

        var latest = days[^1].Date;
        if (days.Length > 1
            && asOf.DayNumber - latest.DayNumber <= options.ReanimatedWithinDays
            && latest.DayNumber - days[^2].Date.DayNumber >= options.LapseDays)
        {
            return PerspectiveCategory.Reanimated;
        }

        if (asOf.DayNumber - days[0].Date.DayNumber <= options.NewWithinDays)
        {
            return PerspectiveCategory.New;
        }

        if (days.Length == 1)
        {
            return PerspectiveCategory.OneOff;
        }

        var asOfMonth = SalesPeriods.IndexOf(asOf, SalesPeriod.Month);
        var firstMonth = asOfMonth - options.LookbackMonths + 1;
        var half = options.LookbackMonths / 2;
        var active = new HashSet<int>();
        decimal earlier = 0m, recent = 0m;
        foreach (var (date, net) in days)
        {
            var m = SalesPeriods.IndexOf(date, SalesPeriod.Month);
            if (m < firstMonth)
            {
                continue;
            }

            active.Add(m);
            if (m < firstMonth + half)
            {
                earlier += net;
            }
            else
            {
                recent += net;
            }
        }

        if (active.Count >= options.PermanentMinActiveMonths)
        {
            return PerspectiveCategory.Permanent;
        }

        if (recent > 0m && recent >= options.ProspectiveGrowth * earlier)
        {
            return PerspectiveCategory.Prospective;
        }

        return active.Count >= options.PeriodicMinActiveMonths ? PerspectiveCategory.Periodic : PerspectiveCategory.OneOff;
    }

    /// <summary>The category of every client of a base as of a date, keyed by client id; null for clients that have not bought.</summary>
    public static IReadOnlyDictionary<string, PerspectiveCategory?> Classify(
        ClientBase clientBase, DateOnly asOf, PerspectiveLadderOptions? options = null)
    {
        Guard.NotNull(clientBase);
        return clientBase.Clients.ToDictionary(
            c => c.Id, c => Classify(c, clientBase.SalesOf(c.Id), asOf, options), StringComparer.Ordinal);
    }

    /// <summary>Whether a category's deals go into a manager's forecast (the five targets by default).</summary>
    public static bool IsForecastTarget(PerspectiveCategory? category, PerspectiveLadderOptions? options = null)
        => category is { } c && (options ?? PerspectiveLadderOptions.Default).ForecastTargets.Contains(c);
}
