using SalesDomain.Model;

namespace SalesDomain.Testing;

/// <summary>A generated base with the shape it was generated as (<see cref="ReactivationGenerators.ShapedBases"/>).</summary>
/// <param name="Shape">The kind of base.</param>
/// <param name="Base">The base.</param>
public sealed record ShapedReactivationBase(ReactivationBaseShape Shape, ClientBase Base)
{
    /// <summary>The shape, the size and the sales, for a readable counterexample.</summary>
    public override string ToString()
        => $"{Shape}: {Base.Clients.Length} clients, sales [{string.Join(", ", Base.Sales.Select(s => $"{s.ClientId} {s.Date:yyyy-MM-dd} {s.Amount}"))}]";
}
