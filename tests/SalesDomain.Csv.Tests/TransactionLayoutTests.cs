using SalesDomain.Csv;
using SalesDomain.Model;

namespace SalesDomain.Csv.Tests;

/// <summary>Where a transactions file's fields are found (docs/import.md, "Columns"): explicit names, synonyms, the amount as a product, the row width.</summary>
public class TransactionLayoutTests
{
    private static ImportResult<Sale> Import(string text, TransactionCsvOptions? options = null)
        => TransactionCsvImporter.Import(new StringReader(text), options);

    private static string HeaderError(string text, TransactionCsvOptions? options = null)
        => Assert.Throws<CsvImportException>(() => Import(text, options)).Message;

    [Fact]
    public void Import_ExplicitClientColumn_IsTheOnlyNameAccepted()
        => Assert.Contains(
            "The header has no 'buyer' column (client id); it has: client_id, date, amount.",
            HeaderError("client_id,date,amount\nc1,2025-01-01,5\n", new TransactionCsvOptions { ClientIdColumn = "buyer" }),
            StringComparison.Ordinal);

    [Fact]
    public void Import_ExplicitDateColumnOtherThanDate_DoesNotFallBackToTheSynonyms()
        => Assert.Contains(
            "The header has no 'when' column (sale date); it has: client_id, date, amount.",
            HeaderError("client_id,date,amount\nc1,2025-01-01,5\n", new TransactionCsvOptions { DateColumn = "when" }),
            StringComparison.Ordinal);

    [Fact]
    public void Import_ExplicitBlankProfitColumn_IsNotWidenedToTheSynonyms()
    {
        var result = Import("client_id,date,amount,profit\nc1,2025-01-01,5,1\n", new TransactionCsvOptions { ProfitColumn = "-" });

        Assert.Null(Assert.Single(result.Accepted).Profit);
        Assert.False(result.Layout!.Has("profit"));
    }

    [Fact]
    public void Import_DefaultDateColumn_AcceptsTheDateSynonyms()
    {
        var result = Import("client_id,Дата,amount\nc1,2025-01-31,5\n");

        Assert.Equal(new DateOnly(2025, 1, 31), Assert.Single(result.Accepted).Date);
        Assert.Equal("Дата", result.Layout!.Columns["date"]);
    }

    [Fact]
    public void Import_NoDateColumn_ListsEveryDateName()
        => Assert.Contains(
            "The header has no sale date column (one of 'date', 'InvoiceDate', 'order_date', 'sale_date', 'Дата', 'Период', 'Дата отгрузки', 'Дата продажи', 'Дата документа', 'Дата реализации'); it has: client_id, amount.",
            HeaderError("client_id,amount\nc1,5\n"),
            StringComparison.Ordinal);

    [Fact]
    public void Import_DefaultDateColumnWithOwnSynonyms_StillAcceptsDate()
    {
        var options = new TransactionCsvOptions { Synonyms = ColumnSynonyms.Default with { Date = ["Дата"] } };

        var result = Import("client_id,date,amount\nc1,2025-01-31,5\n", options);

        Assert.Equal("date", result.Layout!.Columns["date"]);
        Assert.Single(result.Accepted);
    }

    [Fact]
    public void Import_PriceColumn_TheAmountIsQuantityTimesPrice()
    {
        var result = Import(
            "client_id,date,qty,Цена\nc1,2025-01-01,3,2.5\nc2,2025-01-01,,2\nc3,2025-01-01,2,\nc4,2025-01-01,2,x\n",
            new TransactionCsvOptions { PriceColumn = "Цена" });

        var sale = Assert.Single(result.Accepted);
        Assert.Equal((7.5m, (decimal?)3m), (sale.Amount, sale.Quantity));
        Assert.Equal(("qty", "Цена"), (result.Layout!.Columns["quantity"], result.Layout.Columns["price"]));
        Assert.Equal(
            [(3L, "qty×Цена is empty"), (4L, "price is empty"), (5L, "price 'x' is not a number")],
            result.Rejected.Select(r => (r.LineNumber, r.Reason)));
    }

    [Theory]
    [InlineData("client_id,date,Цена", "The header has no quantity, for amount = quantity × price column (one of 'quantity', 'qty', 'Количество', 'Кол-во'); it has: client_id, date, Цена.")]
    [InlineData("client_id,date,qty", "The header has no 'Цена' column (unit price); it has: client_id, date, qty.")]
    public void Import_PriceColumn_WithoutQuantityOrPrice_NamesWhatIsMissing(string header, string message)
        => Assert.Contains(message, HeaderError(header + "\n", new TransactionCsvOptions { PriceColumn = "Цена" }), StringComparison.Ordinal);

