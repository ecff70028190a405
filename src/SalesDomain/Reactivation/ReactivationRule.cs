namespace SalesDomain.Reactivation;

/// <summary>What the rule does for a client that bought on a single day, whose own interval is undefined.</summary>
public enum SinglePurchaseDayTreatment
{
    /// <summary>Use the median of the own mean intervals of the base's clients with two or more purchase days.</summary>
    BaseMedianInterval,

    /// <summary>Never put such a client on the rule list (leave it to P(alive) and the lost-client list).</summary>
    NeverOverdue,
}

/// <summary>Where the interval that the rule compared against came from.</summary>
public enum IntervalSource
{
    /// <summary>The client's own mean interval between purchase days.</summary>
    Own,

    /// <summary>The base-wide median interval (a client with a single purchase day).</summary>
    BaseMedian,

    /// <summary>No interval was available: the client is not judged by the rule.</summary>
    None,
}

/// <summary>Settings of the reactivation rule (DOMAIN.md §3, seed 002).</summary>
public sealed record ReactivationRuleOptions
{
    /// <summary>The defaults: k = 1, single-day clients judged by the base median interval.</summary>
    public static ReactivationRuleOptions Default { get; } = new();

    /// <summary>k: a client is overdue when the days since its last purchase exceed k × its interval; default 1; &gt; 0.</summary>
    public double K { get; init => field = Guard.Positive(value, nameof(K)); } = 1d;

    /// <summary>Treatment of clients with a single purchase day; default <see cref="SinglePurchaseDayTreatment.BaseMedianInterval"/>.</summary>
    public SinglePurchaseDayTreatment SinglePurchaseDay
    {
        get;
        init => field = Guard.Defined(value, nameof(SinglePurchaseDay));
    } = SinglePurchaseDayTreatment.BaseMedianInterval;
}

/// <summary>The rule's verdict on one client.</summary>
/// <param name="Overdue">Whether the client goes on the reactivation list.</param>
/// <param name="IntervalDays">The interval compared against, in days; null when <paramref name="Source"/> is None.</param>
/// <param name="Source">Where the interval came from.</param>
public readonly record struct ReactivationVerdict(bool Overdue, double? IntervalDays, IntervalSource Source);

/// <summary>
/// The reactivation rule of seed 002 (DOMAIN.md §3; docs/reactivation.md in the repository): a client is overdue when
/// days since last purchase &gt; k × mean interval between its distinct purchase days.
/// </summary>
public static class ReactivationRule
{
    /// <summary>
    /// The median of the own mean intervals (days) of the clients with two or more purchase days (the mean of the two
    /// middle values for an even count); null when no client has two purchase days.
    /// </summary>
    public static double? BaseMedianIntervalDays(IEnumerable<PurchaseHistory> histories)
    {
        Guard.NotNull(histories);
        return MedianOf([.. histories.Select(h => Guard.NotNull(h, nameof(histories)).MeanIntervalDays).OfType<double>()]);
    }

    /// <summary>The median of the given intervals (sorted in place); null when there is none.</summary>
    internal static double? MedianOf(double[] intervals)
    {
        if (intervals.Length == 0)
        {
            return null;
        }

        Array.Sort(intervals);
        var mid = intervals.Length / 2;
        return intervals.Length % 2 == 1 ? intervals[mid] : (intervals[mid - 1] + intervals[mid]) / 2d;
    }

    /// <summary>Judges one client as of a date.</summary>
    /// <param name="history">The client's purchase history.</param>
    /// <param name="asOf">The as-of date; not before the last purchase.</param>
    /// <param name="baseMedianIntervalDays">From <see cref="BaseMedianIntervalDays"/>; used for single-day clients.</param>
    /// <param name="options">Settings; <see cref="ReactivationRuleOptions.Default"/> when null.</param>
    public static ReactivationVerdict Evaluate(
        PurchaseHistory history, DateOnly asOf, double? baseMedianIntervalDays, ReactivationRuleOptions? options = null)
    {
        Guard.NotNull(history);
        return Evaluate(history.Summary, asOf, baseMedianIntervalDays, options ?? ReactivationRuleOptions.Default);
    }

    /// <summary>Judges one client's summary as of a date.</summary>
    internal static ReactivationVerdict Evaluate(
        in PurchaseSummary history, DateOnly asOf, double? baseMedianIntervalDays, ReactivationRuleOptions options)
    {
        var silence = history.DaysSinceLast(asOf);
        if (silence < 0)
        {
            throw Guard.OutOfRange(nameof(asOf), asOf, $"must not be before the last purchase {DateOnly.FromDayNumber(history.LastDay):yyyy-MM-dd}");
        }

        double? interval = null;
        var source = IntervalSource.None;
        if (history.MeanIntervalDays is { } own)
        {
            (interval, source) = (own, IntervalSource.Own);
        }
        else if (options.SinglePurchaseDay == SinglePurchaseDayTreatment.BaseMedianInterval && baseMedianIntervalDays is { } median)
        {
            (interval, source) = (median, IntervalSource.BaseMedian);
        }

        return new ReactivationVerdict(interval is { } i && silence > options.K * i, interval, source);
    }
}
