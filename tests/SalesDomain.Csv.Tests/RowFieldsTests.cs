using nietras.SeparatedValues;
using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>
/// The fields of one data row in each of its three forms (fields already split, a line with field starts, a Sep row):
/// the count, each field's text, <see cref="RowFields.At"/> giving empty beyond the row or for no column, and the copy
/// as strings.
/// </summary>
public class RowFieldsTests
{
    [Fact]
    public void SplitFields_CountIndexAtAndToArray()
    {
        var fields = new RowFields(["a", "", "c"]);

        Assert.Equal(3, fields.Count);
        Assert.Equal("a", fields[0].ToString());
        Assert.Equal(string.Empty, fields[1].ToString());
        Assert.Equal("c", fields.At(2).ToString());
        Assert.True(fields.At(3).IsEmpty);
        Assert.True(fields.At(null).IsEmpty);
        Assert.Equal(["a", "", "c"], fields.ToArray());
    }

    [Fact]
    public void NoFields_AreAnEmptyRow()
    {
        var fields = new RowFields(Array.Empty<string>());

        Assert.Equal(0, fields.Count);
        Assert.True(fields.At(0).IsEmpty);
        Assert.Empty(fields.ToArray());
    }

    [Fact]
    public void ALineWithStarts_IsSplitAtThem()
    {
        var fields = new RowFields("a;bb;;c", [0, 2, 5, 6, 8]);

        Assert.Equal(4, fields.Count);
        Assert.Equal("a", fields[0].ToString());
        Assert.Equal("bb", fields[1].ToString());
        Assert.Equal(string.Empty, fields[2].ToString());
        Assert.Equal("c", fields[3].ToString());
        Assert.Equal("bb", fields.At(1).ToString());
        Assert.True(fields.At(4).IsEmpty);
        Assert.True(fields.At(null).IsEmpty);
        Assert.Equal(["a", "bb", "", "c"], fields.ToArray());
    }

    [Fact]
    public void ALineWithOneField_HasOneField()
    {
        var fields = new RowFields("xyz", [0, 4]);

        Assert.Equal(1, fields.Count);
        Assert.Equal(["xyz"], fields.ToArray());
        Assert.True(fields.At(1).IsEmpty);
    }

    [Fact]
    public void ASepRow_HasItsColumns()
    {
        using var reader = Sep.New(';').Reader(o => o with { HasHeader = false }).FromText("k1;2025-03-04;;1 234,50\n");
        Assert.True(reader.MoveNext());

        var fields = new RowFields(reader.Current);

        Assert.Equal(4, fields.Count);
        Assert.Equal("k1", fields[0].ToString());
        Assert.Equal("2025-03-04", fields.At(1).ToString());
        Assert.True(fields.At(2).IsEmpty);
        Assert.True(fields.At(4).IsEmpty);
        Assert.True(fields.At(null).IsEmpty);
        Assert.Equal(["k1", "2025-03-04", "", "1 234,50"], fields.ToArray());
    }
}
