namespace SalesDomain.Csv;

/// <summary>Where the columns of a transactions CSV are, resolved from its header (docs/import.md).</summary>
internal sealed record TransactionLayout(
    int ClientId, string ClientIdName, int Date, int Amount, int? Profit, int? Quantity, int? Manager, int Width)
{
    /// <summary>Finds the columns by name (trimmed, case-insensitive).</summary>
    /// <exception cref="CsvImportException">A required column is missing.</exception>
    public static TransactionLayout Resolve(IReadOnlyList<string> header, TransactionCsvOptions options)
    {
        var names = header.Select(h => h.Trim()).ToArray();
        int? Find(string name)
        {
            var i = Array.FindIndex(names, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
            return i >= 0 ? i : null;
        }

        int Require(string name, string what) => Find(name) ?? throw new CsvImportException(
            $"The header has no '{name}' column ({what}); it has: {string.Join(", ", names)}.");

        int clientId;
        string clientIdName;
        if (options.ClientIdColumn is { } named)
        {
            clientId = Require(named, "client id");
            clientIdName = named;
        }
        else
        {
            clientIdName = TransactionCsvOptions.ClientIdAliases.FirstOrDefault(a => Find(a) is not null)
                ?? throw new CsvImportException(
                    $"The header has no client id column (one of {string.Join(", ", TransactionCsvOptions.ClientIdAliases)}); it has: {string.Join(", ", names)}.");
            clientId = Find(clientIdName)!.Value;
        }

        var date = Require(options.DateColumn, "sale date");
        var amount = Require(options.AmountColumn, "sale amount");
        var profit = Find("profit");
        var quantity = Find("quantity");
        var manager = Find("manager_id");
        var width = new[] { clientId, date, amount, profit ?? 0, quantity ?? 0, manager ?? 0 }.Max() + 1;
        return new TransactionLayout(clientId, clientIdName, date, amount, profit, quantity, manager, width);
    }
}
