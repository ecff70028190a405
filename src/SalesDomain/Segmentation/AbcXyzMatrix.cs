using System.Collections.Immutable;

namespace SalesDomain.Segmentation;

/// <summary>One cell of the ABC×XYZ matrix.</summary>
/// <param name="Abc">Row: ABC class.</param>
/// <param name="Xyz">Column: XYZ class.</param>
/// <param name="Clients">Number of clients in the cell.</param>
/// <param name="Value">Sum of the ABC values (revenue or profit) of the cell's clients.</param>
public readonly record struct AbcXyzCell(AbcClass Abc, XyzClass Xyz, int Clients, decimal Value)
{
    /// <summary>The cell's two-letter name, e.g. "AX".</summary>
    public string Name => $"{Abc}{Xyz}";
}

/// <summary>The 9-cell ABC×XYZ matrix with counts and value per cell (DOMAIN.md §2).</summary>
/// <remarks>A class with a lookup by cell, compared by reference; compare <see cref="Cells"/> for content.</remarks>
public sealed class AbcXyzMatrix
{
    private AbcXyzMatrix(ImmutableArray<AbcXyzCell> cells, decimal positiveTotal)
    {
        Cells = cells;
        PositiveTotal = positiveTotal;
    }

    /// <summary>The nine cells, row by row: AX, AY, AZ, BX, …, CZ.</summary>
    public ImmutableArray<AbcXyzCell> Cells { get; }

    /// <summary>The ABC analysis' positive total, the denominator of <see cref="ShareOf"/>.</summary>
    public decimal PositiveTotal { get; }

    /// <summary>The cell at a row and column.</summary>
    public AbcXyzCell this[AbcClass abc, XyzClass xyz] => Cells[((int)abc * 3) + (int)xyz];

    /// <summary>The cell's value as a share (0..1) of the positive total; 0 when the total is 0.</summary>
    public decimal ShareOf(AbcClass abc, XyzClass xyz) => PositiveTotal > 0m ? this[abc, xyz].Value / PositiveTotal : 0m;

    /// <summary>Combines an ABC and an XYZ analysis of the same clients.</summary>
    /// <exception cref="ArgumentException">The two analyses do not cover the same clients.</exception>
    public static AbcXyzMatrix Build(AbcResult abc, XyzResult xyz)
    {
        Guard.NotNull(abc);
        Guard.NotNull(xyz);
        if (abc.Entries.Length != xyz.Entries.Length)
        {
            throw new ArgumentException(
                $"The ABC analysis has {abc.Entries.Length} clients but the XYZ analysis has {xyz.Entries.Length}.", nameof(xyz));
        }

        var counts = new int[9];
        var values = new decimal[9];
        foreach (var entry in abc.Entries)
        {
            var cell = ((int)entry.Class * 3) + (int)xyz.ClassOf(entry.ClientId);
            counts[cell]++;
            values[cell] += entry.Value;
        }

        return FromCounts(counts, values, abc.PositiveTotal);
    }

    /// <summary>
    /// Combines an ABC and an XYZ analysis of the same clients, where <paramref name="order"/>[r] is the position in
    /// <paramref name="xyz"/> of the client ranked r: no lookups by id.
    /// </summary>
    internal static AbcXyzMatrix Build(AbcResult abc, XyzResult xyz, ReadOnlySpan<int> order)
    {
        var counts = new int[9];
        var values = new decimal[9];
        for (var r = 0; r < abc.Entries.Length; r++)
        {
            var entry = abc.Entries[r];
            var cell = ((int)entry.Class * 3) + (int)xyz.Entries[order[r]].Class;
            counts[cell]++;
            values[cell] += entry.Value;
        }

        return FromCounts(counts, values, abc.PositiveTotal);
    }

    /// <summary>Builds a matrix from per-cell counts and values indexed abc×3+xyz.</summary>
    internal static AbcXyzMatrix FromCounts(ReadOnlySpan<int> counts, ReadOnlySpan<decimal> values, decimal positiveTotal)
    {
        var cells = ImmutableArray.CreateBuilder<AbcXyzCell>(9);
        for (var i = 0; i < 9; i++)
        {
            cells.Add(new AbcXyzCell((AbcClass)(i / 3), (XyzClass)(i % 3), counts[i], values[i]));
        }

        return new AbcXyzMatrix(cells.MoveToImmutable(), positiveTotal);
    }
}
