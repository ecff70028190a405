using System.Collections.Immutable;

namespace SalesDomain.Csv;

/// <summary>What an import accepted and what it rejected; nothing is dropped silently.</summary>
/// <typeparam name="T">The imported record type.</typeparam>
/// <param name="Accepted">The rows that were imported, in file order.</param>
/// <param name="Rejected">Every rejected row with its line number and reason, in file order.</param>
public sealed record ImportResult<T>(ImmutableArray<T> Accepted, ImmutableArray<RejectedRow> Rejected)
{
    /// <summary>Number of data rows read (accepted + rejected); blank lines and a title block above the header are not data rows.</summary>
    public int RowsRead => Accepted.Length + Rejected.Length;

    /// <summary>What was detected in the file: format, encoding, delimiter, header and matched columns; null when not recorded.</summary>
    public ImportLayout? Layout { get; init; }

    /// <summary>A one-line summary, e.g. "69659 rows read: 69659 accepted, 0 rejected".</summary>
    public string Summary => $"{RowsRead} rows read: {Accepted.Length} accepted, {Rejected.Length} rejected";

    /// <summary>
    /// Whether the two are equal by content: <see cref="Accepted"/> and <see cref="Rejected"/> element by element in
    /// order; the layouts equal. The same file imported twice gives equal results.
    /// </summary>
    public bool Equals(ImportResult<T>? other) =>
        other is not null && ContentEquality.Sequence(Accepted, other.Accepted) && ContentEquality.Sequence(Rejected, other.Rejected)
        && Layout == other.Layout;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(Accepted), ContentEquality.SequenceHash(Rejected), Layout);
}
