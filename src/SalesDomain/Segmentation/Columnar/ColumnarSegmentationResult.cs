namespace SalesDomain.Segmentation.Columnar;

/// <summary>
/// ABC, XYZ and the ABC×XYZ matrix of a <see cref="RevenueMatrix"/> (DOMAIN.md §2), one compact entry per client index.
/// Extra memory: 9 bytes per client (the client's total in cents and its matrix cell).
/// </summary>
public sealed class ColumnarSegmentationResult
{
    private readonly long[] _totals;
    private readonly byte[] _cells;

    internal ColumnarSegmentationResult(long[] totals, byte[] cells, AbcXyzMatrix matrix)
    {
        _totals = totals;
        _cells = cells;
        Matrix = matrix;
    }

    /// <summary>Number of clients segmented.</summary>
    public int Clients => _cells.Length;

    /// <summary>The 9-cell matrix with counts and values (currency units) per cell.</summary>
    public AbcXyzMatrix Matrix { get; }

    /// <summary>Sum of the positive client totals in currency units: the denominator of every ABC share.</summary>
    public decimal PositiveTotal => Matrix.PositiveTotal;

    /// <summary>Each client's matrix cell as <c>3 · (int)AbcClass + (int)XyzClass</c> (0 = AX … 8 = CZ), by client index.</summary>
    public ReadOnlySpan<byte> Cells => _cells;

    /// <summary>Each client's total over all periods in cents, by client index.</summary>
    public ReadOnlySpan<long> TotalCents => _totals;

    /// <summary>The ABC class of a client.</summary>
    /// <param name="client">Client index, 0..<see cref="Clients"/>−1.</param>
    public AbcClass AbcOf(int client) => (AbcClass)(CellOf(client) / 3);

    /// <summary>The XYZ class of a client.</summary>
    /// <param name="client">Client index, 0..<see cref="Clients"/>−1.</param>
    public XyzClass XyzOf(int client) => (XyzClass)(CellOf(client) % 3);

    /// <summary>A client's total over all periods in currency units.</summary>
    /// <param name="client">Client index, 0..<see cref="Clients"/>−1.</param>
    public decimal TotalOf(int client) => RevenueMatrix.ToAmount(_totals[CheckIndex(client)]);

    private int CellOf(int client) => _cells[CheckIndex(client)];

    private int CheckIndex(int client) =>
        (uint)client < (uint)_cells.Length ? client : throw Guard.OutOfRange(nameof(client), client, $"must be within 0..{_cells.Length - 1}");
}
