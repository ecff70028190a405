using System.Globalization;
using SalesDomain.Segmentation;

namespace SalesDomain.Reactivation;

/// <summary>One client on the ranked reactivation list (DOMAIN.md §3; docs/reactivation.md in the repository).</summary>
/// <param name="ClientId">Id of the client.</param>
/// <param name="ManagerId">The client's manager; null when ownerless.</param>
/// <param name="PurchaseDays">Number of distinct purchase days up to the as-of date.</param>
/// <param name="LastPurchase">The last purchase day.</param>
/// <param name="DaysSinceLast">Days from the last purchase day to the as-of date.</param>
/// <param name="MeanIntervalDays">The client's own mean interval between purchase days; null for a single purchase day.</param>
/// <param name="Verdict">The rule's verdict (overdue flag and the interval used).</param>
/// <param name="PAlive">BG/NBD probability that the client is still alive, 0..1; null when no usable model (a degenerate fit).</param>
/// <param name="ExpectedPurchases">BG/NBD expected purchase days in the horizon; null when no usable model or outside its evaluable range.</param>
/// <param name="ValueAtRisk">(1 − P(alive)) × expected purchases in the horizon if alive × value per purchase day; null with <paramref name="ExpectedPurchases"/>.</param>
/// <param name="Abc">ABC class by revenue up to the as-of date.</param>
public sealed record ReactivationItem(
    string ClientId,
    string? ManagerId,
    int PurchaseDays,
    DateOnly LastPurchase,
    int DaysSinceLast,
    double? MeanIntervalDays,
    ReactivationVerdict Verdict,
    double? PAlive,
    double? ExpectedPurchases,
    decimal? ValueAtRisk,
    AbcClass Abc)
{
    /// <summary>
    /// A plain explanation, e.g. "no purchase for 94 days; usual interval 31 days; P(alive) 0.42", formatted from the
    /// other fields when read.
    /// </summary>
    public string Reason => ReactivationList.ReasonOf(DaysSinceLast, Verdict, PAlive);

    /// <summary><see cref="Reason"/> in the language and number format of <paramref name="culture"/> (English and Russian, docs/localization.md in the repository).</summary>
    /// <param name="culture">The culture; the invariant culture (English) when null.</param>
    public string ReasonIn(CultureInfo? culture) => ReactivationList.ReasonOf(DaysSinceLast, Verdict, PAlive, culture);

    /// <summary>Net revenue up to the as-of date (returns included); ranks clients when the model gives no value at risk.</summary>
    public decimal Revenue { get; init; }

    /// <summary>Whether the rule puts the client on the reactivation list.</summary>
    public bool Overdue => Verdict.Overdue;
}
