using SalesDomain.Calendar;
using System.Globalization;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Testing;

/// <summary>
/// Invariants every ABC segmentation by revenue must keep (DOMAIN.md §2; docs/segmentation.md in the repository, docs/testing.md in the repository),
/// checked against any implementation — a CRM's own fast path, or SalesDomain's after mapping database rows onto the
/// model. A segmentation is a function from a base to a class per client id; revenue is each client's net revenue
/// over all sales in the base (returns included). The checks return violations rather than throw, so they serve any
/// test framework.
/// </summary>
public static class SegmentationInvariants
{
    /// <summary>Every client of the base gets exactly one class, and no one else gets any.</summary>
    public const string Partition = "Partition";

    /// <summary>When revenue is positive, the clients in A hold at least the A threshold of the positive revenue.</summary>
    public const string AShare = "AShare";

    /// <summary>When revenue is positive, the clients in A and B hold at least the B threshold of the positive revenue.</summary>
    public const string ABShare = "ABShare";

    /// <summary>A client whose net revenue is zero or negative is C.</summary>
    public const string NonPositiveRevenueIsC = "NonPositiveRevenueIsC";

    /// <summary>Raising one client's revenue, all else equal, never moves it to a lower class (A above B above C).</summary>
    public const string Monotonicity = "Monotonicity";

    /// <summary>The same base in another order (clients, managers, sales, contacts shuffled) gives every client the same class.</summary>
    public const string PermutationInvariance = "PermutationInvariance";

    /// <summary>Every client has the class SalesDomain's <see cref="AbcAnalysis"/> gives it (optional check).</summary>
    public const string ReferenceAgreement = "ReferenceAgreement";

    private const int ListedIds = 5;

    /// <summary>
    /// SalesDomain's own ABC segmentation by net revenue over every sale of the base (a window from the month of the
    /// earliest sale to the month of the latest), as a function the checks accept.
    /// </summary>
    /// <param name="options">Thresholds; <see cref="AbcOptions.Default"/> when null.</param>
    public static Func<ClientBase, IEnumerable<KeyValuePair<string, AbcClass>>> Reference(AbcOptions? options = null) =>
        clientBase => AbcAnalysis.Classify(clientBase, Covering(clientBase), AbcMeasure.Revenue, options).Entries
            .Select(e => KeyValuePair.Create(e.ClientId, e.Class));

    /// <summary>The window of the months from the earliest to the latest sale of the base (any month when it has none).</summary>
    private static AnalysisWindow Covering(ClientBase clientBase) => clientBase.Sales.IsEmpty
        ? default
        : new AnalysisWindow(SalesMonth.Of(clientBase.Sales.Min(s => s.Date)), SalesMonth.Of(clientBase.Sales.Max(s => s.Date)));

    /// <summary>
    /// Checks a segmentation that works on per-client values: the values become a base with one sale per client
    /// (<see cref="ClientBaseEdits.FromValues"/>) and the segmentation is fed each base's net revenues.
    /// </summary>
    /// <param name="values">Client values with distinct ids.</param>
    /// <param name="segment">The segmentation under test.</param>
    /// <param name="options">What to check; <see cref="SegmentationCheckOptions.Default"/> when null.</param>
    public static IReadOnlyList<InvariantViolation> Check(
        IReadOnlyList<ClientValue> values,
        Func<IReadOnlyList<ClientValue>, IEnumerable<KeyValuePair<string, AbcClass>>> segment,
        SegmentationCheckOptions? options = null)
    {
        Guard.NotNull(segment);
        return Check(ClientBaseEdits.FromValues(values), b => segment(ClientBaseEdits.NetRevenue(b)), options);
    }

