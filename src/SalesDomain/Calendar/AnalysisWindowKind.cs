namespace SalesDomain.Calendar;

/// <summary>How an <see cref="AnalysisWindowRule"/> chooses the months of an analysis.</summary>
public enum AnalysisWindowKind
{
    /// <summary>The last N complete months as of the as-of date (the default, N = 12).</summary>
    LastCompleteMonths,

    /// <summary>An explicit range of months.</summary>
    Between,

    /// <summary>From the month of the earliest sale to the last complete month as of the as-of date.</summary>
    WholeHistory,
}
