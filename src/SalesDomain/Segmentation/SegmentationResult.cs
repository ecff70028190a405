using SalesDomain.Calendar;

namespace SalesDomain.Segmentation;

/// <summary>ABC, XYZ and the ABC×XYZ matrix of one base as of one date, over one analysis window.</summary>
/// <remarks>
/// Its analyses are classes with lookups, compared by reference, so two results are equal only when they share them;
/// compare <see cref="AbcResult.Entries"/>, <see cref="XyzResult.Entries"/> and <see cref="AbcXyzMatrix.Cells"/> for content.
/// </remarks>
/// <param name="Abc">ABC analysis.</param>
/// <param name="Xyz">XYZ analysis.</param>
/// <param name="Matrix">The 9-cell matrix.</param>
public sealed record SegmentationResult(AbcResult Abc, XyzResult Xyz, AbcXyzMatrix Matrix)
{
    /// <summary>The as-of date: the one given, else the date of the latest sale; null when neither exists.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The months analysed; null only when there was nothing to analyse (no as-of date and no sales).</summary>
    public AnalysisWindow? Window { get; init; }
}
