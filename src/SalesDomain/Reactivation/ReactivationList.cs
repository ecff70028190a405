using System.Collections.Immutable;
using System.Globalization;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Reactivation;

/// <summary>
/// The ranked reactivation list (DOMAIN.md §3, seed 002; docs/reactivation.md in the repository): every client with a purchase day on or
/// before the as-of date, judged by the k × own-interval rule and, when the BG/NBD fit is usable, by the model.
/// Ranked: overdue first, then value at risk descending, then P(alive) ascending (unknown values last), then net
/// revenue descending, then client id (ordinal). The rule list never depends on the model: a degenerate fit leaves
/// P(alive), expected purchases and value at risk empty and adds a warning.
/// </summary>
/// <remarks>A class, compared by reference; compare <see cref="Items"/> (records that compare by content) for content.</remarks>
public sealed class ReactivationList
{
    internal ReactivationList(
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
        var (clients, histories) = Summaries(clientBase, asOf);
        var median = ReactivationRule.MedianOf([.. histories.Where(h => h.Days > 1).Select(h => h.MeanIntervalDays.GetValueOrDefault())]);
        if (histories.Length == 0)
        {
            return new ReactivationList(asOf, [], options.Model, null, median, []);
        }

        var unit = options.TimeUnitDays;
        var rfms = new RfmSummary[histories.Length];
        for (var i = 0; i < rfms.Length; i++)
        {
            rfms[i] = histories[i].ToRfm(asOf, unit);
        }

        var warnings = ImmutableArray.CreateBuilder<string>();
        var fit = options.Model is null ? BgNbdFitter.Fit(rfms, options.Fit) : null;
        var model = options.Model ?? (fit!.Degenerate ? null : fit.Model);
        if (fit is { DegenerateReason: { } reason })
        {
            warnings.Add($"The BG/NBD fit is degenerate ({reason}); P(alive), expected purchases and value at risk are left empty. The rule list is unaffected.");
        }

        // ABC by revenue up to the as-of date: a client without a purchase day has no positive revenue, so it is C and
        // changes neither the positive total nor anyone's class; the summaries already hold every listed revenue.
        var revenues = new decimal[histories.Length];
        for (var i = 0; i < revenues.Length; i++)
        {
            revenues[i] = histories[i].Revenue;
        }

        var classes = AbcAnalysis.ClassesOf(revenues, options.Abc);
        var horizon = options.HorizonDays / unit;
        var ifAliveByHistory = IfAliveByFrequencyAndAge(model, rfms, horizon);
        var items = new ReactivationItem[histories.Length];
        var outOfRange = new int[histories.Length];

        // Clients are independent: their items are built in parallel over fixed ranges.
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, items.Length, 8_192),
            range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    (items[i], outOfRange[i]) = ItemOf(clients[i], histories[i], rfms[i], asOf, median, options, model, ifAliveByHistory, classes[i]);
                }
            });
        if (outOfRange.Sum() is var unevaluated and > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"Expected purchases and value at risk are left empty for {unevaluated} clients: a {options.HorizonDays}-day horizon is beyond what the model can evaluate for them (see docs/reactivation.md)."));
        }

        return new ReactivationList(asOf, Ranked(items), model, fit, median, warnings.ToImmutable());
    }

    /// <summary>
    /// The clients with a purchase day on or before <paramref name="asOf"/> and their summaries, in base order; each
    /// client's sales are read once, in parallel over fixed ranges, without keeping their days.
    /// </summary>
    private static (Client[] Clients, PurchaseSummary[] Histories) Summaries(ClientBase clientBase, DateOnly asOf)
    {
        var all = clientBase.Clients;
        var summaries = new PurchaseSummary[all.Length];
        var bought = new bool[all.Length];
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, Math.Max(1, all.Length), 16_384),
            range =>
            {
                for (var i = range.Item1; i < Math.Min(range.Item2, all.Length); i++)
                {
                    bought[i] = PurchaseSummary.TryOf(clientBase.SalesAt(i).AsSpan(), asOf, out summaries[i]);
                }
            });
        var count = bought.Count(b => b);
        var clients = new Client[count];
        var histories = new PurchaseSummary[count];
        for (int i = 0, n = 0; i < all.Length; i++)
        {
            if (bought[i])
            {
                (clients[n], histories[n]) = (all[i], summaries[i]);
                n++;
            }
        }

        return (clients, histories);
    }

    /// <summary>E[Y(h) | alive] for each distinct (x, T) — it depends on nothing else; empty without a model.</summary>
    private static Dictionary<(int, double), double?> IfAliveByFrequencyAndAge(BgNbdModel? model, RfmSummary[] rfms, double horizon)
    {
        if (model is null)
        {
            return [];
        }

        var keys = rfms.Select(r => (r.Frequency, r.Age)).Distinct().ToArray();
        var result = new Dictionary<(int, double), double?>(keys.Length);
        foreach (var (x, age) in keys)
        {
            result.Add((x, age), model.TryExpectedPurchasesIfAlive(new RfmSummary(x, 0d, age), horizon));
        }

        return result;
    }

    /// <summary>One client's item, and 1 when the model could not evaluate its expected purchases (else 0).</summary>
    private static (ReactivationItem Item, int OutOfRange) ItemOf(
        Client client, in PurchaseSummary h, RfmSummary rfm, DateOnly asOf, double? median, ReactivationOptions options,
        BgNbdModel? model, Dictionary<(int, double), double?> ifAliveByHistory, AbcClass abc)
    {
        var verdict = ReactivationRule.Evaluate(h, asOf, median, options.Rule);
        double? pAlive = null, expected = null;
        decimal? atRisk = null;
        var outOfRange = 0;
        if (model is not null)
        {
            var p = model.ProbabilityAlive(rfm);
            pAlive = p;
            if (ifAliveByHistory[(rfm.Frequency, rfm.Age)] is { } e)
            {
                expected = p * e;
                atRisk = Math.Round((decimal)((1d - p) * e) * h.ValuePerPurchaseDay, 2);
            }
            else
            {
                outOfRange = 1;
            }
        }

        var days = h.DaysSinceLast(asOf);
        var item = new ReactivationItem(
            client.Id,
            client.ManagerId,
            h.Days,
            DateOnly.FromDayNumber(h.LastDay),
            days,
            h.MeanIntervalDays,
            verdict,
            pAlive,
            expected,
            atRisk,
            abc)
        {
            Revenue = h.Revenue,
        };
        return (item, outOfRange);
    }

    /// <summary>The plain reason: silence, the interval compared against and P(alive) when known.</summary>
    internal static string ReasonOf(int daysSinceLast, ReactivationVerdict verdict, double? pAlive, CultureInfo? culture = null)
    {
        // The words come from the library's resources (English neutral, Russian satellite); numbers in the culture.
        culture ??= CultureInfo.InvariantCulture;
        string Say(string key, params object[] args) => string.Format(culture, Localization.DisplayNames.Text(key, culture), args);
        var silence = Say(verdict.Overdue ? "Reason.NoPurchaseFor" : "Reason.LastPurchaseAgo", daysSinceLast);
        var interval = (verdict.Source, verdict.IntervalDays ?? 0d) switch
        {
            (IntervalSource.Own, var days) => Say("Reason.UsualInterval", days),
            (IntervalSource.BaseMedian, var days) => Say("Reason.BaseMedianInterval", days),
            _ => Say("Reason.NoInterval"),
        };
        return pAlive is { } p ? $"{silence}; {interval}; {Say("Reason.PAlive", p)}" : $"{silence}; {interval}";
    }

    /// <summary>
    /// The items in rank order. Money as it is booked (whole cents within ±9·10¹⁶) is compared as 64-bit integers in a
    /// compact key, anything else as decimals; both keys give the same order.
    /// </summary>
    private static ImmutableArray<ReactivationItem> Ranked(ReactivationItem[] items)
    {
        var cents = new CentsKey[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            if (!CentsKey.TryOf(items[i], i, out cents[i]))
            {
                var keys = new RankKey[items.Length];
                for (var k = 0; k < items.Length; k++)
                {
                    keys[k] = new RankKey(items[k], k);
                }

                return Sorted(keys, RankKey.Comparer, items, static k => k.Position);
            }
        }

        return Sorted(cents, new CentsKey.Order(items), items, static k => k.Position);
    }

    /// <summary>
    /// Sorts the keys and lists their items. The rank is a total order (client ids are unique), so sorting the two
    /// halves in parallel and merging them gives the same list as one sort, whatever the number of threads.
    /// </summary>
    private static ImmutableArray<ReactivationItem> Sorted<TKey>(
        TKey[] keys, IComparer<TKey> comparer, ReactivationItem[] items, Func<TKey, int> positionOf)
    {
        var result = new ReactivationItem[keys.Length];
        if (keys.Length < 4_096)
        {
            Array.Sort(keys, comparer);
            for (var i = 0; i < keys.Length; i++)
            {
                result[i] = items[positionOf(keys[i])];
            }
        }
        else
        {
            var half = keys.Length / 2;
            Parallel.Invoke(() => Array.Sort(keys, 0, half, comparer), () => Array.Sort(keys, half, keys.Length - half, comparer));
            int left = 0, right = half;
            for (var i = 0; i < result.Length; i++)
            {
                var fromLeft = right >= keys.Length || left < half && comparer.Compare(keys[left], keys[right]) <= 0;
                result[i] = items[positionOf(fromLeft ? keys[left++] : keys[right++])];
            }
        }

        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    /// <summary>An item's ranking fields, copied out so that sorting compares plain values.</summary>
    private readonly struct RankKey(ReactivationItem item, int position)
    {
        public static readonly IComparer<RankKey> Comparer = Comparer<RankKey>.Create(Compare);

        public int Position { get; } = position;

        private string ClientId { get; } = item.ClientId;

        private bool Overdue { get; } = item.Overdue;

        private decimal? ValueAtRisk { get; } = item.ValueAtRisk;

        private double? PAlive { get; } = item.PAlive;

        private decimal Revenue { get; } = item.Revenue;

        /// <summary>Overdue first, then value at risk descending, P(alive) ascending (unknown last), revenue descending, client id.</summary>
        private static int Compare(RankKey x, RankKey y)
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
    }

    /// <summary>
    /// The ranking fields in 32 bytes: value at risk and revenue in cents (an unknown value at risk as
    /// <see cref="long.MinValue"/>, last when descending), an unknown P(alive) as +∞ (last when ascending; a known one is
    /// in [0, 1]); the client id is read from the item only to break a tie.
    /// </summary>
    private readonly record struct CentsKey(bool Overdue, long RiskCents, double PAlive, long RevenueCents, int Position)
    {
        private const decimal Bound = 90_000_000_000_000_000m;

        /// <summary>The key of an item; false when a money field is not whole cents within the bound.</summary>
        public static bool TryOf(ReactivationItem item, int position, out CentsKey key)
        {
            key = default;
            if (!IsCents(item.Revenue) || item.ValueAtRisk is { } v && !IsCents(v))
            {
                return false;
            }

            key = new CentsKey(
                item.Overdue,
                item.ValueAtRisk is { } risk ? (long)(risk * 100m) : long.MinValue,
                item.PAlive ?? double.PositiveInfinity,
                (long)(item.Revenue * 100m),
                position);
            return true;
        }

        private static bool IsCents(decimal value) => value.Scale <= 2 && Math.Abs(value) <= Bound;

        /// <summary>The order of <see cref="RankKey"/>, on cents.</summary>
        public sealed class Order(ReactivationItem[] items) : IComparer<CentsKey>
        {
            public int Compare(CentsKey x, CentsKey y)
            {
                var c = y.Overdue.CompareTo(x.Overdue);
                if (c == 0)
                {
                    c = y.RiskCents.CompareTo(x.RiskCents);
                }

                if (c == 0)
                {
                    c = x.PAlive.CompareTo(y.PAlive);
                }

                if (c == 0)
                {
                    c = y.RevenueCents.CompareTo(x.RevenueCents);
                }

                return c != 0 ? c : string.CompareOrdinal(items[x.Position].ClientId, items[y.Position].ClientId);
            }
        }
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
