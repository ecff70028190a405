using System.Collections.Immutable;
using SalesDomain.Segmentation.Columnar;

namespace SalesDomain.Csv;

/// <summary>A transactions file summed into a clients × periods <see cref="RevenueMatrix"/>, and what was rejected.</summary>
/// <param name="Matrix">Amounts in cents; row <c>i</c> is the client <c>ClientIds[i]</c>.</param>
/// <param name="ClientIds">The client ids in ordinal order, so that ties by index are ties by id (DOMAIN.md §2).</param>
/// <param name="FirstPeriod">First day of the first period (column 0).</param>
/// <param name="Accepted">Number of rows summed into the matrix.</param>
/// <param name="Rejected">Every rejected row with its line number and reason, in file order.</param>
public sealed record RevenueMatrixImport(
    RevenueMatrix Matrix, ImmutableArray<string> ClientIds, DateOnly FirstPeriod, int Accepted, ImmutableArray<RejectedRow> Rejected)
{
    /// <summary>Number of data rows read (accepted + rejected).</summary>
    public int RowsRead => Accepted + Rejected.Length;

    /// <summary>What was detected in the file: format, encoding, delimiter, header and matched columns; null when not recorded.</summary>
    public ImportLayout? Layout { get; init; }
}
