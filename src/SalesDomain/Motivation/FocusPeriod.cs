namespace SalesDomain.Motivation;

/// <summary>
/// One step of a rotating-focus plan (DOMAIN.md §6, seed 002): for 1–3 months from <see cref="Start"/>, part of pay
/// (<see cref="Amount"/> a month) is tied to one metric with a monthly target.
/// </summary>
public sealed record FocusPeriod
{
    /// <summary>The first month of the period.</summary>
    public required SalesMonth Start { get; init; }

    /// <summary>Length in months; default 1; 1..3 (seed 002: the focus changes every 1–2, sometimes 3 months).</summary>
    public int Months
    {
        get;
        init => field = value is >= 1 and <= 3 ? value : throw Guard.OutOfRange(nameof(Months), value, "must be within [1, 3]");
    } = 1;

    /// <summary>The focus metric of the period.</summary>
    public required MotivationMetric Metric { get; init => field = Guard.Defined(value, nameof(Metric)); }

    /// <summary>Monthly target of the metric per agent; required; &gt; 0.</summary>
    public required decimal Target { get; init => field = Guard.Positive(value, nameof(Target)); }

    /// <summary>The focus part of pay per agent per month at 100 % of target, in the base currency; required; ≥ 0.</summary>
    public required decimal Amount { get; init => field = Guard.NotNegative(value, nameof(Amount)); }

    /// <summary>The last month of the period.</summary>
    public SalesMonth End => Start.AddMonths(Months - 1);

    /// <summary>Whether the month falls in the period.</summary>
    public bool Contains(SalesMonth month) => month >= Start && month <= End;
}
