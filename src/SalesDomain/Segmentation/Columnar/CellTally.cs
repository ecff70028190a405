namespace SalesDomain.Segmentation.Columnar;

/// <summary>Per-cell client counts and exact value sums (cents) of the ABC×XYZ matrix.</summary>
internal sealed class CellTally
{
    private readonly int[] _counts = new int[9];
    private readonly Int128[] _values = new Int128[9];

    /// <summary>Adds clients and their value (cents) to a cell (3 × ABC + XYZ).</summary>
    public void Add(int cell, int clients, Int128 value)
    {
        _counts[cell] += clients;
        _values[cell] += value;
    }

    /// <summary>The exact value (cents) of the clients counted so far in one ABC class.</summary>
    public Int128 ValueOf(AbcClass abc) => _values[(int)abc * 3] + _values[((int)abc * 3) + 1] + _values[((int)abc * 3) + 2];

    /// <summary>The matrix in currency units.</summary>
    public AbcXyzMatrix ToMatrix(Int128 positiveTotal)
    {
        var values = new decimal[9];
        for (var c = 0; c < 9; c++)
        {
            values[c] = RevenueMatrix.ToAmount(_values[c]);
        }

        return AbcXyzMatrix.FromCounts(_counts, values, RevenueMatrix.ToAmount(positiveTotal));
    }
}
