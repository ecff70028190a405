using SalesDomain.Segmentation;

namespace SalesDomain.Reactivation;

/// <summary>Settings of the ranked reactivation list (DOMAIN.md §3; docs/reactivation.md in the repository).</summary>
public sealed record ReactivationOptions
{
    /// <summary>The defaults below.</summary>
    public static ReactivationOptions Default { get; } = new();

    /// <summary>The rule's settings; default k = 1, single-day clients by the base median interval.</summary>
    public ReactivationRuleOptions Rule { get; init => field = Guard.NotNull(value, nameof(Rule)); } = ReactivationRuleOptions.Default;

    /// <summary>Days per BG/NBD time unit; default 7 (weeks, as in the published CDNOW analysis); &gt; 0.</summary>
    public double TimeUnitDays { get; init => field = Guard.Positive(value, nameof(TimeUnitDays)); } = 7d;

    /// <summary>Horizon of expected purchases and value at risk, in days; default 365; &gt; 0.</summary>
    public int HorizonDays { get; init => field = Guard.Positive(value, nameof(HorizonDays)); } = 365;

    /// <summary>
    /// A BG/NBD model fitted beforehand, in <see cref="TimeUnitDays"/> units; null (the default) fits one to the base
    /// as of the as-of date.
    /// </summary>
    public BgNbdModel? Model { get; init; }

    /// <summary>Settings of the fit when <see cref="Model"/> is null.</summary>
    public BgNbdFitOptions Fit { get; init => field = Guard.NotNull(value, nameof(Fit)); } = BgNbdFitOptions.Default;

    /// <summary>Thresholds of the ABC class shown with each client (revenue up to the as-of date); default 80/95.</summary>
    public AbcOptions Abc { get; init => field = Guard.NotNull(value, nameof(Abc)); } = AbcOptions.Default;
}
