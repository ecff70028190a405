using SalesDomain.Simulation.Results;
using SalesDomain.Tests;

namespace SalesDomain.Simulation.Tests;

/// <summary>
/// A rule over the whole public API of the simulation package: a record that holds a collection compares it by
/// content, either by its own equality or through a <see cref="ValueList{T}"/>, which compares by content itself.
/// </summary>
public class ContentEqualityConventionTests
{
    [Fact]
    public void PublicRecordsHoldingCollections_DeclareTheirOwnEquality()
    {
        var offenders = RecordEqualityRule.Offenders(
            typeof(MonteCarlo).Assembly.GetExportedTypes(),
            comparesByContent: t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ValueList<>)).ToList();
        Assert.True(offenders.Count == 0, $"Records that compare collections by reference: {string.Join("; ", offenders)}");
    }
}
