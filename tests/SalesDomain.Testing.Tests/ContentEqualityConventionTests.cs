using SalesDomain.Tests;

namespace SalesDomain.Testing.Tests;

/// <summary>
/// A rule over the whole public API of the testing package: a record that holds a collection compares it by content,
/// so that a future record cannot fall back to the compiler's equality (which compares collections by reference).
/// </summary>
public class ContentEqualityConventionTests
{
    [Fact]
    public void PublicRecordsHoldingCollections_DeclareTheirOwnEquality()
    {
        var offenders = RecordEqualityRule.Offenders(typeof(SalesGenerators).Assembly.GetExportedTypes()).ToList();
        Assert.True(offenders.Count == 0, $"Records that compare collections by reference: {string.Join("; ", offenders)}");
    }
}
