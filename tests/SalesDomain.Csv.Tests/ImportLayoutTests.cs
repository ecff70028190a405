using System.Collections.Immutable;
using SalesDomain.Csv;

namespace SalesDomain.Csv.Tests;

/// <summary>
/// What an importer found in a file (docs/import.md, "Detection rules"): equality by content (the header in order, the
/// matched columns in any order, every other value), <see cref="ImportLayout.Has"/>, and the one line shown to people
/// for text and for a workbook, with names escaped.
/// </summary>
public class ImportLayoutTests
{
    private static readonly ImportLayout Text = new(
        ImportFormat.Text, "windows-1251", ';', null, 4, ["Контрагент", "Дата", "Сумма"],
        ImmutableDictionary<string, string>.Empty.Add("date", "Дата").Add("client", "Контрагент").Add("amount", "Сумма"));

    [Fact]
    public void Equals_ByContent_TheColumnsInAnyOrder()
    {
        var same = new ImportLayout(
            ImportFormat.Text, "windows-1251", ';', null, 4, ["Контрагент", "Дата", "Сумма"],
            ImmutableDictionary<string, string>.Empty.Add("amount", "Сумма").Add("client", "Контрагент").Add("date", "Дата"));

        Assert.True(Text.Equals(same));
        Assert.Equal(Text, same);
        Assert.Equal(Text.GetHashCode(), same.GetHashCode());
        Assert.False(Text.Equals(null));
    }

    [Fact]
    public void Equals_EveryValueCounts()
    {
        ImportLayout[] others =
        [
            Text with { Format = ImportFormat.Xlsx },
            Text with { Encoding = "utf-8" },
            Text with { Encoding = null },
            Text with { Delimiter = ',' },
            Text with { Delimiter = null },
            Text with { Sheet = "Продажи" },
            Text with { HeaderLine = 5 },
            Text with { Header = ["Дата", "Контрагент", "Сумма"] },
            Text with { Header = ["Контрагент", "Дата"] },
            Text with { Columns = Text.Columns.SetItem("amount", "Выручка") },
            Text with { Columns = Text.Columns.Remove("amount") },
            Text with { Columns = Text.Columns.Remove("amount").Add("profit", "Сумма") },
        ];

        Assert.All(others, other => Assert.False(Text.Equals(other)));
        Assert.All(others, other => Assert.False(other.Equals(Text)));
    }

    [Fact]
    public void Has_TheFieldsMatched()
    {
        Assert.True(Text.Has("client"));
        Assert.True(Text.Has("amount"));
        Assert.False(Text.Has("profit"));
        Assert.False(Text.Has("Контрагент"));
    }

    [Fact]
    public void ToString_Text_NamesEncodingDelimiterLineAndColumnsInOrder()
        => Assert.Equal(
            "text, windows-1251, delimiter ';', header on line 4: amount = Сумма, client = Контрагент, date = Дата",
            Text.ToString());

    [Fact]
    public void ToString_Tab_IsNamed()
        => Assert.Equal(
            "text, utf-16, delimiter tab, header on line 1: client = CustomerID",
            new ImportLayout(ImportFormat.Text, "utf-16", '\t', null, 1, ["CustomerID"], ImmutableDictionary<string, string>.Empty.Add("client", "CustomerID")).ToString());

    [Fact]
    public void ToString_Workbook_NamesTheSheetAndRow_Escaped()
    {
        var layout = new ImportLayout(
            ImportFormat.Xlsx, null, null, "Про\u001Bдажи", 7, ["Сумма\nс НДС", "Контрагент"],
            ImmutableDictionary<string, string>.Empty.Add("client", "Контрагент").Add("amount", "Сумма\nс НДС"));

        Assert.Equal("xlsx, sheet 'Про\\u001Bдажи', header on row 7: amount = Сумма\\nс НДС, client = Контрагент", layout.ToString());
    }

    [Fact]
    public void ToString_NoColumns()
        => Assert.Equal(
            "text, utf-8, delimiter ',', header on line 2: ",
            new ImportLayout(ImportFormat.Text, "utf-8", ',', null, 2, [], ImmutableDictionary<string, string>.Empty).ToString());
}