    /// <summary>
    /// Runs <paramref name="segment"/> on the base (and on edited copies of it) and returns every broken invariant:
    /// <see cref="Partition"/>, <see cref="AShare"/>, <see cref="ABShare"/>, <see cref="NonPositiveRevenueIsC"/>,
    /// <see cref="Monotonicity"/>, <see cref="PermutationInvariance"/> and, if asked, <see cref="ReferenceAgreement"/>.
    /// An empty list means the segmentation kept them all on this base.
    /// </summary>
    /// <param name="clientBase">The base to segment.</param>
    /// <param name="segment">The segmentation under test: a class per client id.</param>
    /// <param name="options">What to check; <see cref="SegmentationCheckOptions.Default"/> when null.</param>
    public static IReadOnlyList<InvariantViolation> Check(
        ClientBase clientBase,
        Func<ClientBase, IEnumerable<KeyValuePair<string, AbcClass>>> segment,
        SegmentationCheckOptions? options = null)
    {
        Guard.NotNull(clientBase);
        Guard.NotNull(segment);
        options ??= SegmentationCheckOptions.Default;
        ThrowIfOutOfOrder(options.Abc);

        var violations = new List<InvariantViolation>();
        var revenue = ClientBaseEdits.NetRevenue(clientBase).ToDictionary(v => v.ClientId, v => v.Value, StringComparer.Ordinal);
        var classes = Classify(clientBase, segment, violations);
        CheckShares(revenue, classes, options.Abc, violations);
        CheckMonotonicity(clientBase, segment, revenue, classes, options, violations);
        for (var copy = 0; copy < options.ShuffledCopies; copy++)
        {
            var seed = unchecked(options.ShuffleSeed + copy);
            var shuffled = Classify(ClientBaseEdits.Shuffled(clientBase, seed), segment, null);
            Compare(classes, shuffled, PermutationInvariance, $"on a copy shuffled with seed {seed}", violations);
        }

        if (options.CompareWithReference)
        {
            var reference = Classify(clientBase, Reference(options.Abc), null);
            Compare(classes, reference, ReferenceAgreement, "by SalesDomain's AbcAnalysis", violations);
        }

        return violations;
    }

    private static Dictionary<string, AbcClass> Classify(
        ClientBase clientBase,
        Func<ClientBase, IEnumerable<KeyValuePair<string, AbcClass>>> segment,
        List<InvariantViolation>? violations)
    {
        var result = segment(clientBase) ?? throw new InvalidOperationException("The segmentation returned null.");
        var classes = new Dictionary<string, AbcClass>(StringComparer.Ordinal);
        foreach (var (id, cls) in result)
        {
            if (id is null || !clientBase.Contains(id))
            {
                violations?.Add(new(Partition, $"class {cls} was given to '{id}', which is not a client of the base."));
            }
            else if (!Enum.IsDefined(cls))
            {
                violations?.Add(new(Partition, $"'{id}' got {(int)cls}, which is not a class (A, B or C)."));
            }
            else if (!classes.TryAdd(id, cls))
            {
                violations?.Add(new(Partition, $"'{id}' was classified twice ({classes[id]} and {cls})."));
            }
        }

        var missing = clientBase.Clients.Where(c => !classes.ContainsKey(c.Id)).Select(c => c.Id).ToArray();
        if (missing.Length > 0)
        {
            violations?.Add(new(Partition, $"{missing.Length} of {clientBase.Clients.Length} clients got no class: {List(missing)}."));
        }

        return classes;
    }

    private static void CheckShares(
        Dictionary<string, decimal> revenue, Dictionary<string, AbcClass> classes, AbcOptions abc, List<InvariantViolation> violations)
    {
        var positive = revenue.Values.Where(v => v > 0m).Sum();
        foreach (var (id, cls) in classes)
        {
            if (revenue[id] <= 0m && cls != AbcClass.C)
            {
                violations.Add(new(NonPositiveRevenueIsC, $"'{id}' has net revenue {Money(revenue[id])} but class {cls}."));
            }
        }

        if (positive <= 0m)
        {
            return;
        }

        decimal HeldBy(Func<AbcClass, bool> inClass) => classes.Where(p => inClass(p.Value)).Sum(p => revenue[p.Key]);
        var a = HeldBy(c => c == AbcClass.A);
        if (a < abc.AThreshold * positive)
        {
            violations.Add(new(AShare,
                $"class A holds {Money(a)} of the positive revenue {Money(positive)} ({Percent(a / positive)}), below the A threshold {Percent(abc.AThreshold)}; " +
                $"A = {List(classes.Where(p => p.Value == AbcClass.A).Select(p => p.Key))}."));
        }

        var ab = HeldBy(c => c != AbcClass.C);
        if (ab < abc.BThreshold * positive)
        {
            violations.Add(new(ABShare,
                $"classes A and B hold {Money(ab)} of the positive revenue {Money(positive)} ({Percent(ab / positive)}), below the B threshold {Percent(abc.BThreshold)}."));
        }
    }

