using SalesDomain.Calendar;
using System.Collections.Immutable;
using SalesDomain.Segmentation;
using SalesDomain.Segmentation.Columnar;

namespace SalesDomain.Csv;

/// <summary>
/// Imports transactions straight into a <see cref="RevenueMatrix"/> for the columnar segmentation
/// (docs/performance.md in the repository): each row's amount is added to its client's period; no per-row object is kept. Same header,
/// layout and rejected-row reporting as <see cref="TransactionCsvImporter"/>; in addition a row is rejected when its
/// amount has fractions of a cent, its date lies outside the periods, or a cell would exceed
/// <see cref="RevenueMatrix.MaxCents"/>. Profit, quantity and manager columns are ignored.
/// </summary>
public static class RevenueMatrixCsvImporter
{
    /// <summary>Imports from decoded text.</summary>
    /// <param name="reader">The text, from its first line.</param>
    /// <param name="firstPeriod">A date in the first period (column 0).</param>
    /// <param name="periods">Number of periods (columns), 1..<see cref="RevenueMatrix.MaxPeriods"/>.</param>
    /// <param name="period">Month (default) or quarter.</param>
    /// <param name="options">Dialect and columns; <see cref="TransactionCsvOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the import between rows.</param>
    /// <exception cref="CsvImportException">No header with the required columns, or a column named twice.</exception>
    public static RevenueMatrixImport Import(
        TextReader reader, DateOnly firstPeriod, int periods, SalesPeriod period = SalesPeriod.Month, TransactionCsvOptions? options = null,
        CancellationToken cancellationToken = default)
        => Import(ImportInput.Open(reader), firstPeriod, periods, period, options, cancellationToken);

    /// <summary>Imports from a stream (text or .xlsx, recognised by content), from its current position; the stream is left open.</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="firstPeriod">A date in the first period (column 0).</param>
    /// <param name="periods">Number of periods (columns), 1..<see cref="RevenueMatrix.MaxPeriods"/>.</param>
    /// <param name="period">Month (default) or quarter.</param>
    /// <param name="options">Dialect and columns; <see cref="TransactionCsvOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the import between rows.</param>
    /// <exception cref="CsvImportException">Not text or a workbook, no header with the required columns, or a column named twice.</exception>
    public static RevenueMatrixImport Import(
        Stream stream, DateOnly firstPeriod, int periods, SalesPeriod period = SalesPeriod.Month, TransactionCsvOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        return ImportInput.Read(
            stream, (options ?? TransactionCsvOptions.Default).Dialect, input => Import(input, firstPeriod, periods, period, options, cancellationToken));
    }

    private static RevenueMatrixImport Import(
        ImportInput input, DateOnly firstPeriod, int periods, SalesPeriod period, TransactionCsvOptions? options, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(periods, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(periods, RevenueMatrix.MaxPeriods);
        options ??= TransactionCsvOptions.Default;
        var step = period == SalesPeriod.Quarter ? 3 : 1;
        var start = period == SalesPeriod.Quarter ? SalesQuarter.Of(firstPeriod).FirstMonth : SalesMonth.Of(firstPeriod);
        var firstDay = start.FirstDay;
        var lastDay = start.AddMonths((periods * step) - 1).LastDay;
        int ColumnOf(int year, int month)
        {
            var months = start.MonthsUntil(new SalesMonth(year, month));
            return months < 0 ? -1 : months / step;
        }

        // The plain layout (ISO date, plain amount, no optional numbers) is read here; anything else by the general
        // row parser, which gives the rejection reasons.
        bool TryPlainRow(RowFields fields, TransactionLayout layout, out ReadOnlySpan<char> clientId, out long cents, out int column)
        {
            clientId = default;
            cents = 0;
            column = -1;
            if (layout.AmountFactor is not null || layout.Profit is not null || layout.Quantity is not null || fields.Count < layout.Width)
            {
                return false;
            }

            clientId = fields[layout.ClientId].Trim();
            if (clientId.IsEmpty || TransactionCsvImporter.IsMissingClient(clientId, options, layout))
            {
                return false;
            }

            if (!CsvFields.TryIsoDate(fields[layout.Date].Trim(), out var year, out var month, out _))
            {
                return false;
            }

            if (!CsvFields.TryPlainCents(fields[layout.Amount].Trim(), out cents) || Math.Abs(cents) > RevenueMatrix.MaxCents)
            {
                return false;
            }

            column = ColumnOf(year, month);
            return true;
        }

        var ids = new ClientIdPool();
        var cells = new long[1024 * periods];
        var accepted = 0;
        var (rejected, layout) = TabularRows.Read(input, options.Dialect, h => TransactionLayout.Resolve(h, options), layout => (RowFields fields, out string reason) =>
        {
            reason = string.Empty;
            if (!TryPlainRow(fields, layout, out var clientId, out var cents, out var column))
            {
                if (!TransactionCsvImporter.TryParse(fields, layout, options, out var row, out reason))
                {
                    return false;
                }

                var scaled = row.Amount * 100m;
                if (scaled != decimal.Truncate(scaled) || Math.Abs(scaled) > RevenueMatrix.MaxCents)
                {
                    reason = $"{layout.AmountName} {row.Amount} is not a whole number of cents within ±{RevenueMatrix.MaxCents / 100}";
                    return false;
                }

                clientId = row.ClientId;
                cents = (long)scaled;
                column = ColumnOf(row.Date.Year, row.Date.Month);
            }

            if (column < 0 || column >= periods)
            {
                reason = $"{layout.DateName} {EchoText.Quote(fields[layout.Date].Trim())} is outside the periods {firstDay:yyyy-MM-dd}..{lastDay:yyyy-MM-dd}";
                return false;
            }

            var client = ids.IndexOf(clientId);
            if ((long)(client + 1) * periods > cells.Length)
            {
                Array.Resize(ref cells, cells.Length * 2);
            }

            ref var cell = ref cells[(client * periods) + column];
            var sum = cell + cents; // both within ±MaxCents (10¹⁵): no overflow
            if (Math.Abs(sum) > RevenueMatrix.MaxCents)
            {
                reason = $"{layout.AmountName} {EchoText.Quote(fields[layout.Amount].Trim())} takes the period's total beyond ±{RevenueMatrix.MaxCents / 100}";
                return false;
            }

            cell = sum;
            accepted++;
            return true;
        }, cancellationToken);
        return Build(ids.Ids, cells, periods, firstDay, accepted, rejected) with { Layout = layout };
    }

    /// <summary>Reorders the rows so that client ids are in ordinal order.</summary>
    private static RevenueMatrixImport Build(
        IReadOnlyList<string> ids, long[] cells, int periods, DateOnly firstDay, int accepted, ImmutableArray<RejectedRow> rejected)
    {
        var order = Enumerable.Range(0, ids.Count).ToArray();
        Array.Sort(order, (x, y) => string.CompareOrdinal(ids[x], ids[y]));
        var sorted = new long[ids.Count * periods];
        for (var i = 0; i < order.Length; i++)
        {
            cells.AsSpan(order[i] * periods, periods).CopyTo(sorted.AsSpan(i * periods, periods));
        }

        var matrix = new RevenueMatrix(sorted, ids.Count, periods);
        return new RevenueMatrixImport(matrix, [.. order.Select(i => ids[i])], firstDay, accepted, rejected);
    }
}
