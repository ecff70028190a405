using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using SalesDomain.Csv;
using SalesDomain.Model;

namespace SalesDomain.Benchmarks;

/// <summary>
/// The CsvHelper-based transaction importer, kept as the baseline of <see cref="CsvImportBenchmark"/>: the same rules
/// as <see cref="TransactionCsvImporter"/> (docs/import.md). The header names the columns: a client id
/// (<c>client_id</c>, <c>customer_id</c> or <c>client</c>), <c>date</c>, <c>amount</c>, and optionally
/// <c>profit</c>, <c>quantity</c> and <c>manager_id</c>; other columns are ignored. Column names are matched
/// case-insensitively. Numbers use the invariant culture (<c>1234.56</c>, leading minus for returns; no thousands
/// separators or exponents). Every row that cannot be read exactly is rejected with its line number and reason.
/// </summary>
internal static class CsvHelperTransactionImporter
{
    private const NumberStyles AmountStyle =
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    /// <summary>Imports from a reader positioned at the header line.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="options">Layout; <see cref="TransactionCsvOptions.Default"/> when null.</param>
    /// <exception cref="CsvImportException">The header is missing or lacks a required column.</exception>
    public static ImportResult<Sale> Import(TextReader reader, TransactionCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= TransactionCsvOptions.Default;
        var rejected = ImmutableArray.CreateBuilder<RejectedRow>();
        var badData = false;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = (options.Delimiter ?? ',').ToString(),
            BadDataFound = _ => badData = true,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
        };

        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            throw new CsvImportException("The CSV file is empty: a header line is required.");
        }

        var layout = TransactionLayout.Resolve(new HeaderColumns(header), options);
        var sales = ImmutableArray.CreateBuilder<Sale>();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            if (badData)
            {
                badData = false;
                rejected.Add(new RejectedRow(line, "malformed quoting"));
                continue;
            }

            var fields = csv.Parser.Record ?? [];
            if (TryParse(fields, layout, options, out var sale, out var reason))
            {
                sales.Add(sale);
            }
            else
            {
                rejected.Add(new RejectedRow(line, reason));
            }
        }

        return new ImportResult<Sale>(sales.ToImmutable(), rejected.ToImmutable());
    }

    private static bool TryParse(
        string[] fields, TransactionLayout layout, TransactionCsvOptions options, out Sale sale, out string reason)
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

        if (!decimal.TryParse(text, AmountStyle, CultureInfo.InvariantCulture, out var number))
        {
            reason = $"{column} '{text.Trim()}' is not a number (use a point for decimals, no thousands separators)";
            return false;
        }

        value = number;
        return true;
    }
}
