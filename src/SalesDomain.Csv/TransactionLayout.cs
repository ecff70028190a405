namespace SalesDomain.Csv;

/// <summary>
/// Where the fields of a transactions file are, resolved from its header (docs/import.md in the repository, "Columns"). The amount is one
/// column, or the product of a quantity and a price column (<see cref="AmountFactor"/> set).
/// </summary>
internal sealed record TransactionLayout(
    int ClientId, string ClientIdName, int Date, string DateName, int Amount, string AmountName, int? AmountFactor,
    int? Profit, int? Quantity, int? Manager, int Width)
{
    /// <summary>The first characters (both cases) of the missing-client markers, to skip the list for common ids.</summary>
    public string MarkerStarts { get; init; } = string.Empty;

    /// <summary>Finds the columns: an explicit name exactly (by <see cref="HeaderName.Key"/>), a default by its synonyms.</summary>
    /// <exception cref="CsvImportException">A required column is missing or its name occurs twice.</exception>
    public static TransactionLayout Resolve(HeaderColumns header, TransactionCsvOptions options)
    {
        var synonyms = options.Synonyms;
        IReadOnlyList<string> Names(string? given, IReadOnlyList<string> defaults, string defaultName = "") =>
            given is null || HeaderName.Key(given) == HeaderName.Key(defaultName) && defaultName.Length > 0 ? Merge(given, defaults) : [given];

        var clientId = header.Require("client", Names(options.ClientIdColumn, synonyms.Client), "client id");
        var date = header.Require("date", Names(options.DateColumn, synonyms.Date, "date"), "sale date");
        int amount;
        int? factor = null;
        string amountName;
        if (options.PriceColumn is { } price)
        {
            amount = header.Require("quantity", Names(options.QuantityColumn, synonyms.Quantity), "quantity, for amount = quantity × price");
            factor = header.Require("price", [price], "unit price");
            amountName = $"{header.Matched["quantity"]}×{header.Matched["price"]}";
        }
        else if (options.AmountColumn.Split('*') is [var left, var right])
        {
            amount = header.Require("quantity", [left.Trim()], "first factor of the amount");
            factor = header.Require("price", [right.Trim()], "second factor of the amount");
            amountName = $"{header.Matched["quantity"]}×{header.Matched["price"]}";
        }
        else
        {
            amount = Require(header, "amount", Names(options.AmountColumn, synonyms.Amount, "amount"), synonyms);
            amountName = header.Matched["amount"];
        }

        var profit = header.Find("profit", Names(options.ProfitColumn, synonyms.Profit));
        var quantity = factor is null ? header.Find("quantity", Names(options.QuantityColumn, synonyms.Quantity)) : amount;
        var manager = header.Find("manager", Names(options.ManagerColumn, synonyms.Manager));
        var width = new[] { clientId, date, amount, factor ?? 0, profit ?? 0, quantity ?? 0, manager ?? 0 }.Max() + 1;
        var starts = string.Concat(options.MissingClientMarkers.Select(m => m.Trim()).Where(m => m.Length > 0)
            .SelectMany(m => new[] { char.ToLowerInvariant(m[0]), char.ToUpperInvariant(m[0]) }).Distinct());
        return new TransactionLayout(
            clientId, header.Matched["client"], date, header.Matched["date"], amount, amountName, factor, profit, quantity, manager, width)
        {
            MarkerStarts = starts,
        };
    }

    private static IReadOnlyList<string> Merge(string? given, IReadOnlyList<string> defaults) =>
        given is null ? defaults : [given, .. defaults.Where(d => HeaderName.Key(d) != HeaderName.Key(given))];

    /// <summary>The amount column, with a hint when the file is an invoice-line export (quantity and price, no amount).</summary>
    private static int Require(HeaderColumns header, string field, IReadOnlyList<string> names, ColumnSynonyms synonyms)
    {
        if (header.Find(field, names) is { } found)
        {
            return found;
        }

        var hint = header.Find("quantity", synonyms.Quantity) is not null && header.Find("price", ["UnitPrice", "price", "unit_price", "Цена"]) is not null
            ? $" The file has {header.Matched["quantity"]} and {header.Matched["price"]}: the amount can be their product ({header.Matched["quantity"]}*{header.Matched["price"]})."
            : string.Empty;
        try
        {
            return header.Require(field, names, "sale amount");
        }
        catch (CsvImportException e) when (hint.Length > 0)
        {
            throw new CsvImportException(e.Message + hint, e);
        }
    }
}
