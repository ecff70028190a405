using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Testing;

/// <summary>
/// FsCheck <see cref="Arbitrary{T}"/> instances for the model; register with
/// <c>[Property(Arbitrary = new[] { typeof(SalesArbitraries) })]</c>.
/// </summary>
public static class SalesArbitraries
{
    /// <summary>Client values with distinct ids, shrinking by dropping clients and halving values.</summary>
    public static Arbitrary<ClientValue[]> ClientValues() =>
        Arb.From(SalesGenerators.ClientValues(), SalesGenerators.ShrinkClientValues);

    /// <summary>Whole client bases with sales histories.</summary>
    public static Arbitrary<ClientBase> ClientBase() => Arb.From(SalesGenerators.SalesBase());

    /// <summary>Clients × periods tables in cents for the columnar segmentation.</summary>
    public static Arbitrary<Segmentation.Columnar.RevenueMatrix> RevenueMatrix() => Arb.From(RevenueMatrixGenerators.Matrix());
}
