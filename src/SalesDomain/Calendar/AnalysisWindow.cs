using System.Globalization;

namespace SalesDomain.Calendar;

/// <summary>
/// The whole months an analysis covers, from <see cref="From"/> to <see cref="To"/> inclusive (DOMAIN.md §9;
/// docs/calendar.md in the repository). ABC, XYZ, ABCDE and the perspectiveness ladder of one analysis share one window: a sale counts
/// when its date falls in one of these months, and every month of the window is a period of the XYZ series (a month
/// without sales is a zero period). <see cref="AnalysisWindowRule"/> chooses a window for an as-of date.
/// </summary>
public readonly record struct AnalysisWindow
{
    /// <summary>Creates the window of the months from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    /// <exception cref="ArgumentException"><paramref name="from"/> is after <paramref name="to"/>.</exception>
    public AnalysisWindow(SalesMonth from, SalesMonth to)
    {
        if (from > to)
        {
            throw new ArgumentException($"The window must not start after it ends, was {from}..{to}.", nameof(from));
        }

        From = from;
        To = to;
    }

    /// <summary>The first month of the window.</summary>
    public SalesMonth From { get; }

    /// <summary>The last month of the window.</summary>
    public SalesMonth To { get; }

    /// <summary>Number of months in the window, ≥ 1.</summary>
    public int Months => From.MonthsUntil(To) + 1;

    /// <summary>The first day of the window.</summary>
    public DateOnly FirstDay => From.FirstDay;

    /// <summary>The last day of the window.</summary>
    public DateOnly LastDay => To.LastDay;

    /// <summary>
    /// The window of the <paramref name="months"/> complete months that end with the last month complete as of
    /// <paramref name="asOf"/> (as of 2025-07-05 and 12 months: 2024-07..2025-06). It starts at 0001-01 at the earliest.
    /// </summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="months">Number of months, ≥ 1; default 12.</param>
    public static AnalysisWindow LastCompleteMonths(DateOnly asOf, int months = 12)
    {
        Guard.Positive(months);
        var to = SalesMonth.LastCompleteAsOf(asOf);
        return new AnalysisWindow(to.AddMonths(-Math.Min(months - 1, to.Index)), to);
    }

    /// <summary>Whether <paramref name="date"/> falls in the window.</summary>
    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    /// <summary>Whether <paramref name="month"/> is one of the window's months.</summary>
    public bool Contains(SalesMonth month) => month >= From && month <= To;

    /// <summary>Whether every month of the window is complete as of <paramref name="asOf"/>.</summary>
    public bool IsCompleteAsOf(DateOnly asOf) => To.IsCompleteAsOf(asOf);

    /// <summary>Number of periods of the given length in the window.</summary>
    /// <exception cref="ArgumentException">With quarters, the window is not made of whole calendar quarters.</exception>
    public int PeriodCount(SalesPeriod period) => period switch
    {
        SalesPeriod.Month => Months,
        SalesPeriod.Quarter => IsWholeQuarters
            ? Months / 3
            : throw new ArgumentException($"A window of quarters must start in the first month of a quarter and end in the last, was {this}.", nameof(period)),
        _ => throw Guard.OutOfRange(nameof(period), period, "must be a defined SalesPeriod"),
    };

    /// <summary>The 0-based period of the window that <paramref name="date"/> falls in (callers check <see cref="Contains(DateOnly)"/>).</summary>
    internal int PeriodIndexOf(DateOnly date, SalesPeriod period)
    {
        var month = SalesMonth.Of(date).Index - From.Index;
        return period == SalesPeriod.Quarter ? month / 3 : month;
    }

    /// <summary>Whether the window starts in the first month of a calendar quarter and ends in the last.</summary>
    private bool IsWholeQuarters => (From.Month - 1) % 3 == 0 && To.Month % 3 == 0;

    /// <summary>The window as <c>yyyy-MM..yyyy-MM</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{From}..{To}");
}
