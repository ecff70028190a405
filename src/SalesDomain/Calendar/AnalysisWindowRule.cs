namespace SalesDomain.Calendar;

/// <summary>
/// Chooses the <see cref="AnalysisWindow"/> of an analysis for an as-of date (DOMAIN.md §9; docs/calendar.md in the repository). The
/// default is the 12 complete calendar months that end with the last month complete as of the as-of date: a year by
/// months, as 1C and consultants run ABC/XYZ. Only complete periods enter a window unless the caller names the months
/// with <see cref="Between"/>: an incomplete as-of month is never a zero period.
/// </summary>
public sealed record AnalysisWindowRule
{
    private AnalysisWindowRule(AnalysisWindowKind kind, int months, SalesMonth from, SalesMonth to)
    {
        Kind = kind;
        Months = months;
        From = from;
        To = to;
    }

    /// <summary>The default: the last 12 complete months.</summary>
    public static AnalysisWindowRule Default { get; } = LastCompleteMonths(12);

    /// <summary>The whole history: from the month of the earliest sale to the last complete month.</summary>
    public static AnalysisWindowRule WholeHistory { get; } = new(AnalysisWindowKind.WholeHistory, 0, default, default);

    /// <summary>How the window is chosen.</summary>
    public AnalysisWindowKind Kind { get; }

    /// <summary>Number of months of a <see cref="AnalysisWindowKind.LastCompleteMonths"/> window; 0 for the other kinds.</summary>
    public int Months { get; }

    /// <summary>First month of a <see cref="AnalysisWindowKind.Between"/> window; the default value for the other kinds.</summary>
    public SalesMonth From { get; }

    /// <summary>Last month of a <see cref="AnalysisWindowKind.Between"/> window; the default value for the other kinds.</summary>
    public SalesMonth To { get; }

    /// <summary>The last <paramref name="months"/> complete months as of the as-of date.</summary>
    /// <param name="months">Number of months, 1..120 000.</param>
    public static AnalysisWindowRule LastCompleteMonths(int months)
        => months is >= 1 and <= 120_000
            ? new(AnalysisWindowKind.LastCompleteMonths, months, default, default)
            : throw Guard.OutOfRange(nameof(months), months, "must be within [1, 120000]");

    /// <summary>The months from <paramref name="from"/> to <paramref name="to"/> inclusive, complete or not.</summary>
    /// <exception cref="ArgumentException"><paramref name="from"/> is after <paramref name="to"/>.</exception>
    public static AnalysisWindowRule Between(SalesMonth from, SalesMonth to)
    {
        _ = new AnalysisWindow(from, to);
        return new(AnalysisWindowKind.Between, 0, from, to);
    }

    /// <summary>The window as of a date.</summary>
    /// <param name="asOf">The as-of date; sales after it are ignored by every analysis.</param>
    /// <param name="earliestSale">The date of the earliest sale on or before the as-of date (used by the whole history); null when there is none.</param>
    /// <param name="period">
    /// The period the analysis sums over. With quarters, the last N complete months and the whole history are widened to
    /// whole complete quarters, and an explicit range must be made of whole quarters.
    /// </param>
    /// <exception cref="ArgumentException">An explicit range ends after the month of the as-of date, or is not made of whole quarters.</exception>
    public AnalysisWindow Resolve(DateOnly asOf, DateOnly? earliestSale = null, SalesPeriod period = SalesPeriod.Month)
    {
        Guard.Defined(period);
        if (Kind == AnalysisWindowKind.Between)
        {
            if (To > SalesMonth.Of(asOf))
            {
                throw new ArgumentException(
                    $"The window {From}..{To} ends after the month of the as-of date {asOf:yyyy-MM-dd}.", nameof(asOf));
            }

            var window = new AnalysisWindow(From, To);
            _ = window.PeriodCount(period); // whole quarters
            return window;
        }

        var quarters = period == SalesPeriod.Quarter;
        var to = quarters ? LastCompleteQuarter(asOf).LastMonth : SalesMonth.LastCompleteAsOf(asOf);
        var length = Kind == AnalysisWindowKind.WholeHistory
            ? (earliestSale is { } first && SalesMonth.Of(first) <= to ? SalesMonth.Of(first).MonthsUntil(to) + 1 : 1)
            : Months;
        if (quarters)
        {
            length = (length + 2) / 3 * 3;
        }

        return new AnalysisWindow(to.AddMonths(-Math.Min(length - 1, quarters ? to.Index - 2 : to.Index)), to);
    }

    private static SalesQuarter LastCompleteQuarter(DateOnly asOf)
    {
        var quarter = SalesQuarter.Of(asOf);
        return quarter.IsCompleteAsOf(asOf) ? quarter : SalesQuarter.Of(quarter.FirstMonth.AddMonths(-1));
    }

    /// <summary>The rule as text: <c>last 12 complete months</c>, <c>2024-01..2024-12</c> or <c>whole history</c>.</summary>
    public override string ToString() => Kind switch
    {
        AnalysisWindowKind.LastCompleteMonths => $"last {Months} complete months",
        AnalysisWindowKind.Between => $"{From}..{To}",
        _ => "whole history",
    };
}
