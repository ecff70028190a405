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

    private static ImportResult<ClientCategoryRow> Import(string text, ImportDialect? dialect = null)
        => ClientCategoryCsvImporter.Import(new StringReader(text), dialect);

    [Theory]
    [InlineData("category")]
    [InlineData("Категория")]
    [InlineData("Перспективность")]
    [InlineData("Ступень")]
    public void Import_CategoryColumnSynonym_IsMatched(string name)
    {
        var result = Import($"client_id,{name}\nc1,VIP\n");

        Assert.Equal(new ClientCategoryRow("c1", PerspectiveCategory.Vip), Assert.Single(result.Accepted));
        Assert.Equal([("category", name), ("client_id", "client_id")], result.Layout!.Columns.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value)));
        Assert.Equal(1, result.Layout.HeaderLine);
    }

    [Theory]
    [InlineData("client_id\nc1\n", "The header has no perspectiveness category column (one of 'category', 'Категория', 'Перспективность', 'Ступень'); it has: client_id.")]
    [InlineData("category\nnew\n", "The header has no client id column (one of 'client_id', 'customer_id', 'Код клиента', 'Код контрагента', 'client', 'customer', 'Контрагент', 'Клиент', 'Покупатель', 'Партнер', 'Заказчик'); it has: category.")]
    public void Import_RequiredColumnMissing_NamesTheColumnAndItsSynonyms(string text, string message)
        => Assert.Contains(message, Assert.Throws<CsvImportException>(() => Import(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void Import_RowShorterThanTheHeader_ReadsTheMissingCellsAsEmpty()
    {
        var result = Import("category,client_id,comment\nnew\nnew,c1\n");
        var second = Import("client_id,category,comment\nc2\n");

        Assert.Equal(new RejectedRow(2, "client_id is empty"), Assert.Single(result.Rejected));
        Assert.Equal(new ClientCategoryRow("c1", PerspectiveCategory.New), Assert.Single(result.Accepted));
        Assert.Equal(
            "category '' is not one of: Reanimated, New, OneOff, Periodic, Prospective, Permanent, Partner, Vip, Lapsed (or its Russian name)",
            Assert.Single(second.Rejected).Reason);
    }

    [Fact]
    public void Import_GivenDialect_IsUsed_AndNullDetects()
    {
        const string text = "Категории клиентов\nclient_id,category\nc1,new\n";
        var oneLine = new ImportDialect { HeaderSearchLines = 1 };
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text);

            Assert.Throws<CsvImportException>(() => Import(text, oneLine));
            Assert.Throws<CsvImportException>(() => ClientCategoryCsvImporter.ImportFile(path, oneLine));
            Assert.Equal(2, Import(text).Layout!.HeaderLine);
            Assert.Equal("c1", Assert.Single(ClientCategoryCsvImporter.ImportFile(path).Accepted).ClientId);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("one off", PerspectiveCategory.OneOff)]
    [InlineData("re-animated", PerspectiveCategory.Reanimated)]
    [InlineData("Пар тнёр", PerspectiveCategory.Partner)]
    public void TryParseCategory_SpacesHyphensAndUnderscores_AreIgnored(string text, PerspectiveCategory expected)
    {
        Assert.True(ClientCategoryCsvImporter.TryParseCategory(text, out var category));
        Assert.Equal(expected, category);
    }

    [Fact]
    public void TryParseCategory_Null_IsNoCategory()
        => Assert.False(ClientCategoryCsvImporter.TryParseCategory(null, out _));
}
