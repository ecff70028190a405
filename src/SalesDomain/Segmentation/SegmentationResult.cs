namespace SalesDomain.Segmentation;

/// <summary>ABC, XYZ and the ABC×XYZ matrix of one base as of one date.</summary>
/// <param name="Abc">ABC analysis.</param>
/// <param name="Xyz">XYZ analysis.</param>
/// <param name="Matrix">The 9-cell matrix.</param>
public sealed record SegmentationResult(AbcResult Abc, XyzResult Xyz, AbcXyzMatrix Matrix);
