using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Motivation;

namespace SalesDomain.Testing;

/// <summary>
/// FsCheck <see cref="Arbitrary{T}"/> instances for motivation schemes; register with
/// <c>[Property(Arbitrary = new[] { typeof(MotivationArbitraries) })]</c>.
/// </summary>
public static class MotivationArbitraries
{
    /// <summary>Single-client sales paths; shrink by dropping later months.</summary>
    public static Arbitrary<SalesPath> SalesPath() =>
        Arb.From(MotivationGenerators.SalesPath(), path => Enumerable.Range(1, path.Amounts.Length - 1).Reverse()
            .Select(n => new SalesPath(path.Amounts[..n])));

    /// <summary>Upfront bonus schemes with every parameter varied.</summary>
    public static Arbitrary<UpfrontBonusScheme> UpfrontBonus() => Arb.From(MotivationGenerators.UpfrontBonus());

    /// <summary>Refusal shares of 0..12 agents with ties.</summary>
    public static Arbitrary<Dictionary<string, RefusalShare>> RefusalShares() => Arb.From(MotivationGenerators.RefusalShares());

    /// <summary>Whole departments: agents, teams, clients, sales, refusals and adjustments.</summary>
    public static Arbitrary<PayoutInput> Department() => Arb.From(MotivationGenerators.Department());
}
