using System.Collections.Immutable;
using SalesDomain.Segmentation.Columnar;

namespace SalesDomain.Csv;

/// <summary>A transactions file summed into a clients × periods <see cref="RevenueMatrix"/>, and what was rejected.</summary>
/// <remarks>
/// The <see cref="Matrix"/> is a class compared by reference (it wraps its buffer without copying), so two imports are
/// equal only when they share it, e.g. one made from the other with <c>with</c>; compare <see cref="RevenueMatrix.Cents"/>
/// for content. The other lists compare by content.
/// </remarks>
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

    /// <summary>
    /// Whether the two are equal: the same <see cref="Matrix"/> (by reference), <see cref="ClientIds"/> and
    /// <see cref="Rejected"/> element by element in order, the other values equal.
    /// </summary>
    public bool Equals(RevenueMatrixImport? other) =>
        other is not null && Equals(Matrix, other.Matrix) && ContentEquality.Sequence(ClientIds, other.ClientIds)
        && FirstPeriod == other.FirstPeriod && Accepted == other.Accepted && ContentEquality.Sequence(Rejected, other.Rejected)
        && Layout == other.Layout;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(ClientIds), ContentEquality.SequenceHash(Rejected), Matrix, FirstPeriod, Accepted, Layout);
}
