using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>Column synonyms compare by content, every field's list counting.</summary>
public class ColumnSynonymsTests
{
    public static TheoryData<string> Fields => ["Client", "Date", "Amount", "Profit", "Quantity", "Manager"];

    [Theory]
    [MemberData(nameof(Fields))]
    public void Equals_OneFieldsListDiffers_IsFalse(string field)
    {
        var d = ColumnSynonyms.Default;
        var other = field switch
        {
            "Client" => d with { Client = ["id"] },
            "Date" => d with { Date = ["day"] },
            "Amount" => d with { Amount = ["sum"] },
            "Profit" => d with { Profit = ["gain"] },
            "Quantity" => d with { Quantity = ["pieces"] },
            _ => d with { Manager = ["owner"] },
        };

        Assert.False(d.Equals(other));
        Assert.False(other.Equals(d));
    }

    [Fact]
    public void Equals_CopiedLists_IsTrue_AndNullIsNotEqual()
    {
        var copy = new ColumnSynonyms { Client = [.. ColumnSynonyms.Default.Client], Date = [.. ColumnSynonyms.Default.Date] };

        Assert.True(ColumnSynonyms.Default.Equals(copy));
        Assert.Equal(ColumnSynonyms.Default.GetHashCode(), copy.GetHashCode());
        Assert.False(ColumnSynonyms.Default.Equals(null));
    }
}
