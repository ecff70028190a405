using SalesDomain.Calendar;

namespace SalesDomain.Segmentation;

/// <summary>Everything a full ABC + XYZ segmentation needs (DOMAIN.md §2); each part has the seeds' defaults.</summary>
public sealed record SegmentationOptions
{
    /// <summary>The seeds' defaults throughout.</summary>
    public static SegmentationOptions Default { get; } = new();

    /// <summary>What ABC ranks by; default <see cref="AbcMeasure.Revenue"/>.</summary>
    public AbcMeasure Measure { get; init => field = Guard.Defined(value, nameof(Measure)); } = AbcMeasure.Revenue;

    /// <summary>ABC thresholds; default 80 % / 95 %.</summary>
    public AbcOptions Abc { get; init => field = Guard.NotNull(value, nameof(Abc)); } = AbcOptions.Default;

    /// <summary>The analysis window ABC and XYZ share; default the last 12 complete months (docs/calendar.md in the repository).</summary>
    public AnalysisWindowRule Window { get; init => field = Guard.NotNull(value, nameof(Window)); } = AnalysisWindowRule.Default;

    /// <summary>XYZ thresholds and periods; default X ≤ 10 %, Y ≤ 25 %, monthly, every period of the window.</summary>
    public XyzOptions Xyz { get; init => field = Guard.NotNull(value, nameof(Xyz)); } = XyzOptions.Default;
}
