using SalesDomain.Model;

namespace SalesDomain.Testing;

/// <summary>A generated client base with the shape it was drawn from (<see cref="SalesGenerators.ClientBaseAcrossTheCalendar"/>).</summary>
/// <remarks>
/// <see cref="Base"/> is a <see cref="ClientBase"/>, a class compared by reference, so two are equal only when they
/// share it; compare its <see cref="ClientBase.Clients"/>, <see cref="ClientBase.Managers"/>, <see cref="ClientBase.Sales"/>
/// and <see cref="ClientBase.Contacts"/> for content.
/// </remarks>
/// <param name="Shape">The shape, with the first day the base's history starts on.</param>
/// <param name="Base">The client base.</param>
public sealed record DatedClientBase(ClientBaseShape Shape, ClientBase Base)
{
    /// <summary>The first day after the history (<see cref="ClientBaseShape.EndDay"/>): every month of the history is complete as of it.</summary>
    public DateOnly AsOf => Shape.EndDay;
}
