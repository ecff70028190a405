using SalesDomain.Csv;
using SalesDomain.Segmentation;

namespace SalesDomain.Csv.Tests;

/// <summary>The client-categories file of <c>forecast --clients</c> (docs/forecast.md).</summary>
public class ClientCategoryCsvImporterTests
{
    [Trait("Category", "Slow")]
    [Fact]
    public void Import_EnglishAndRussianNames_RejectsUnknownEmptyAndRepeated()
    {
        var csv = "Client_ID,Category,comment\nc1,One-off,x\nc2,Периодический,\nc3,партнёр,\nc4,VIP,\nc5,золотой,\n,new,\nc1,new,\nc6, permanent ,\n";

        var result = ClientCategoryCsvImporter.Import(new StringReader(csv));

        Assert.Equal(
            [("c1", PerspectiveCategory.OneOff), ("c2", PerspectiveCategory.Periodic), ("c3", PerspectiveCategory.Partner),
             ("c4", PerspectiveCategory.Vip), ("c6", PerspectiveCategory.Permanent)],
            result.Accepted.Select(r => (r.ClientId, r.Category)));
        Assert.Equal([6, 7, 8], result.Rejected.Select(r => r.LineNumber));
        Assert.Contains("category 'золотой' is not one of", result.Rejected[0].Reason, StringComparison.Ordinal);
        Assert.Equal("client_id is empty", result.Rejected[1].Reason);
        Assert.Equal("client_id 'c1' repeats an earlier row", result.Rejected[2].Reason);
    }

    [Fact]
    public void Import_WithoutACategoryColumn_Throws()
        => Assert.Contains("'category'", Assert.Throws<CsvImportException>(() => ClientCategoryCsvImporter.Import(new StringReader("client_id\nc1\n"))).Message, StringComparison.Ordinal);

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData("OneOff", PerspectiveCategory.OneOff)]
    [InlineData("one_off", PerspectiveCategory.OneOff)]
    [InlineData("Разовый", PerspectiveCategory.OneOff)]
    [InlineData("реанимированный", PerspectiveCategory.Reanimated)]
    [InlineData("ВИП", PerspectiveCategory.Vip)]
    [InlineData("Prospective", PerspectiveCategory.Prospective)]
    [InlineData("перспективный", PerspectiveCategory.Prospective)]
    [InlineData("постоянный", PerspectiveCategory.Permanent)]
    [InlineData("Новый", PerspectiveCategory.New)]
    public void TryParseCategory_Names(string text, PerspectiveCategory expected)
    {
        Assert.True(ClientCategoryCsvImporter.TryParseCategory(text, out var category));
        Assert.Equal(expected, category);
    }
}
