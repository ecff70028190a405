using System.Collections.Immutable;
using System.Globalization;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Reactivation;

/// <summary>
/// The ranked reactivation list (DOMAIN.md §3, seed 002; docs/reactivation.md): every client with a purchase day on or
/// before the as-of date, judged by the k × own-interval rule and, when the BG/NBD fit is usable, by the model.
/// Ranked: overdue first, then value at risk descending, then P(alive) ascending (unknown values last), then net
/// revenue descending, then client id (ordinal). The rule list never depends on the model: a degenerate fit leaves
/// P(alive), expected purchases and value at risk empty and adds a warning.
/// </summary>
public sealed class ReactivationList
{
    private ReactivationList(
        DateOnly asOf, ImmutableArray<ReactivationItem> items, BgNbdModel? model, BgNbdFit? fit, double? baseMedian,
        ImmutableArray<string> warnings)
    {
        AsOf = asOf;
        Items = items;
        Model = model;
        Fit = fit;
        BaseMedianIntervalDays = baseMedian;
        Warnings = warnings;
        OverdueCount = items.Count(i => i.Overdue);
    }

    /// <summary>The as-of date.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Every client with a purchase day, in rank order.</summary>
    public ImmutableArray<ReactivationItem> Items { get; }

    /// <summary>
    /// The BG/NBD model used for P(alive): the one given in the options, or the fitted one when the fit is not
    /// degenerate; null when no client has a purchase day or the fit is degenerate.
    /// </summary>
    public BgNbdModel? Model { get; }

    /// <summary>The fit to the base, degenerate or not; null when the model was given in the options or the list is empty.</summary>
    public BgNbdFit? Fit { get; }

    /// <summary>The base median interval in days used for single-day clients; null when no client has two purchase days.</summary>
    public double? BaseMedianIntervalDays { get; }

    /// <summary>Number of clients the rule puts on the list.</summary>
    public int OverdueCount { get; }

    /// <summary>What the user should know about the result, e.g. why P(alive) is empty; empty when nothing.</summary>
    public ImmutableArray<string> Warnings { get; }

    /// <summary>Builds the list for a base as of a date; never fails on the model (see <see cref="Warnings"/>).</summary>
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
            return new ReactivationList(asOf, [], options.Model, null, median, []);
        }

        var unit = options.TimeUnitDays;
        var rfms = histories.Select(h => h.ToRfm(asOf, unit)).ToArray();
        var warnings = ImmutableArray.CreateBuilder<string>();
        var fit = options.Model is null ? BgNbdFitter.Fit(rfms, options.Fit) : null;
        var model = options.Model ?? (fit!.Degenerate ? null : fit.Model);
        if (fit is { DegenerateReason: { } reason })
        {
            warnings.Add($"The BG/NBD fit is degenerate ({reason}); P(alive), expected purchases and value at risk are left empty. The rule list is unaffected.");
        }

        var abc = AbcAnalysis.Classify(clientBase, AbcMeasure.Revenue, options.Abc, to: asOf);
        var horizon = options.HorizonDays / unit;
        var ifAliveByHistory = new Dictionary<(int, double), double?>(); // E[Y(t) | alive] depends on x and T only
        var outOfRange = 0;
        var items = new ReactivationItem[histories.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var h = histories[i];
            var rfm = rfms[i];
            var verdict = ReactivationRule.Evaluate(h, asOf, median, options.Rule);
            double? pAlive = null, expected = null;
            decimal? atRisk = null;
            if (model is not null)
            {
                var p = model.ProbabilityAlive(rfm);
                pAlive = p;
                if (!ifAliveByHistory.TryGetValue((rfm.Frequency, rfm.Age), out var ifAlive))
                {
                    ifAlive = model.TryExpectedPurchasesIfAlive(rfm, horizon);
                    ifAliveByHistory.Add((rfm.Frequency, rfm.Age), ifAlive);
                }

                if (ifAlive is { } e)
                {
                    expected = p * e;
                    atRisk = Math.Round((decimal)((1d - p) * e) * h.ValuePerPurchaseDay, 2);
                }
                else
                {
                    outOfRange++;
                }
            }

            var days = h.DaysSinceLast(asOf);
            items[i] = new ReactivationItem(
                h.ClientId,
                clientBase.GetClient(h.ClientId).ManagerId,
                h.PurchaseDayCount,
                h.LastPurchase,
                days,
                h.MeanIntervalDays,
                verdict,
                pAlive,
                expected,
                atRisk,
                abc.ClassOf(h.ClientId),
                ReasonOf(days, verdict, pAlive))
            {
                Revenue = h.Revenue,
            };
        }

        if (outOfRange > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"Expected purchases and value at risk are left empty for {outOfRange} clients: a {options.HorizonDays}-day horizon is beyond what the model can evaluate for them (see docs/reactivation.md)."));
        }

        Array.Sort(items, CompareRank);
        return new ReactivationList(asOf, [.. items], model, fit, median, warnings.ToImmutable());
    }

    /// <summary>The plain reason: silence, the interval compared against and P(alive) when known.</summary>
    internal static string ReasonOf(int daysSinceLast, ReactivationVerdict verdict, double? pAlive)
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
        return pAlive is { } p ? string.Create(c, $"{silence}; {interval}; P(alive) {p:0.00}") : $"{silence}; {interval}";
    }

    private static int CompareRank(ReactivationItem x, ReactivationItem y)
    {
        var c = y.Overdue.CompareTo(x.Overdue);
        if (c == 0)
        {
            c = NullsLast(x.ValueAtRisk, y.ValueAtRisk, descending: true);
        }

        if (c == 0)
        {
            c = NullsLast(x.PAlive, y.PAlive, descending: false);
        }

        if (c == 0)
        {
            c = y.Revenue.CompareTo(x.Revenue);
        }

        return c != 0 ? c : string.CompareOrdinal(x.ClientId, y.ClientId);
    }

    private static int NullsLast<T>(T? x, T? y, bool descending)
        where T : struct, IComparable<T>
        => (x, y) switch
        {
            ({ } a, { } b) => descending ? b.CompareTo(a) : a.CompareTo(b),
            (null, null) => 0,
            (null, _) => 1,
            _ => -1,
        };
}
