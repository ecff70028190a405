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

    /// <summary>XYZ thresholds and window; default X ≤ 10 %, Y ≤ 25 %, monthly, from the earliest sale.</summary>
    public XyzOptions Xyz { get; init => field = Guard.NotNull(value, nameof(Xyz)); } = XyzOptions.Default;
}
