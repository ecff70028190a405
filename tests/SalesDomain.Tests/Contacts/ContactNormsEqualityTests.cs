using System.Collections.Immutable;
using SalesDomain.Contacts;
using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Contacts;

/// <summary>Contact norms compare by content, as a value should.</summary>
public class ContactNormsEqualityTests
{
    [Fact]
    public void NormsWithTheSameContent_AreEqual()
    {
        var built = new ContactNorms { PerClass = ImmutableDictionary.CreateRange([new KeyValuePair<AbcClass, int>(AbcClass.C, 1), new(AbcClass.B, 2), new(AbcClass.A, 4)]) };
        Assert.Equal(new ContactNorms(), new ContactNorms());
        Assert.True(new ContactNorms() == built);
        Assert.Equal(new ContactNorms().GetHashCode(), built.GetHashCode());
    }

    [Fact]
    public void NormsThatDifferInAnyPart_AreNotEqual()
    {
        var norms = new ContactNorms();
        Assert.NotEqual(norms, norms with { PerClass = norms.PerClass.SetItem(AbcClass.A, 5) });
        Assert.NotEqual(norms, norms with { PerCell = norms.PerCell.Add((AbcClass.A, XyzClass.Z), 6) });
        Assert.NotEqual(norms, norms with { CountContactDays = !norms.CountContactDays });
        Assert.NotEqual(norms, norms with { HoursPerContact = 0.75m });
        Assert.NotEqual(norms, norms with { CountedKinds = [] });
    }
}
