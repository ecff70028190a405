using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Model;
using SalesDomain.Reactivation;

namespace SalesDomain.Testing;

/// <summary>
/// FsCheck generators for the reactivation area: BG/NBD parameters over six orders of magnitude (with a = 1, the
/// removable singularity), client summaries with zero, one and many repeat purchases, single-client sales histories
/// with same-day purchases and returns, and whole bases of every <see cref="ReactivationBaseShape"/> — the edge cases
/// of the BG/NBD fit (one purchase each, regular monthly buyers, a single client, returns and 0.00 rows) beside bases
/// the model fits well.
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

    /// <summary>Bases of every <see cref="ReactivationBaseShape"/>, about equally often.</summary>
    public static Gen<ShapedReactivationBase> ShapedBases() =>
        Gen.OneOf(
            Shaped(ReactivationBaseShape.OnePurchaseEach, OnePurchaseEach()),
            Shaped(ReactivationBaseShape.RegularMonthly, RegularMonthly()),
            Shaped(ReactivationBaseShape.SingleClient, ClientSales()),
            Shaped(ReactivationBaseShape.ReturnsAndZeroRows, ReturnsAndZeroRows()),
            Shaped(ReactivationBaseShape.BgNbdProcess, BgNbdProcess()));

    /// <summary>1..40 clients with one sale each (a positive amount) within two years.</summary>
    public static Gen<Sale[]> OnePurchaseEach() =>
        from n in Gen.Choose(1, 40)
        from days in Gen.Choose(0, 729).ArrayOf(n)
        from amounts in PositiveAmount().ArrayOf(n)
        select days.Select((d, i) => new Sale($"c{i}", SalesGenerators.Epoch.AddDays(d), amounts[i])).ToArray();

    /// <summary>
    /// 1..25 clients buying the same amount on a fixed day of each month for 2..24 months, all months or with about
    /// one month in seven skipped.
    /// </summary>
    public static Gen<Sale[]> RegularMonthly() =>
        from n in Gen.Choose(1, 25)
        from months in Gen.Choose(2, 24)
        from skipEvery in Gen.Elements(0, 7)
        from dayOfMonth in Gen.Choose(1, 28).ArrayOf(n)
        from amount in PositiveAmount()
        select Enumerable.Range(0, n).SelectMany(c => Enumerable.Range(0, months)
            .Where(m => m == 0 || skipEvery == 0 || (m + c) % skipEvery != 0)
            .Select(m => new Sale($"c{c}", SalesGenerators.Epoch.AddMonths(m).AddDays(dayOfMonth[c] - 1), amount))).ToArray();

    /// <summary>
    /// 1..20 clients with 1..10 days each; a day holds a purchase, a 0.00 row, a return, or an order and its
    /// cancellation (the same amount back the same day).
    /// </summary>
    public static Gen<Sale[]> ReturnsAndZeroRows()
    {
        var day =
            from kind in Gen.Choose(0, 3)
            from d in Gen.Choose(0, 400)
            from amount in PositiveAmount()
            select (Day: d, Amounts: kind switch
            {
                0 => new[] { amount },
                1 => [0m],
                2 => [-amount],
                _ => [amount, -amount],
            });
        var client = from days in Gen.Choose(1, 10).SelectMany(k => day.ArrayOf(k)) select days;
        return
            from n in Gen.Choose(1, 20)
            from clients in client.ArrayOf(n)
            select clients.SelectMany((days, c) => days.SelectMany(d =>
                d.Amounts.Select(a => new Sale($"c{c}", SalesGenerators.Epoch.AddDays(d.Day), a)))).ToArray();
    }

    /// <summary>
    /// 40..200 clients who start in the first 90 days, buy at a rate log-uniform in 0.05..3 a week (exponential
    /// gaps, whole days) and drop out after each purchase with a probability uniform in 0.05..0.6, observed for 546
    /// days (78 weeks); simulated from a generated seed, so the base is reproducible.
    /// </summary>
    public static Gen<Sale[]> BgNbdProcess() =>
        from n in Gen.Choose(40, 200)
        from seed in Gen.Choose(0, int.MaxValue)
        select SimulateBgNbd(n, seed);

    private static Gen<ShapedReactivationBase> Shaped(ReactivationBaseShape shape, Gen<Sale[]> sales)
        => sales.Select(s => new ShapedReactivationBase(shape, ClientBase.FromSales(s)));

    private static Gen<decimal> PositiveAmount() => SalesGenerators.Amount().Where(a => a > 0m);

    private static Sale[] SimulateBgNbd(int clients, int seed)
    {
        var random = new Random(seed);
        var sales = new List<Sale>();
        for (var c = 0; c < clients; c++)
        {
            var perDay = Math.Pow(10, -1.15 + (random.NextDouble() * 1.78)) / 7d; // 0.05..3 a week
            var dropout = 0.05 + (random.NextDouble() * 0.55);
            var day = (double)random.Next(90);
            do
            {
                sales.Add(new Sale($"c{c}", SalesGenerators.Epoch.AddDays((int)day), 100m));
                day += 1d - (Math.Log(1d - random.NextDouble()) / perDay);
            }
            while (day < 546d && random.NextDouble() >= dropout);
        }

        return [.. sales];
    }
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

    /// <summary>Bases of every shape, see <see cref="ReactivationGenerators.ShapedBases"/>.</summary>
    public static Arbitrary<ShapedReactivationBase> ShapedBase() => ReactivationGenerators.ShapedBases().ToArbitrary();
}
