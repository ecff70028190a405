using System.Collections.Immutable;
using nietras.SeparatedValues;
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
        using var csv = Open(reader, options);
        var layout = TransactionLayout.Resolve(csv.Header.ColNames, options);
        var rejected = ImmutableArray.CreateBuilder<RejectedRow>();
        var sales = ImmutableArray.CreateBuilder<Sale>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var idLookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var quoted = new List<string>();
        while (csv.MoveNext())
        {
            var row = csv.Current;
            var text = row.Span;
            if (text.IsEmpty)
            {
                continue; // a blank line
            }

            var line = row.LineNumberFrom;
            ParsedRow parsed;
            string reason;
            bool ok;
            if (!text.Contains('"'))
            {
                ok = TryParse(new RowFields(row, null), layout, options, out parsed, out reason);
            }
            else if (ReadQuoted(csv, text.ToString(), options.Delimiter, quoted))
            {
                ok = TryParse(new RowFields(row, quoted), layout, options, out parsed, out reason);
            }
            else
            {
                ok = false;
                parsed = default;
                reason = "malformed quoting";
            }

            if (!ok)
            {
                rejected.Add(new RejectedRow(line, reason));
                continue;
            }

            var rawId = parsed.ClientId;
            if (!idLookup.TryGetValue(rawId, out var clientId))
            {
                clientId = rawId.ToString();
                ids.Add(clientId, clientId);
            }

            sales.Add(new Sale(clientId, parsed.Date, parsed.Amount, parsed.Profit, parsed.Quantity) { ManagerId = parsed.ManagerId });
        }

        return new ImportResult<Sale>(sales.ToImmutable(), rejected.ToImmutable());
    }

    /// <summary>
    /// Reads a record that holds quotes into <paramref name="fields"/>, taking further lines while a quoted field is
    /// open (they are joined with <c>\n</c>); false when the quoting is malformed or a quoted field never closes.
    /// </summary>
    private static bool ReadQuoted(SepReader csv, string first, char delimiter, List<string> fields)
    {
        var record = first;
        while (true)
        {
            var complete = CsvFields.TrySplitQuoted(record, delimiter, fields);
            if (complete is { } done)
            {
                return done;
            }

            if (!csv.MoveNext())
            {
                return false;
            }

            record = record + "\n" + csv.Current.Span.ToString();
        }
    }

    /// <summary>
    /// Opens a Sep reader with the header read. Sep's own quote handling is off: lines without quotes (nearly all)
    /// are split by Sep; lines with quotes are split by <see cref="CsvFields.TrySplitQuoted"/>, so that a stray quote
    /// rejects its own row and never swallows the following lines.
    /// </summary>
    internal static SepReader Open(TextReader reader, TransactionCsvOptions options)
    {
        var csv = new SepReaderOptions(new Sep(options.Delimiter))
        {
            HasHeader = true,
            DisableColCountCheck = true,
            DisableQuotesParsing = true,
        }.From(reader);
        if (csv.Header.IsEmpty || csv.Header.ColNames.Count == 0 || csv.Header.ColNames.All(string.IsNullOrEmpty))
        {
            csv.Dispose();
            throw new CsvImportException("The CSV file is empty: a header line is required.");
        }

        return csv;
    }

    private static bool TryParse(
        RowFields fields, TransactionLayout layout, TransactionCsvOptions options, out ParsedRow parsed, out string reason)
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

    private static bool TryNumber(ReadOnlySpan<char> text, string column, bool required, out decimal? value, out string reason)
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

    private readonly ref struct ParsedRow(
        ReadOnlySpan<char> clientId, DateOnly date, decimal amount, decimal? profit, decimal? quantity, string? managerId)
    {
        public ReadOnlySpan<char> ClientId { get; } = clientId;

        public DateOnly Date { get; } = date;

        public decimal Amount { get; } = amount;

        public decimal? Profit { get; } = profit;

        public decimal? Quantity { get; } = quantity;

        public string? ManagerId { get; } = managerId;
    }

    /// <summary>The fields of one row: Sep's columns, or the fields of a quoted record.</summary>
    private readonly ref struct RowFields(SepReader.Row row, List<string>? quoted)
    {
        private readonly SepReader.Row _row = row;

        public int Count => quoted?.Count ?? _row.ColCount;

        public ReadOnlySpan<char> this[int index] => quoted is null ? _row[index].Span : quoted[index];
    }
}
