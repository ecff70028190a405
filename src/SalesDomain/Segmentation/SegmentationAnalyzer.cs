namespace SalesDomain.Segmentation;

/// <summary>
/// ABC + XYZ segmentation of a whole base with one set of options (DOMAIN.md §2). Stateless and thread-safe.
/// </summary>
/// <param name="options">The options; <see cref="SegmentationOptions.Default"/> when null.</param>
public sealed class SegmentationAnalyzer(SegmentationOptions? options = null) : ISegmentationAnalyzer
{
    /// <inheritdoc />
    public SegmentationOptions Options { get; } = options ?? SegmentationOptions.Default;

    /// <inheritdoc />
    public SegmentationResult Analyze(Model.ClientBase clientBase, DateOnly? asOf = null)
    {
        Guard.NotNull(clientBase);
        var values = AbcAnalysis.ValuesOf(clientBase, Options.Measure, from: null, to: asOf);
        var abc = AbcAnalysis.Rank(values, Options.Abc, checkIds: false, out var order);
        var xyz = XyzAnalysis.Classify(clientBase, Options.Xyz, asOf); // in base order, like values before ranking
        return new SegmentationResult(abc, xyz, AbcXyzMatrix.Build(abc, xyz, order));
    }
}
