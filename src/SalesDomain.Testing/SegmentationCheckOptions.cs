using SalesDomain.Segmentation;

namespace SalesDomain.Testing;

/// <summary>What <see cref="SegmentationInvariants"/> checks, and against which thresholds.</summary>
public sealed record SegmentationCheckOptions
{
    /// <summary>The defaults: thresholds 80 % / 95 %, one shuffled copy, 8 monotonicity probes, no reference comparison.</summary>
    public static SegmentationCheckOptions Default { get; } = new();

    /// <summary>The thresholds the checked segmentation implements; default <see cref="AbcOptions.Default"/> (80 % / 95 %).</summary>
    public AbcOptions Abc { get; init => field = Guard.NotNull(value, nameof(Abc)); } = AbcOptions.Default;

    /// <summary>Seed of the shuffled copies used for permutation invariance; default 0. Pass a generated int to vary it.</summary>
    public int ShuffleSeed { get; init; }

    /// <summary>How many shuffled copies the segmentation is re-run on; default 1; 0 skips the permutation check.</summary>
    public int ShuffledCopies { get; init => field = Guard.NotNegative(value, nameof(ShuffledCopies)); } = 1;

    /// <summary>
    /// How many clients have their revenue raised for the monotonicity check (each raised three ways: by 0.01, up to
    /// a tie with the next richer client, and above everyone); default 8; 0 skips the check.
    /// </summary>
    public int MonotonicityProbes { get; init => field = Guard.NotNegative(value, nameof(MonotonicityProbes)); } = 8;

    /// <summary>
    /// Whether every client's class must equal the one <see cref="AbcAnalysis"/> gives (net revenue over the whole
    /// base, <see cref="Abc"/> thresholds, the boundary and tie rules of docs/segmentation.md in the repository); default
    /// <see langword="false"/>, since a CRM may legitimately break ties or cross boundaries its own way.
    /// </summary>
    public bool CompareWithReference { get; init; }
}
