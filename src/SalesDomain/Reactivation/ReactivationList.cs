using SalesDomain.Calendar;
using System.Collections.Immutable;
using System.Globalization;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Reactivation;

/// <summary>
/// The ranked reactivation list (DOMAIN.md §3, seed 002; docs/reactivation.md): every client with a purchase day on or
/// before the as-of date, judged by the k × own-interval rule and by the BG/NBD model. Ranked: overdue first, then
/// value at risk descending, then P(alive) ascending, then client id (ordinal).
/// </summary>
public sealed class ReactivationList
{
    private ReactivationList(
        DateOnly asOf, ImmutableArray<ReactivationItem> items, BgNbdModel? model, BgNbdFit? fit, double? baseMedian)
    {
        AsOf = asOf;
        Items = items;
        Model = model;
        Fit = fit;
        BaseMedianIntervalDays = baseMedian;
        OverdueCount = items.Count(i => i.Overdue);
    }

    /// <summary>The as-of date.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Every client with a purchase day, in rank order.</summary>
    public ImmutableArray<ReactivationItem> Items { get; }

    /// <summary>The BG/NBD model used; null only when no client has a purchase day.</summary>
    public BgNbdModel? Model { get; }

    /// <summary>The fit that produced <see cref="Model"/>; null when the model was given in the options or the list is empty.</summary>
    public BgNbdFit? Fit { get; }

    /// <summary>The base median interval in days used for single-day clients; null when no client has two purchase days.</summary>
    public double? BaseMedianIntervalDays { get; }

    /// <summary>Number of clients the rule puts on the list.</summary>
    public int OverdueCount { get; }

    /// <summary>Builds the list for a base as of a date.</summary>
    /// <param name="clientBase">The base.</param>
    /// <param name="asOf">The as-of date; sales after it are ignored.</param>
    /// <param name="options">Settings; <see cref="ReactivationOptions.Default"/> when null.</param>
    public static ReactivationList Build(ClientBase clientBase, DateOnly asOf, ReactivationOptions? options = null)
    {
        Guard.NotNull(clientBase);
        options ??= ReactivationOptions.Default;
        var histories = PurchaseHistory.Of(clientBase, asOf);
        var median = ReactivationRule.BaseMedianIntervalDays(histories);
        if (histories.IsEmpty)
        {
            return new ReactivationList(asOf, [], options.Model, null, median);
        }

        var unit = options.TimeUnitDays;
        var fit = options.Model is null ? BgNbdFitter.Fit(histories.Select(h => h.ToRfm(asOf, unit)), options.Fit) : null;
        var model = options.Model ?? fit!.Model;
        var abc = AbcAnalysis.Classify(clientBase, AnalysisWindowRule.Default.Resolve(asOf), AbcMeasure.Revenue, options.Abc);
        var horizon = options.HorizonDays / unit;
        var items = histories.Select(h =>
        {
            var rfm = h.ToRfm(asOf, unit);
            var verdict = ReactivationRule.Evaluate(h, asOf, median, options.Rule);
            var pAlive = model.ProbabilityAlive(rfm);
            var ifAlive = model.ExpectedPurchasesIfAlive(rfm, horizon);
            var atRisk = Math.Round((decimal)((1d - pAlive) * ifAlive) * h.ValuePerPurchaseDay, 2);
            var days = h.DaysSinceLast(asOf);
            return new ReactivationItem(
                h.ClientId,
                clientBase.GetClient(h.ClientId).ManagerId,
                h.PurchaseDayCount,
                h.LastPurchase,
                days,
                h.MeanIntervalDays,
                verdict,
                pAlive,
                pAlive * ifAlive,
                atRisk,
                abc.ClassOf(h.ClientId),
                ReasonOf(days, verdict, pAlive));
        }).ToArray();
        Array.Sort(items, CompareRank);
        return new ReactivationList(asOf, [.. items], model, fit, median);
    }

    /// <summary>The plain reason: silence, the interval compared against and P(alive).</summary>
    internal static string ReasonOf(int daysSinceLast, ReactivationVerdict verdict, double pAlive)
    {
        var c = CultureInfo.InvariantCulture;
        var silence = verdict.Overdue
            ? string.Create(c, $"no purchase for {daysSinceLast} days")
            : string.Create(c, $"last purchase {daysSinceLast} days ago");
        var interval = verdict.Source switch
        {
            IntervalSource.Own => string.Create(c, $"usual interval {verdict.IntervalDays:0} days"),
            IntervalSource.BaseMedian => string.Create(c, $"one purchase day, base median interval {verdict.IntervalDays:0} days"),
            _ => "one purchase day, no interval to compare",
        };
        return string.Create(c, $"{silence}; {interval}; P(alive) {pAlive:0.00}");
    }

    private static int CompareRank(ReactivationItem x, ReactivationItem y)
    {
        var c = y.Overdue.CompareTo(x.Overdue);
        if (c == 0)
        {
            c = y.ValueAtRisk.CompareTo(x.ValueAtRisk);
        }

        if (c == 0)
        {
            c = x.PAlive.CompareTo(y.PAlive);
        }

        return c != 0 ? c : string.CompareOrdinal(x.ClientId, y.ClientId);
    }
}
