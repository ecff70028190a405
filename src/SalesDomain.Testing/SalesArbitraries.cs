using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Forecast;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Testing;

/// <summary>
/// FsCheck <see cref="Arbitrary{T}"/> instances for the model; register with
/// <c>[Property(Arbitrary = new[] { typeof(SalesArbitraries) })]</c>. For another size or shape of base, use
/// <see cref="ClientBaseShape.ToArbitrary"/> with <c>Prop.ForAll</c>.
/// </summary>
public static class SalesArbitraries
{
    /// <summary>Client values with distinct ids, shrinking by dropping clients and halving values.</summary>
    public static Arbitrary<ClientValue[]> ClientValues() =>
        Arb.From(SalesGenerators.ClientValues(), SalesGenerators.ShrinkClientValues);

    /// <summary>
    /// Whole client bases of <see cref="ClientBaseShape.Default"/> (clients, managers, sales, contacts; referentially
    /// valid), shrinking with <see cref="ClientBaseShrinker"/>.
    /// </summary>
    public static Arbitrary<ClientBase> ClientBase() => ClientBaseShape.Default.ToArbitrary();

    /// <summary>Stand-alone clients (<see cref="SalesGenerators.Client()"/>), shrinking towards a client with an id only.</summary>
    public static Arbitrary<Client> Client() =>
        Arb.From(SalesGenerators.Client(), c => c == new Model.Client(c.Id) ? [] : [new Model.Client(c.Id)]);

    /// <summary>Stand-alone managers (<see cref="SalesGenerators.Manager()"/>).</summary>
    public static Arbitrary<Manager> Manager() => Arb.From(SalesGenerators.Manager());

    /// <summary>Stand-alone sales (<see cref="SalesGenerators.Sale()"/>), shrinking the amount towards a whole number.</summary>
    public static Arbitrary<Sale> Sale() =>
        Arb.From(SalesGenerators.Sale(), s => s.Amount == Math.Truncate(s.Amount) ? [] : [s with { Amount = Math.Truncate(s.Amount) }]);

    /// <summary>Stand-alone contact events (<see cref="SalesGenerators.ContactEvent()"/>).</summary>
    public static Arbitrary<ContactEvent> ContactEvent() => Arb.From(SalesGenerators.ContactEvent());

    /// <summary>Deals with the clients of a generated base (<see cref="DealGenerators.DealsFor(ClientBaseShape)"/>), shrinking by dropping deals.</summary>
    public static Arbitrary<ImmutableArray<Deal>> Deals() => Arb.From(DealGenerators.DealsFor(), DealGenerators.Shrink);

    /// <summary>Clients × periods tables in cents for the columnar segmentation.</summary>
    public static Arbitrary<Segmentation.Columnar.RevenueMatrix> RevenueMatrix() => Arb.From(RevenueMatrixGenerators.Matrix());
}
