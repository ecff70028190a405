using SalesDomain.Calendar;
using SalesDomain.Segmentation;

namespace SalesDomain;

/// <summary>Bindable segmentation settings (docs/segmentation.md in the repository); <see cref="ToOptions"/> gives <see cref="SegmentationOptions"/>.</summary>
public sealed class SegmentationSettings
{
    /// <summary>What ABC ranks by; default revenue.</summary>
    public AbcMeasure Measure { get; set; } = SegmentationOptions.Default.Measure;

    /// <summary>ABC thresholds.</summary>
    public AbcSettings Abc { get; set; } = new();

    /// <summary>XYZ thresholds and period.</summary>
    public XyzSettings Xyz { get; set; } = new();

    /// <summary>Complete months the analysis window covers, ending with the last complete month; default 12.</summary>
    public int WindowMonths { get; set; } = 12;

    /// <summary>The immutable options these settings describe.</summary>
    /// <exception cref="ArgumentException">A value is out of range or the thresholds are out of order.</exception>
    public SegmentationOptions ToOptions()
    {
        var options = new SegmentationOptions
        {
            Measure = Measure,
            Abc = (Abc ?? throw new ArgumentNullException(nameof(Abc), "Abc must not be null.")).ToOptions(),
            Xyz = (Xyz ?? throw new ArgumentNullException(nameof(Xyz), "Xyz must not be null.")).ToOptions(),
            Window = AnalysisWindowRule.LastCompleteMonths(WindowMonths),
        };
        _ = new SegmentationAnalyzer(options); // checks the thresholds' order
        return options;
    }
}

/// <summary>Bindable ABC thresholds (shares 0..1).</summary>
public sealed class AbcSettings
{
    /// <summary>Cumulative share class A covers; default 0.80.</summary>
    public decimal AThreshold { get; set; } = AbcOptions.Default.AThreshold;

    /// <summary>Cumulative share classes A and B cover; default 0.95.</summary>
    public decimal BThreshold { get; set; } = AbcOptions.Default.BThreshold;

    /// <summary>The immutable options.</summary>
    /// <exception cref="ArgumentException">A threshold is outside (0, 1].</exception>
    public AbcOptions ToOptions() => new() { AThreshold = AThreshold, BThreshold = BThreshold };
}

/// <summary>Bindable XYZ thresholds (coefficients of variation) and period.</summary>
public sealed class XyzSettings
{
    /// <summary>Highest coefficient of variation of X; default 0.10.</summary>
    public decimal XThreshold { get; set; } = XyzOptions.Default.XThreshold;

    /// <summary>Highest coefficient of variation of Y; default 0.25.</summary>
    public decimal YThreshold { get; set; } = XyzOptions.Default.YThreshold;

    /// <summary>The period sales are summed over; default month.</summary>
    public SalesPeriod Period { get; set; } = XyzOptions.Default.Period;

    /// <summary>The immutable options.</summary>
    /// <exception cref="ArgumentException">A threshold is negative or the period unknown.</exception>
    public XyzOptions ToOptions() => new() { XThreshold = XThreshold, YThreshold = YThreshold, Period = Period };
}
