using SalesDomain.Model;

namespace SalesDomain.Testing;

/// <summary>A generated client base with the shape it was drawn from (<see cref="SalesGenerators.ClientBaseAcrossTheCalendar"/>).</summary>
/// <param name="Shape">The shape, with the first day the base's history starts on.</param>
/// <param name="Base">The client base.</param>
public sealed record DatedClientBase(ClientBaseShape Shape, ClientBase Base)
{
    /// <summary>The first day after the history (<see cref="ClientBaseShape.EndDay"/>): every month of the history is complete as of it.</summary>
    public DateOnly AsOf => Shape.EndDay;
}
