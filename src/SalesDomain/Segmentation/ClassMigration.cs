using System.Collections.Immutable;
using SalesDomain.Calendar;
using SalesDomain.Model;

namespace SalesDomain.Segmentation;

/// <summary>A client whose ABC or XYZ class changed between two as-of points.</summary>
/// <param name="ClientId">Client identifier.</param>
/// <param name="AbcFrom">ABC class at the earlier point.</param>
/// <param name="AbcTo">ABC class at the later point.</param>
/// <param name="XyzFrom">XYZ class at the earlier point.</param>
/// <param name="XyzTo">XYZ class at the later point.</param>
public readonly record struct ClassChange(string ClientId, AbcClass AbcFrom, AbcClass AbcTo, XyzClass XyzFrom, XyzClass XyzTo);

/// <summary>
/// The class migration between two consecutive as-of points (docs/segmentation.md in the repository): 3×3 ABC and XYZ matrices over
/// the clients in the base at both points, the clients that entered or left the base, and every client whose class
/// changed.
/// </summary>
public sealed record ClassMigrationStep
{
    internal ClassMigrationStep(
        SalesMonth from, SalesMonth to, ImmutableArray<int> abc, ImmutableArray<int> xyz, int entered, int left, ImmutableArray<ClassChange> changes,
        ImmutableArray<int> abcBefore, ImmutableArray<int> abcAfter)
    {
        AbcBefore = abcBefore;
        AbcAfter = abcAfter;
        From = from;
        To = to;
        AbcMatrix = abc;
        XyzMatrix = xyz;
        Entered = entered;
        Left = left;
        Changes = changes;
    }

    /// <summary>The earlier as-of month (segmented as of its last day).</summary>
    public SalesMonth From { get; }

    /// <summary>The later as-of month.</summary>
    public SalesMonth To { get; }

    /// <summary>Clients per (ABC class before, ABC class after), row by row: AA, AB, AC, BA, …, CC.</summary>
    public ImmutableArray<int> AbcMatrix { get; }

    /// <summary>Clients per (XYZ class before, XYZ class after), row by row: XX, XY, XZ, YX, …, ZZ.</summary>
    public ImmutableArray<int> XyzMatrix { get; }

    /// <summary>Clients in the base at <see cref="To"/> but not at <see cref="From"/>.</summary>
    public int Entered { get; }

    /// <summary>Clients in the base at <see cref="From"/> but not at <see cref="To"/>.</summary>
    public int Left { get; }

    /// <summary>Clients in the base at both points whose ABC or XYZ class changed, ordered by client id (ordinal).</summary>
    public ImmutableArray<ClassChange> Changes { get; }

    /// <summary>Clients in the base at <see cref="From"/> per ABC class (A, B, C), those who left included.</summary>
    public ImmutableArray<int> AbcBefore { get; }

    /// <summary>Clients in the base at <see cref="To"/> per ABC class (A, B, C), those who entered included.</summary>
    public ImmutableArray<int> AbcAfter { get; }

    /// <summary>Clients that moved from one ABC class to another (or stayed, when equal).</summary>
    public int Abc(AbcClass from, AbcClass to) => AbcMatrix[((int)Guard.Defined(from) * 3) + (int)Guard.Defined(to)];

    /// <summary>Clients that moved from one XYZ class to another (or stayed, when equal).</summary>
    public int Xyz(XyzClass from, XyzClass to) => XyzMatrix[((int)Guard.Defined(from) * 3) + (int)Guard.Defined(to)];

    /// <summary>
    /// Whether the two are equal by content: <see cref="AbcMatrix"/>, <see cref="XyzMatrix"/>, <see cref="Changes"/>,
    /// <see cref="AbcBefore"/> and <see cref="AbcAfter"/> element by element in order; the other values equal.
    /// </summary>
    public bool Equals(ClassMigrationStep? other) =>
        other is not null && From == other.From && To == other.To
        && ContentEquality.Sequence(AbcMatrix, other.AbcMatrix) && ContentEquality.Sequence(XyzMatrix, other.XyzMatrix)
        && Entered == other.Entered && Left == other.Left && ContentEquality.Sequence(Changes, other.Changes)
        && ContentEquality.Sequence(AbcBefore, other.AbcBefore) && ContentEquality.Sequence(AbcAfter, other.AbcAfter);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(AbcMatrix), ContentEquality.SequenceHash(XyzMatrix),
        ContentEquality.SequenceHash(Changes), ContentEquality.SequenceHash(AbcBefore),
        ContentEquality.SequenceHash(AbcAfter), From, To, Entered);
}

