using System.Collections.Immutable;
using SalesDomain.Model;

namespace SalesDomain.Csv;

/// <summary>
/// Imports sales transactions from CSV (docs/import.md). The header names the columns: a client id
/// (<c>client_id</c>, <c>customer_id</c> or <c>client</c>), <c>date</c>, <c>amount</c>, and optionally
/// <c>profit</c>, <c>quantity</c> and <c>manager_id</c>; other columns are ignored. Column names are matched
/// case-insensitively. Numbers use the invariant culture (<c>1234.56</c>, leading minus for returns; no thousands
/// separators or exponents). Fields may be quoted (RFC 4180); blank lines are skipped. Every row that cannot be read
/// exactly is rejected with its line number and reason. Parsing uses the Sep reader (docs/performance.md).
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
        var sales = ImmutableArray.CreateBuilder<Sale>();
        var ids = new ClientIdPool();
        var rejected = TransactionRows.Read(reader, options, layout => (TransactionRows.RowFields fields, out string reason) =>
        {
            if (!TryParse(fields, layout, options, out var parsed, out reason))
            {
                return false;
            }

            sales.Add(new Sale(ids.Get(parsed.ClientId), parsed.Date, parsed.Amount, parsed.Profit, parsed.Quantity)
            {
                ManagerId = parsed.ManagerId,
            });
            return true;
        });
        return new ImportResult<Sale>(sales.ToImmutable(), rejected);
    }

    internal static bool TryParse(
        TransactionRows.RowFields fields, TransactionLayout layout, TransactionCsvOptions options, out ParsedRow parsed, out string reason)
    {
        parsed = default;
        if (fields.Count < layout.Width)
        {
            reason = $"expected at least {layout.Width} fields, found {fields.Count}";
            return false;
        }

        var clientId = fields[layout.ClientId].Trim();
        if (clientId.IsEmpty)
        {
            reason = $"{layout.ClientIdName} is empty";
            return false;
        }

        var dateText = fields[layout.Date].Trim();
        if (!CsvFields.TryDate(dateText, options.DateFormat, out var date))
        {
            reason = $"{options.DateColumn} '{dateText}' is not a date in the format {options.DateFormat}";
            return false;
        }

        if (!TryNumber(fields[layout.Amount], options.AmountColumn, required: true, out var amount, out reason)
            || !TryNumber(layout.Profit is { } p ? fields[p] : [], "profit", required: false, out var profit, out reason)
            || !TryNumber(layout.Quantity is { } q ? fields[q] : [], "quantity", required: false, out var quantity, out reason))
        {
            return false;
        }

        var managerId = layout.Manager is { } m && fields[m].Trim() is { Length: > 0 } mid ? mid.ToString() : null;
        parsed = new ParsedRow(clientId, date, amount!.Value, profit, quantity, managerId);
        reason = string.Empty;
        return true;
    }

    internal static bool TryNumber(ReadOnlySpan<char> text, string column, bool required, out decimal? value, out string reason)
    {
        value = null;
        reason = string.Empty;
        if (text.IsWhiteSpace())
        {
            if (required)
            {
                reason = $"{column} is empty";
                return false;
            }

            return true;
        }

        if (!CsvFields.TryDecimal(text, out var number))
        {
            reason = $"{column} '{text.Trim()}' is not a number (use a point for decimals, no thousands separators)";
            return false;
        }

        value = number;
        return true;
    }

    internal readonly ref struct ParsedRow(
        ReadOnlySpan<char> clientId, DateOnly date, decimal amount, decimal? profit, decimal? quantity, string? managerId)
    {
        public ReadOnlySpan<char> ClientId { get; } = clientId;

        public DateOnly Date { get; } = date;

        public decimal Amount { get; } = amount;

        public decimal? Profit { get; } = profit;

        public decimal? Quantity { get; } = quantity;

        public string? ManagerId { get; } = managerId;
    }
}
