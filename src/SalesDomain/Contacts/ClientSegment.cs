using System.Collections.Immutable;
using SalesDomain.Segmentation;

namespace SalesDomain.Contacts;

/// <summary>The segment a contact norm is looked up by: the ABC class and, when known, the XYZ class (DOMAIN.md §2, §3).</summary>
/// <param name="Abc">ABC class.</param>
/// <param name="Xyz">XYZ class; null when not analysed.</param>
public readonly record struct ClientSegment(AbcClass Abc, XyzClass? Xyz = null)
{
    /// <summary>The segment of every client of a segmentation, keyed by client id.</summary>
    public static ImmutableDictionary<string, ClientSegment> From(SegmentationResult segmentation)
    {
        Guard.NotNull(segmentation);
        return segmentation.Abc.Entries.ToImmutableDictionary(
            e => e.ClientId, e => new ClientSegment(e.Class, segmentation.Xyz.ClassOf(e.ClientId)), StringComparer.Ordinal);
    }
}
