using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Forecast;
using SalesDomain.Funnels;

namespace SalesDomain.Testing;

/// <summary>
/// FsCheck <see cref="Arbitrary{T}"/> instances for deals and funnel activities; register with
/// <c>[Properties(Arbitrary = new[] { typeof(DealArbitraries) })]</c>.
/// </summary>
public static class DealArbitraries
{
    /// <summary>Deal lists with distinct ids, shrinking by dropping deals.</summary>
    public static Arbitrary<Deal[]> Deals() => Arb.From(DealGenerators.Deals(), Drop);

    /// <summary>Single deals.</summary>
    public static Arbitrary<Deal> Deal() => Arb.From(DealGenerators.Deal("d0"));

    /// <summary>Criteria combinations.</summary>
    public static Arbitrary<DealCriteria> Criteria() => Arb.From(DealGenerators.Criteria());

    /// <summary>Activity lists, shrinking by dropping activities.</summary>
    public static Arbitrary<ActivityEvent[]> Activities() => Arb.From(DealGenerators.Activities(), Drop);

    private static IEnumerable<T[]> Drop<T>(T[] items)
    {
        for (var i = 0; i < items.Length; i++)
        {
            yield return [.. items[..i], .. items[(i + 1)..]];
        }
    }
}