    [Fact]
    public void Import_AmountAsAProduct_ReadsBothFactors_AndTheFirstAsTheQuantity()
    {
        var result = Import(
            "client_id,date,Pieces,UnitPrice\nc1,2025-01-01,4,2.5\nc2,2025-01-01,,1\nc3,2025-01-01,10000000000000,10000000000000\n",
            new TransactionCsvOptions { AmountColumn = "Pieces * UnitPrice" });

        var sale = Assert.Single(result.Accepted);
        Assert.Equal((10m, (decimal?)4m), (sale.Amount, sale.Quantity));
        Assert.Equal(("Pieces", "UnitPrice"), (result.Layout!.Columns["quantity"], result.Layout.Columns["price"]));
        Assert.Equal([3L, 4L], result.Rejected.Select(r => r.LineNumber));
        Assert.Equal("Pieces×UnitPrice is empty", result.Rejected[0].Reason);
        Assert.StartsWith("Pieces×UnitPrice 10000000000000 × 10000000000000 = ", result.Rejected[1].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("client_id,date,UnitPrice", "The header has no 'Pieces' column (first factor of the amount); it has: client_id, date, UnitPrice.")]
    [InlineData("client_id,date,Pieces", "The header has no 'UnitPrice' column (second factor of the amount); it has: client_id, date, Pieces.")]
    public void Import_AmountAsAProduct_WithoutAFactor_NamesIt(string header, string message)
        => Assert.Contains(message, HeaderError(header + "\n", new TransactionCsvOptions { AmountColumn = "Pieces*UnitPrice" }), StringComparison.Ordinal);

    [Fact]
    public void Import_QuantitySynonym_IsReadAsTheQuantity()
    {
        var result = Import("client_id,date,amount,Кол-во\nc1,2025-01-01,5,2\n");

        Assert.Equal((decimal?)2m, Assert.Single(result.Accepted).Quantity);
        Assert.Equal("Кол-во", result.Layout!.Columns["quantity"]);
    }

    [Theory]
    [InlineData("client_id,date,amount,profit", null)]
    [InlineData("client_id,date,amount,qty", null)]
    [InlineData("client_id,date,amount,manager_id", null)]
    [InlineData("client_id,date,qty,price", "qty*price")]
    public void Import_OptionalOrFactorColumnLast_ARowWithoutItIsShort(string header, string? amountColumn)
    {
        var options = amountColumn is null ? null : new TransactionCsvOptions { AmountColumn = amountColumn };

        var result = Import(header + "\nc1,2025-01-01,5\n", options);

        Assert.Empty(result.Accepted);
        Assert.Equal(new RejectedRow(2, "expected at least 4 fields, found 3"), Assert.Single(result.Rejected));
    }

    [Fact]
    public void Import_BlankMissingClientMarker_IsIgnored()
    {
        var result = Import("client_id,date,amount\nNA,2025-01-01,1\nc1,2025-01-01,2\n", new TransactionCsvOptions { MissingClientMarkers = [" ", "NA"] });

        Assert.Equal("c1", Assert.Single(result.Accepted).ClientId);
        Assert.Equal(new RejectedRow(2, "client_id 'NA' marks a missing client id"), Assert.Single(result.Rejected));
    }

    [Theory]
    [InlineData("UnitPrice")]
    [InlineData("price")]
    [InlineData("unit_price")]
    [InlineData("Цена")]
    public void Import_NoAmountButQuantityAndPrice_SuggestsTheProduct(string price)
        => Assert.EndsWith(
            $"; it has: client_id, date, qty, {price}. The file has qty and {price}: the amount can be their product (qty*{price}).",
            HeaderError($"client_id,date,qty,{price}\n"),
            StringComparison.Ordinal);

    [Fact]
    public void Import_NoAmountAndNoPrice_GivesTheHeaderErrorWithoutAHint()
    {
        var error = Assert.Throws<CsvImportException>(() => Import("client_id,date,qty\nc1,2025-01-01,1\n"));

        Assert.EndsWith(
            "The header has no sale amount column (one of 'amount', 'revenue', 'sales', 'Сумма', 'Выручка', 'Сумма продажи', 'Сумма с НДС', 'Сумма реализации', 'Стоимость'); it has: client_id, date, qty.",
            error.Message,
            StringComparison.Ordinal);
        Assert.Null(Assert.IsType<CsvImportException>(error.InnerException).InnerException);
    }
}
