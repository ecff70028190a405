using System.Collections.Immutable;

namespace SalesDomain.Segmentation;

/// <summary>
/// The thresholds that place a client on the perspectiveness ladder (DOMAIN.md §2, seed 000 names the steps only;
/// these rules and defaults are SalesDomain's, documented in docs/segmentation.md in the repository).
/// </summary>
public sealed record PerspectiveLadderOptions
{
    /// <summary>The seed's five forecast targets: Periodic, Prospective, Permanent, Partner, VIP.</summary>
    public static ImmutableHashSet<PerspectiveCategory> SeedForecastTargets { get; } =
    [
        PerspectiveCategory.Periodic, PerspectiveCategory.Prospective, PerspectiveCategory.Permanent,
        PerspectiveCategory.Partner, PerspectiveCategory.Vip,
    ];

    /// <summary>The documented defaults.</summary>
    public static PerspectiveLadderOptions Default { get; } = new();

    /// <summary>A client whose first purchase is at most this many days before the as-of date is New; default 90.</summary>
    public int NewWithinDays { get; init => field = Guard.NotNegative(value, nameof(NewWithinDays)); } = 90;

    /// <summary>
    /// A gap of at least this many days before a purchase makes it a comeback, and this many days without a purchase
    /// make a regular buyer or a marked client Lapsed; default 180.
    /// </summary>
    public int LapseDays { get; init => field = Guard.Positive(value, nameof(LapseDays)); } = 180;

    /// <summary>A comeback at most this many days before the as-of date makes the client Reanimated; default 90.</summary>
    public int ReanimatedWithinDays { get; init => field = Guard.NotNegative(value, nameof(ReanimatedWithinDays)); } = 90;

    /// <summary>Months with purchases of the analysis window that make a client Permanent; default 10 (of the default 12).</summary>
    public int PermanentMinActiveMonths { get; init => field = Guard.Positive(value, nameof(PermanentMinActiveMonths)); } = 10;

    /// <summary>Months with purchases of the analysis window that make a client Periodic (and, before a lapse, a former regular buyer); default 3.</summary>
    public int PeriodicMinActiveMonths { get; init => field = Guard.Positive(value, nameof(PeriodicMinActiveMonths)); } = 3;

    /// <summary>
    /// Growth that makes a repeat buyer Prospective: net revenue in the recent half of the window ≥ this × the
    /// earlier half, and the recent half positive; default 1.25.
    /// </summary>
    public decimal ProspectiveGrowth { get; init => field = Guard.Positive(value, nameof(ProspectiveGrowth)); } = 1.25m;

    /// <summary>The categories whose deals go into a manager's forecast; default <see cref="SeedForecastTargets"/>.</summary>
    public ImmutableHashSet<PerspectiveCategory> ForecastTargets
    {
        get;
        init => field = Guard.NotNull(value, nameof(ForecastTargets));
    } = SeedForecastTargets;

    /// <summary>Whether the two are equal by content: <see cref="ForecastTargets"/> as sets; the other values equal.</summary>
    public bool Equals(PerspectiveLadderOptions? other) =>
        other is not null && NewWithinDays == other.NewWithinDays && LapseDays == other.LapseDays
        && ReanimatedWithinDays == other.ReanimatedWithinDays
        && PermanentMinActiveMonths == other.PermanentMinActiveMonths
        && PeriodicMinActiveMonths == other.PeriodicMinActiveMonths && ProspectiveGrowth == other.ProspectiveGrowth
        && ContentEquality.Set(ForecastTargets, other.ForecastTargets);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SetHash(ForecastTargets), NewWithinDays, LapseDays, ReanimatedWithinDays,
        PermanentMinActiveMonths, PeriodicMinActiveMonths, ProspectiveGrowth);
}
