using SalesDomain.Calendar;
using SalesDomain.Model;

namespace SalesDomain.Segmentation;

/// <summary>
/// Places clients on the perspectiveness ladder from their purchase history and manual flags (DOMAIN.md §2,
/// seed 000; docs/segmentation.md in the repository). Purchases are purchase days (<see cref="PurchaseDays"/>: net amount positive) on
/// or before the as-of date; "active months" are the months of the analysis window with a purchase day. The first
/// rule that holds decides:
/// <list type="number">
/// <item>No purchase day → no category (a potential client), unless marked VIP or Partner (then rule 3).</item>
/// <item>Silent: the last purchase day is at least <see cref="PerspectiveLadderOptions.LapseDays"/> before the as-of
/// date. A client marked VIP or Partner, or a former regular buyer (at least
/// <see cref="PerspectiveLadderOptions.PeriodicMinActiveMonths"/> months with a purchase day in the window-long span
/// that ends with the month of its last purchase) → Lapsed; any other silent client → OneOff.</item>
/// <item>VIP flag → Vip; Partner flag → Partner.</item>
/// <item>The latest purchase day is within <see cref="PerspectiveLadderOptions.ReanimatedWithinDays"/> and the gap
/// before it is ≥ <see cref="PerspectiveLadderOptions.LapseDays"/> → Reanimated.</item>
/// <item>The first purchase day is within <see cref="PerspectiveLadderOptions.NewWithinDays"/> → New.</item>
/// <item>One purchase day in all → OneOff.</item>
/// <item>Active months ≥ <see cref="PerspectiveLadderOptions.PermanentMinActiveMonths"/> → Permanent.</item>
/// <item>Net revenue of the window's later half &gt; 0 and ≥ growth × its earlier half → Prospective.</item>
/// <item>Active months ≥ <see cref="PerspectiveLadderOptions.PeriodicMinActiveMonths"/> → Periodic.</item>
/// <item>Otherwise → OneOff (purchases too rare for a predictable need).</item>
/// </list>
/// </summary>
public static class PerspectiveLadder
{
    /// <summary>The category of one client as of a date over the default window, or <see langword="null"/> when it has not bought yet.</summary>
    /// <param name="client">The client (its flags are read).</param>
    /// <param name="sales">The client's sales, in any order.</param>
    /// <param name="asOf">The as-of date (inclusive).</param>
    /// <param name="options">Thresholds; defaults when null.</param>
    public static PerspectiveCategory? Classify(
        Client client, IEnumerable<Sale> sales, DateOnly asOf, PerspectiveLadderOptions? options = null)
        => Classify(client, sales, asOf, AnalysisWindowRule.Default.Resolve(asOf), options);

    /// <summary>The category of one client as of a date, or <see langword="null"/> when it has not bought yet.</summary>
    /// <param name="client">The client (its flags are read).</param>
    /// <param name="sales">The client's sales, in any order.</param>
    /// <param name="asOf">The as-of date (inclusive).</param>
    /// <param name="window">The analysis window whose months count as active months.</param>
    /// <param name="options">Thresholds; defaults when null.</param>
    public static PerspectiveCategory? Classify(
        Client client, IEnumerable<Sale> sales, DateOnly asOf, AnalysisWindow window, PerspectiveLadderOptions? options = null)
    {
        Guard.NotNull(client);
        Guard.NotNull(sales);
        options ??= PerspectiveLadderOptions.Default;
        var list = sales as IReadOnlyCollection<Sale> ?? [.. sales];
        var days = PurchaseDays.Of(list, asOf);
        var flagged = (client.Flags & (ClientFlags.Vip | ClientFlags.Partner)) != 0;
        if (days.IsEmpty && !flagged)
        {
            return null;
        }

        var latest = days.IsEmpty ? asOf : days[^1];
        if (asOf.DayNumber - latest.DayNumber >= options.LapseDays)
        {
            var beforeLapse = new AnalysisWindow(
                SalesMonth.Of(latest).AddMonths(-Math.Min(window.Months - 1, SalesMonth.MinValue.MonthsUntil(SalesMonth.Of(latest)))),
                SalesMonth.Of(latest));
            return flagged || ActiveMonths(days, beforeLapse) >= options.PeriodicMinActiveMonths
                ? PerspectiveCategory.Lapsed
                : PerspectiveCategory.OneOff;
        }

        if (client.Flags.HasFlag(ClientFlags.Vip))
        {
            return PerspectiveCategory.Vip;
        }

        if (client.Flags.HasFlag(ClientFlags.Partner))
        {
            return PerspectiveCategory.Partner;
        }

        if (days.Length > 1
            && asOf.DayNumber - latest.DayNumber <= options.ReanimatedWithinDays
            && latest.DayNumber - days[^2].DayNumber >= options.LapseDays)
        {
            return PerspectiveCategory.Reanimated;
        }

        if (asOf.DayNumber - days[0].DayNumber <= options.NewWithinDays)
        {
            return PerspectiveCategory.New;
        }

        if (days.Length == 1)
        {
            return PerspectiveCategory.OneOff;
        }

        var active = ActiveMonths(days, window);
        if (active >= options.PermanentMinActiveMonths)
        {
            return PerspectiveCategory.Permanent;
        }

        var split = window.From.AddMonths(window.Months / 2).FirstDay; // the later half starts here
        decimal earlier = 0m, recent = 0m;
        foreach (var sale in list)
        {
            if (sale.Date <= asOf && window.Contains(sale.Date))
            {
                if (sale.Date < split)
                {
                    earlier += sale.Amount;
                }
                else
                {
                    recent += sale.Amount;
                }
            }
        }

        if (recent > 0m && recent >= options.ProspectiveGrowth * earlier)
        {
            return PerspectiveCategory.Prospective;
        }

        return active >= options.PeriodicMinActiveMonths ? PerspectiveCategory.Periodic : PerspectiveCategory.OneOff;
    }

    /// <summary>
    /// The category of every client of a base as of a date, keyed by client id; null for clients that have not bought.
    /// </summary>
    /// <param name="clientBase">The base.</param>
    /// <param name="asOf">The as-of date (inclusive).</param>
    /// <param name="window">The analysis window; <see cref="AnalysisWindowRule.Default"/> as of <paramref name="asOf"/> when null.</param>
    /// <param name="options">Thresholds; defaults when null.</param>
    public static IReadOnlyDictionary<string, PerspectiveCategory?> Classify(
        ClientBase clientBase, DateOnly asOf, AnalysisWindow? window = null, PerspectiveLadderOptions? options = null)
    {
        Guard.NotNull(clientBase);
        var w = window ?? AnalysisWindowRule.Default.Resolve(asOf);
        return clientBase.Clients.ToDictionary(
            c => c.Id, c => Classify(c, clientBase.SalesOf(c.Id), asOf, w, options), StringComparer.Ordinal);
    }

    /// <summary>Whether a category's deals go into a manager's forecast (the five targets by default).</summary>
    public static bool IsForecastTarget(PerspectiveCategory? category, PerspectiveLadderOptions? options = null)
        => category is { } c && (options ?? PerspectiveLadderOptions.Default).ForecastTargets.Contains(c);

    /// <summary>Number of months of <paramref name="window"/> with at least one of the purchase days.</summary>
    private static int ActiveMonths(System.Collections.Immutable.ImmutableArray<DateOnly> days, AnalysisWindow window)
    {
        var count = 0;
        SalesMonth? previous = null;
        foreach (var day in days) // ascending
        {
            var month = SalesMonth.Of(day);
            if (window.Contains(month) && month != previous)
            {
                count++;
                previous = month;
            }
        }

        return count;
    }
}
