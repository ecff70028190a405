using System.Collections.Immutable;

namespace SalesDomain.Csv;

/// <summary>What an import accepted and what it rejected; nothing is dropped silently.</summary>
/// <typeparam name="T">The imported record type.</typeparam>
/// <param name="Accepted">The rows that were imported, in file order.</param>
/// <param name="Rejected">Every rejected row with its line number and reason, in file order.</param>
public sealed record ImportResult<T>(ImmutableArray<T> Accepted, ImmutableArray<RejectedRow> Rejected)
{
    /// <summary>Number of data rows read (accepted + rejected).</summary>
    public int RowsRead => Accepted.Length + Rejected.Length;

    /// <summary>A one-line summary, e.g. "69659 rows read: 69659 accepted, 0 rejected".</summary>
    public string Summary => $"{RowsRead} rows read: {Accepted.Length} accepted, {Rejected.Length} rejected";
}
