using SalesDomain.Calendar;
namespace SalesDomain.Motivation;

/// <summary>
/// One step of a rotating-focus plan (DOMAIN.md §6, seed 002): for 1–3 months from <see cref="Start"/>, part of pay
/// (<see cref="Amount"/> a month) is tied to one metric with a monthly target.
/// </summary>
/// <param name="Start">The first month.</param>
/// <param name="Metric">The focus metric.</param>
/// <param name="Target">Monthly target per agent; &gt; 0.</param>
/// <param name="Amount">Focus pay per agent per month at 100 % of target; ≥ 0.</param>
/// <param name="Months">Length in months, 1..3; default 1.</param>
public sealed record FocusPeriod(SalesMonth Start, MotivationMetric Metric, decimal Target, decimal Amount, int Months = 1)
{
    /// <summary>The first month of the period.</summary>
    public SalesMonth Start { get; init; } = Start;

    /// <summary>Length in months; default 1; 1..3 (seed 002: the focus changes every 1–2, sometimes 3 months).</summary>
    public int Months { get; init => field = CheckMonths(value); } = CheckMonths(Months);

    /// <summary>The focus metric of the period.</summary>
    public MotivationMetric Metric { get; init => field = Guard.Defined(value, nameof(Metric)); } = Guard.Defined(Metric, nameof(Metric));

    /// <summary>Monthly target of the metric per agent; required; &gt; 0.</summary>
    public decimal Target { get; init => field = Model.Money.PositiveAmount(value, nameof(Target)); } = Model.Money.PositiveAmount(Target, nameof(Target));

    /// <summary>The focus part of pay per agent per month at 100 % of target, in the base currency; required; ≥ 0.</summary>
    public decimal Amount { get; init => field = Model.Money.NonNegativeAmount(value, nameof(Amount)); } = Model.Money.NonNegativeAmount(Amount, nameof(Amount));

    /// <summary>The last month of the period.</summary>
    public SalesMonth End => Start.AddMonths(Months - 1);

    private static int CheckMonths(int value)
        => value is >= 1 and <= 3 ? value : throw Guard.OutOfRange(nameof(Months), value, "must be within [1, 3]");

    /// <summary>Whether the month falls in the period.</summary>
    public bool Contains(SalesMonth month) => month >= Start && month <= End;
}
