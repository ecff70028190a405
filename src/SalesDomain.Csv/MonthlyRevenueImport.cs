using System.Collections.Immutable;
using SalesDomain.Calendar;
using SalesDomain.Segmentation.Columnar;

namespace SalesDomain.Csv;

/// <summary>
/// A transactions file summed into cents per client and calendar month by <see cref="MonthlyRevenueCsvImporter"/>,
/// with what was rejected; any analysis window can then be cut out as a <see cref="RevenueMatrix"/>.
/// </summary>
public sealed class MonthlyRevenueImport
{
    private readonly Dictionary<int, MonthlyRevenueCsvImporter.MonthColumn> _months;
    private readonly int[] _order;

    internal MonthlyRevenueImport(
        ImmutableArray<string> clientIds, int[] order, Dictionary<int, MonthlyRevenueCsvImporter.MonthColumn> months, int accepted,
        ImmutableArray<RejectedRow> rejected, ImportLayout layout, DateOnly? earliest, DateOnly? latest)
    {
        ClientIds = clientIds;
        _order = order; // row i of a matrix is the columns' client _order[i]
        _months = months;
        Accepted = accepted;
        Rejected = rejected;
        Layout = layout;
        Earliest = earliest;
        Latest = latest;
    }

    /// <summary>Every client with an accepted row, in ordinal order: index i of a matrix row is <c>ClientIds[i]</c>.</summary>
    public ImmutableArray<string> ClientIds { get; }

    /// <summary>Number of rows summed.</summary>
    public int Accepted { get; }

    /// <summary>
    /// Rows of <see cref="Accepted"/> read field by field by the importer's direct path (plain and 1C amounts, ISO and
    /// dd.MM.yyyy dates); the others went through the general row parser. What the benchmark's speed rests on.
    /// </summary>
    internal int DirectRows { get; init; }

    /// <summary>Every rejected row with its line number and reason, in file order (as <see cref="TransactionCsvImporter"/> reports them).</summary>
    public ImmutableArray<RejectedRow> Rejected { get; }

    /// <summary>Number of data rows read (accepted + rejected).</summary>
    public int RowsRead => Accepted + Rejected.Length;

    /// <summary>What was detected in the file.</summary>
    public ImportLayout Layout { get; }

    /// <summary>The earliest date of an accepted row; null when none was accepted.</summary>
    public DateOnly? Earliest { get; }

    /// <summary>The latest date of an accepted row; null when none was accepted.</summary>
    public DateOnly? Latest { get; }

    /// <summary>A one-line summary, as <see cref="ImportResult{T}.Summary"/> words it.</summary>
    public string Summary => $"{RowsRead} rows read: {Accepted} accepted, {Rejected.Length} rejected";

    /// <summary>
    /// The clients × months of a window in cents (every client, in <see cref="ClientIds"/> order; months without rows
    /// hold 0), and for each client the most decimals written in any of its amounts in the window (0 when it has none
    /// there): the scale the sum of its amounts has as a <see cref="decimal"/>. Null when the window has more than
    /// <see cref="RevenueMatrix.MaxPeriods"/> months or a month's total is beyond <see cref="RevenueMatrix.MaxCents"/>.
    /// </summary>
    /// <param name="window">The months, one column each.</param>
    /// <param name="scales">Per client, the decimals of its window amounts.</param>
    public RevenueMatrix? TryWindow(AnalysisWindow window, out byte[] scales)
    {
        var clients = ClientIds.Length;
        var periods = window.Months;
        scales = new byte[clients];
        if (periods > RevenueMatrix.MaxPeriods)
        {
            return null;
        }

        var cents = new long[(long)clients * periods];
        var first = window.From;
        for (var p = 0; p < periods; p++)
        {
            var month = first.AddMonths(p);
            if (!_months.TryGetValue(((month.Year - 1) * 12) + month.Month - 1, out var column))
            {
                continue;
            }

            for (var i = 0; i < clients; i++)
            {
                var source = _order[i];
                var scale = source < column.Count ? column.Scales[source] : MonthlyRevenueCsvImporter.MonthColumn.Empty;
                if (scale == MonthlyRevenueCsvImporter.MonthColumn.Empty)
                {
                    continue;
                }

                var value = column.Cents[source];
                if (Math.Abs(value) > RevenueMatrix.MaxCents)
                {
                    return null;
                }

                cents[((long)i * periods) + p] = value;
                scales[i] = Math.Max(scales[i], scale);
            }
        }

        return new RevenueMatrix(cents, clients, periods);
    }
}
