using System.Collections.Immutable;
using System.Globalization;
using SalesDomain.Model;

namespace SalesDomain.Csv;

/// <summary>
/// Imports sales transactions from CSV (docs/import.md). The header names the columns: a client id
/// (<c>client_id</c>, <c>customer_id</c> or <c>client</c>), <c>date</c>, <c>amount</c>, and optionally
/// <c>profit</c>, <c>quantity</c> and <c>manager_id</c>; other columns are ignored. Column names are matched
/// case-insensitively. Numbers use the invariant culture (<c>1234.56</c>, leading minus for returns; no thousands
/// separators or exponents). Every row that cannot be read exactly is rejected with its line number and reason.
/// </summary>
public static class TransactionCsvImporter
{
    /// <summary>Imports from a file.</summary>
    /// <param name="path">Path of the CSV file.</param>
    /// <param name="options">Layout; <see cref="TransactionCsvOptions.Default"/> when null.</param>
    /// <exception cref="CsvImportException">The header is missing or lacks a required column.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ImportResult<Sale> ImportFile(string path, TransactionCsvOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path);
        return Import(reader, options);
    }

    /// <summary>Imports from a reader positioned at the header line.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="options">Layout; <see cref="TransactionCsvOptions.Default"/> when null.</param>
    /// <exception cref="CsvImportException">The header is missing or lacks a required column.</exception>
    public static ImportResult<Sale> Import(TextReader reader, TransactionCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= TransactionCsvOptions.Default;
        return CsvRows.Read(
            reader,
            options.Delimiter,
            header => Layout.Resolve(header, options),
            (string[] fields, Layout layout, out Sale sale, out string reason) => TryParse(fields, layout, options, out sale, out reason));
    }

    private static bool TryParse(
        string[] fields, Layout layout, TransactionCsvOptions options, out Sale sale, out string reason)
    {
        sale = null!;
        if (fields.Length < layout.Width)
        {
            reason = $"expected at least {layout.Width} fields, found {fields.Length}";
            return false;
        }

        var clientId = fields[layout.ClientId].Trim();
        if (clientId.Length == 0)
        {
            reason = $"{layout.ClientIdName} is empty";
            return false;
        }

        var dateText = fields[layout.Date].Trim();
        if (!DateOnly.TryParseExact(dateText, options.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            reason = $"{options.DateColumn} '{dateText}' is not a date in the format {options.DateFormat}";
            return false;
        }

        if (!TryNumber(fields[layout.Amount], options.AmountColumn, required: true, out var amount, out reason)
            || !TryNumber(layout.Profit is { } p ? fields[p] : null, "profit", required: false, out var profit, out reason)
            || !TryNumber(layout.Quantity is { } q ? fields[q] : null, "quantity", required: false, out var quantity, out reason))
        {
            return false;
        }

        var managerId = layout.Manager is { } m && fields[m].Trim() is { Length: > 0 } mid ? mid : null;
        sale = new Sale(clientId, date, amount!.Value, profit, quantity) { ManagerId = managerId };
        reason = string.Empty;
        return true;
    }

    private static bool TryNumber(string? text, string column, bool required, out decimal? value, out string reason)
    {
        value = null;
        reason = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                reason = $"{column} is empty";
                return false;
            }

            return true;
        }

        if (!decimal.TryParse(text, CsvRows.NumberStyle, CultureInfo.InvariantCulture, out var number))
        {
            reason = $"{column} '{text.Trim()}' is not a number (use a point for decimals, no thousands separators)";
            return false;
        }

        value = number;
        return true;
    }

    private sealed record Layout(
        int ClientId, string ClientIdName, int Date, int Amount, int? Profit, int? Quantity, int? Manager, int Width)
    {
        public static Layout Resolve(string[] header, TransactionCsvOptions options)
        {
            var names = header.Select(h => h.Trim()).ToArray();
            var find = CsvRows.Finder(header);
            int Require(string name, string what) => CsvRows.Require(header, name, what);

            int clientId;
            string clientIdName;
            if (options.ClientIdColumn is { } named)
            {
                clientId = Require(named, "client id");
                clientIdName = named;
            }
            else
            {
                clientIdName = TransactionCsvOptions.ClientIdAliases.FirstOrDefault(a => find(a) is not null)
                    ?? throw new CsvImportException(
                        $"The header has no client id column (one of {string.Join(", ", TransactionCsvOptions.ClientIdAliases)}); it has: {string.Join(", ", names)}.");
                clientId = find(clientIdName)!.Value;
            }

            var date = Require(options.DateColumn, "sale date");
            var amount = Require(options.AmountColumn, "sale amount");
            var profit = find("profit");
            var quantity = find("quantity");
            var manager = find("manager_id");
            var width = new[] { clientId, date, amount, profit ?? 0, quantity ?? 0, manager ?? 0 }.Max() + 1;
            return new Layout(clientId, clientIdName, date, amount, profit, quantity, manager, width);
        }
    }
}
