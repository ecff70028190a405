using System.Collections.Immutable;
using SalesDomain.Model;

namespace SalesDomain.Csv;

/// <summary>
/// Imports sales transactions from CSV or .xlsx, as 1C and Excel export them (docs/import.md in the repository): the encoding, delimiter,
/// header line (below any title block) and columns are detected, Russian and English header names accepted, numbers
/// read by one grammar (<c>1234.56</c>, <c>1 234,56</c>, a currency sign) and dates in ISO or Russian form. Required:
/// a client id, a date and an amount (or quantity × price); optional: profit, quantity and manager. Every row that
/// cannot be read exactly is rejected with its line (for a workbook: sheet and row) and reason; accepted + rejected =
/// data rows. Parsing uses the Sep reader (docs/performance.md in the repository).
/// </summary>
public static class TransactionCsvImporter
{
    /// <summary>Imports from a file (text or .xlsx, recognised by content).</summary>
    /// <param name="path">Path of the file.</param>
    /// <param name="options">Dialect and columns; <see cref="TransactionCsvOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the import between rows.</param>
    /// <exception cref="CsvImportException">The file is not text or a workbook, has no header with the required columns, or names a column twice.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ImportResult<Sale> ImportFile(string path, TransactionCsvOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= TransactionCsvOptions.Default;
        return ImportInput.Read(path, options.Dialect, input => Import(input, options, cancellationToken));
    }

    /// <summary>Imports from a stream (text or .xlsx, recognised by content), from its current position; the stream is left open.</summary>
    /// <inheritdoc cref="ImportFile(string, TransactionCsvOptions?, CancellationToken)"/>
    public static ImportResult<Sale> Import(Stream stream, TransactionCsvOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= TransactionCsvOptions.Default;
        return ImportInput.Read(stream, options.Dialect, input => Import(input, options, cancellationToken));
    }

    /// <summary>Imports from decoded text (the dialect's encoding is not used).</summary>
    /// <param name="reader">The text, from its first line.</param>
    /// <param name="options">Dialect and columns; <see cref="TransactionCsvOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the import between rows.</param>
    /// <exception cref="CsvImportException">No header with the required columns, or a column named twice.</exception>
    public static ImportResult<Sale> Import(TextReader reader, TransactionCsvOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= TransactionCsvOptions.Default;
        return Import(ImportInput.Open(reader), options, cancellationToken);
    }

    /// <summary>What the importer detects in a file, without reading its rows (for showing to a user before import).</summary>
    /// <param name="path">Path of the file.</param>
    /// <param name="options">Dialect and columns; <see cref="TransactionCsvOptions.Default"/> when null.</param>
    /// <exception cref="CsvImportException">The file is not text or a workbook, has no header with the required columns, or names a column twice.</exception>
    public static ImportLayout Sniff(string path, TransactionCsvOptions? options = null)
    {
        options ??= TransactionCsvOptions.Default;
        return ImportInput.Read(path, options.Dialect, input => TabularRows.Sniff(input, options.Dialect, h => TransactionLayout.Resolve(h, options)));
    }

    /// <summary>What the importer detects in a stream, from its current position; the stream is left open.</summary>
    /// <inheritdoc cref="Sniff(string, TransactionCsvOptions?)"/>
    public static ImportLayout Sniff(Stream stream, TransactionCsvOptions? options = null)
    {
        options ??= TransactionCsvOptions.Default;
        return ImportInput.Read(stream, options.Dialect, input => TabularRows.Sniff(input, options.Dialect, h => TransactionLayout.Resolve(h, options)));
    }

    private static ImportResult<Sale> Import(ImportInput input, TransactionCsvOptions options, CancellationToken cancellationToken)
    {
        var sales = ImmutableArray.CreateBuilder<Sale>();
        var ids = new ClientIdPool();
        var (rejected, layout) = TabularRows.Read(
            input,
            options.Dialect,
            h => TransactionLayout.Resolve(h, options),
            layout => (RowFields fields, out string reason) =>
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
            },
            cancellationToken);
        return new ImportResult<Sale>(sales.ToImmutable(), rejected) { Layout = layout };
    }

    internal static bool TryParse(
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

        if (IsMissingClient(clientId, options, layout))
        {
            reason = $"{layout.ClientIdName} {EchoText.Quote(clientId)} marks a missing client id";
            return false;
        }

        var dialect = options.Dialect;
        if (!FieldText.TryDate(fields[layout.Date], layout.DateName, dialect, required: true, out var date, out reason)
            || !FieldText.TryNumber(fields[layout.Amount], layout.AmountName, dialect.Culture, required: true, out var amount, out reason)
            || !FieldText.TryNumber(fields.At(layout.Profit), "profit", dialect.Culture, required: options.RequireProfit && layout.Profit is not null, out var profit, out reason)
            || !FieldText.TryNumber(fields.At(layout.Quantity), "quantity", dialect.Culture, required: false, out var quantity, out reason, quantity: true))
        {
            return false;
        }

        if (layout.AmountFactor is { } factor)
        {
            if (!FieldText.TryNumber(fields[factor], "price", dialect.Culture, required: true, out var price, out reason))
            {
                return false;
            }

            if (!FieldText.TryProduct(amount!.Value, price!.Value, layout.AmountName, out var product, out reason))
            {
                return false;
            }

            amount = product;
        }

        var managerId = layout.Manager is { } m && fields.At(m).Trim() is { Length: > 0 } mid ? mid.ToString() : null;
        parsed = new ParsedRow(clientId, date!.Value, amount!.Value, profit, quantity, managerId);
        reason = string.Empty;
        return true;
    }

    /// <summary>Whether a trimmed, non-empty client id is one of <see cref="TransactionCsvOptions.MissingClientMarkers"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool IsMissingClient(ReadOnlySpan<char> clientId, TransactionCsvOptions options, TransactionLayout layout)
        => layout.MarkerStarts.Contains(clientId[0]) && IsMarker(clientId, options); // common ids start with no marker's first character

    private static bool IsMarker(ReadOnlySpan<char> clientId, TransactionCsvOptions options)
    {
        foreach (var marker in options.MissingClientMarkers)
        {
            if (clientId.Equals(marker.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
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
