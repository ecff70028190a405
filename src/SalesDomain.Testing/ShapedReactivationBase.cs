using SalesDomain.Model;

namespace SalesDomain.Testing;

/// <summary>A generated base with the shape it was generated as (<see cref="ReactivationGenerators.ShapedBases"/>).</summary>
/// <remarks>
/// <see cref="Base"/> is a <see cref="ClientBase"/>, a class compared by reference, so two are equal only when they
/// share it; compare its <see cref="ClientBase.Clients"/>, <see cref="ClientBase.Managers"/>, <see cref="ClientBase.Sales"/>
/// and <see cref="ClientBase.Contacts"/> for content.
/// </remarks>
/// <param name="Shape">The kind of base.</param>
/// <param name="Base">The base.</param>
public sealed record ShapedReactivationBase(ReactivationBaseShape Shape, ClientBase Base)
{
    /// <summary>The shape, the size and the sales, for a readable counterexample.</summary>
    public override string ToString()
        => $"{Shape}: {Base.Clients.Length} clients, sales [{string.Join(", ", Base.Sales.Select(s => $"{s.ClientId} {s.Date:yyyy-MM-dd} {s.Amount}"))}]";
}
