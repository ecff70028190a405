using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Model;
using SalesDomain.Reactivation;

namespace SalesDomain.Testing;

/// <summary>
/// FsCheck generators for the reactivation area: BG/NBD parameters over six orders of magnitude (with a = 1, the
/// removable singularity), client summaries with zero, one and many repeat purchases, and single-client sales
/// histories with same-day purchases and returns.
/// </summary>
public static class ReactivationGenerators
{
    /// <summary>A positive parameter, log-uniform in [10⁻³, 10³], with the round values 1 and 0.5 as frequent ties.</summary>
    public static Gen<double> Parameter() =>
        Gen.Frequency(
            (8, Gen.Choose(-300, 300).Select(e => Math.Pow(10, e / 100.0))),
            (1, Gen.Constant(1d)),
            (1, Gen.Constant(0.5)));

    /// <summary>BG/NBD models with every parameter from <see cref="Parameter"/>.</summary>
    public static Gen<BgNbdModel> Models() =>
        from r in Parameter()
        from alpha in Parameter()
        from a in Parameter()
        from b in Parameter()
        select new BgNbdModel(r, alpha, a, b);

    /// <summary>
    /// Client summaries: x in 0..300 (zero and one often), 0 ≤ tₓ ≤ T ≤ 1000 time units, tₓ = 0 when x = 0, with
    /// tₓ = T (bought at the end) and T = 0 (first purchase today) as edge cases.
    /// </summary>
    public static Gen<RfmSummary> Summaries() =>
        from x in Gen.Frequency((3, Gen.Constant(0)), (3, Gen.Constant(1)), (4, Gen.Choose(2, 300)))
        from age in Gen.Frequency((1, Gen.Constant(0)), (9, Gen.Choose(0, 100_000))).Select(t => t / 100d)
        from share in Gen.Frequency((1, Gen.Constant(100)), (9, Gen.Choose(0, 100)))
        select new RfmSummary(x, x == 0 ? 0d : age * share / 100d, age);

    /// <summary>
    /// One client's sales ("c0") over 0..729 days from <see cref="SalesGenerators.Epoch"/>: 0..12 sales with same-day
    /// repeats and returns (negative amounts).
    /// </summary>
    public static Gen<Sale[]> ClientSales() =>
        (from day in Gen.Frequency((3, Gen.Choose(0, 729)), (1, Gen.Elements(0, 1, 7)))
         from amount in SalesGenerators.Amount()
         select new Sale("c0", SalesGenerators.Epoch.AddDays(day), amount))
        .ListOf().Select(l => l.Take(12).ToArray());
}

/// <summary>FsCheck arbitraries for the reactivation area; register with <c>[Properties(Arbitrary = …)]</c>.</summary>
public static class ReactivationArbitraries
{
    /// <summary>BG/NBD models, see <see cref="ReactivationGenerators.Models"/>.</summary>
    public static Arbitrary<BgNbdModel> Model() => ReactivationGenerators.Models().ToArbitrary();

    /// <summary>Client summaries, see <see cref="ReactivationGenerators.Summaries"/>.</summary>
    public static Arbitrary<RfmSummary> Summary() => ReactivationGenerators.Summaries().ToArbitrary();

    /// <summary>One client's sales, see <see cref="ReactivationGenerators.ClientSales"/>.</summary>
    public static Arbitrary<Sale[]> ClientSales() => ReactivationGenerators.ClientSales().ToArbitrary();
}
