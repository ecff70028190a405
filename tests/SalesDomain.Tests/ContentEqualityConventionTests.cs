namespace SalesDomain.Tests;

/// <summary>
/// A rule over the whole public API of the core: a record that holds a collection compares it by content, so that a
/// future record cannot fall back to the compiler's equality (which compares collections by reference).
/// </summary>
public class ContentEqualityConventionTests
{
    [Fact]
    public void PublicRecordsHoldingCollections_DeclareTheirOwnEquality()
    {
        var offenders = RecordEqualityRule.Offenders(typeof(SalesDomain.Model.ClientBase).Assembly.GetExportedTypes()).ToList();
        Assert.True(offenders.Count == 0, $"Records that compare collections by reference: {string.Join("; ", offenders)}");
    }

    [Fact]
    public void TheRule_FindsARecordThatKeepsTheCompilersEquality()
    {
        Assert.Equal(
            [$"{typeof(ListByReference).FullName} (<Values>k__BackingField)"],
            RecordEqualityRule.Offenders([typeof(ListByReference), typeof(ListByContent), typeof(NoList)]));
    }

    private sealed record ListByReference(int[] Values);

    private sealed record NoList(int Value, string Name);

    private sealed record ListByContent(int[] Values)
    {
        public bool Equals(ListByContent? other) => other is not null && Values.AsSpan().SequenceEqual(other.Values);

        public override int GetHashCode() => Values.Length;
    }
}