    private static void CheckMonotonicity(
        ClientBase clientBase,
        Func<ClientBase, IEnumerable<KeyValuePair<string, AbcClass>>> segment,
        Dictionary<string, decimal> revenue,
        Dictionary<string, AbcClass> classes,
        SegmentationCheckOptions options,
        List<InvariantViolation> violations)
    {
        var probes = ClientBaseEdits.Shuffle(clientBase.Clients.Select(c => c.Id).Where(classes.ContainsKey), options.ShuffleSeed)
            .Take(options.MonotonicityProbes);
        var positive = revenue.Values.Where(v => v > 0m).Sum();
        var date = ClientBaseEdits.LatestSaleDate(clientBase, SalesGenerators.Epoch);
        foreach (var id in probes)
        {
            var own = revenue[id];
            var richer = revenue.Values.Where(v => v > own).DefaultIfEmpty(own).Min();
            (decimal Raise, string How)[] raises =
            [
                (0.01m, "by 0.01"),
                (richer - own, $"to {Money(richer)}, a tie with the next richer client"),
                (positive + Math.Abs(own) + 1m, "above every other client"),
            ];
            foreach (var (raise, how) in raises.Where(r => r.Raise > 0m))
            {
                // A raise beyond one row's supported amount (Money.MaxAmount) is booked as several sales that day.
                var raised = clientBase;
                for (var left = raise; left > 0m; left -= Math.Min(left, Model.Money.MaxAmount))
                {
                    raised = ClientBaseEdits.WithSale(raised, new Sale(id, date, Math.Min(left, Model.Money.MaxAmount)));
                }

                if (Classify(raised, segment, null).TryGetValue(id, out var after) && after > classes[id])
                {
                    violations.Add(new(Monotonicity,
                        $"raising '{id}''s revenue from {Money(own)} {how} (a sale of {Money(raise)} on {date:yyyy-MM-dd}) moved it from {classes[id]} down to {after}."));
                    break;
                }
            }
        }
    }

    private static void Compare(
        Dictionary<string, AbcClass> expected, Dictionary<string, AbcClass> actual, string invariant, string where, List<InvariantViolation> violations)
    {
        var differing = expected.Where(p => actual.TryGetValue(p.Key, out var other) && other != p.Value)
            .Select(p => $"'{p.Key}' is {actual[p.Key]} {where} but {p.Value} here")
            .ToArray();
        if (differing.Length > 0)
        {
            violations.Add(new(invariant, $"{differing.Length} client(s) differ: {string.Join("; ", differing.Take(ListedIds))}{(differing.Length > ListedIds ? "; …" : "")}."));
        }
    }

    private static string List(IEnumerable<string> ids)
    {
        var all = ids.ToArray();
        var shown = string.Join(", ", all.Take(ListedIds).Select(id => $"'{id}'"));
        return all.Length == 0 ? "none" : all.Length > ListedIds ? $"{shown}, … ({all.Length} in all)" : shown;
    }

    private static string Money(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Percent(decimal share) => (share * 100m).ToString("0.##", CultureInfo.InvariantCulture) + " %";

    /// <summary>The thresholds in order: A must not exceed B (as the analysers require).</summary>
    private static void ThrowIfOutOfOrder(AbcOptions abc)
    {
        if (abc.AThreshold > abc.BThreshold)
        {
            throw new ArgumentException(
                $"{nameof(AbcOptions.AThreshold)} ({abc.AThreshold}) must not exceed {nameof(AbcOptions.BThreshold)} ({abc.BThreshold}).",
                nameof(AbcOptions.AThreshold));
        }
    }
}