/// <summary>
/// The class history 1C keeps (DOMAIN.md §2; docs/segmentation.md in the repository): the base is segmented as of the last day of each
/// as-of month from <c>from</c> to <c>to</c> (every <c>stepMonths</c> months), each time over the analysis window that
/// <see cref="SegmentationOptions.Window"/> gives for that day (by default the 12 months ending with the as-of month),
/// and consecutive points are compared. A client is in the base at a point when it has a purchase day
/// (<see cref="PurchaseDays"/>) in that point's window.
/// </summary>
public static class ClassMigration
{
    /// <summary>The migration steps between consecutive as-of points.</summary>
    /// <param name="clientBase">The base.</param>
    /// <param name="from">The first as-of month.</param>
    /// <param name="to">The last as-of month; after <paramref name="from"/>. With a step of several months the points are
    /// <paramref name="from"/>, from + step, … up to and including <paramref name="to"/> when it falls on the step.</param>
    /// <param name="stepMonths">Months between points: 1 (monthly, the default) or 3 (quarterly), 1..120.</param>
    /// <param name="options">Segmentation options; <see cref="SegmentationOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException"><paramref name="to"/> is not after <paramref name="from"/>.</exception>
    public static ImmutableArray<ClassMigrationStep> Build(
        ClientBase clientBase, SalesMonth from, SalesMonth to, int stepMonths = 1, SegmentationOptions? options = null)
    {
        Guard.NotNull(clientBase);
        if (stepMonths is < 1 or > 120)
        {
            throw Guard.OutOfRange(nameof(stepMonths), stepMonths, "must be within [1, 120]");
        }

        if (to <= from)
        {
            throw new ArgumentException($"The last as-of month ({to}) must be after the first ({from}).", nameof(to));
        }

        var analyzer = new SegmentationAnalyzer(options);
        var points = Enumerable.Range(0, (from.MonthsUntil(to) / stepMonths) + 1)
            .Select(k => from.AddMonths(k * stepMonths))
            .Select(month => (Month: month, Snapshot: Take(clientBase, analyzer.Analyze(clientBase, month.LastDay))))
            .ToList();

        return [.. points.Zip(points.Skip(1), (a, b) => Compare(a.Month, a.Snapshot, b.Month, b.Snapshot))];
    }

    private sealed record Snapshot(Dictionary<string, (AbcClass Abc, XyzClass Xyz)> InBase);

    private static Snapshot Take(ClientBase clientBase, SegmentationResult result)
    {
        var inBase = new Dictionary<string, (AbcClass, XyzClass)>(StringComparer.Ordinal);
        if (result is { Window: { } window, AsOf: { } asOf })
        {
            foreach (var client in clientBase.Clients)
            {
                var days = PurchaseDays.Of(clientBase.SalesOf(client.Id), asOf);
                if (days.Any(window.Contains))
                {
                    inBase[client.Id] = (result.Abc.ClassOf(client.Id), result.Xyz.ClassOf(client.Id));
                }
            }
        }

        return new Snapshot(inBase);
    }

    private static ClassMigrationStep Compare(SalesMonth fromMonth, Snapshot from, SalesMonth toMonth, Snapshot to)
    {
        var abc = new int[9];
        var xyz = new int[9];
        var changes = new List<ClassChange>();
        var left = 0;
        foreach (var (id, before) in from.InBase)
        {
            if (!to.InBase.TryGetValue(id, out var after))
            {
                left++;
                continue;
            }

            abc[((int)before.Abc * 3) + (int)after.Abc]++;
            xyz[((int)before.Xyz * 3) + (int)after.Xyz]++;
            if (before != after)
            {
                changes.Add(new ClassChange(id, before.Abc, after.Abc, before.Xyz, after.Xyz));
            }
        }

        var entered = to.InBase.Keys.Count(id => !from.InBase.ContainsKey(id));
        changes.Sort((x, y) => string.CompareOrdinal(x.ClientId, y.ClientId));
        static ImmutableArray<int> PerClass(Snapshot s) => [.. Enum.GetValues<AbcClass>().Select(c => s.InBase.Values.Count(v => v.Abc == c))];
        return new ClassMigrationStep(fromMonth, toMonth, [.. abc], [.. xyz], entered, left, [.. changes], PerClass(from), PerClass(to));
    }
}
