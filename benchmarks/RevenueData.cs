namespace SalesDomain.Benchmarks;

/// <summary>
/// Deterministic clients × months tables of cents for the large benchmarks: amounts lognormal (μ = 6, σ = 1.2),
/// cents-rounded; 40 % of clients intermittent (a month is empty with probability 0.5). Built in parallel over fixed
/// blocks, each with its own seeded generator, so the table does not depend on the scheduling.
/// </summary>
internal static class RevenueData
{
    private const int Block = 1 << 16;

    public static long[] Create(int clients, int months, int seed)
    {
        var cents = new long[(long)clients * months];
        var blocks = (clients + Block - 1) / Block;
        Parallel.For(0, blocks, b =>
        {
            var random = new Random((seed * 1_000_003) + b);
            var end = Math.Min(clients, (b + 1) * Block);
            for (var c = b * Block; c < end; c++)
            {
                var intermittent = random.NextDouble() < 0.4;
                for (var m = 0; m < months; m++)
                {
                    var empty = intermittent && random.NextDouble() < 0.5;
                    cents[((long)c * months) + m] = empty ? 0 : Cents(random);
                }
            }
        });
        return cents;
    }

    /// <summary>A lognormal amount (μ = 6, σ = 1.2) in cents.</summary>
    public static long Cents(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        var z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        return (long)Math.Round(Math.Exp(6 + (1.2 * z)) * 100);
    }
}
