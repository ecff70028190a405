namespace SalesDomain.Segmentation;

/// <summary>A configured ABC + XYZ segmentation, as resolved from dependency injection.</summary>
public interface ISegmentationAnalyzer
{
    /// <summary>The options this analyser applies.</summary>
    SegmentationOptions Options { get; }

    /// <summary>Segments a base as of a date (sales after it are ignored); as of the latest sale when null.</summary>
    SegmentationResult Analyze(Model.ClientBase clientBase, DateOnly? asOf = null);
}
