using SalesDomain.Model;

namespace SalesDomain.Benchmarks;

/// <summary>Deterministic synthetic bases for benchmarks.</summary>
internal static class SyntheticBase
{
    /// <summary>
    /// A base of <paramref name="clients"/> clients with monthly sales over <paramref name="months"/> months from
    /// January 2024: amounts lognormal (μ = 6, σ = 1.2), cents-rounded; 40 % of clients buy in a month with
    /// probability 0.5 only.
    /// </summary>
    public static ClientBase Create(int clients, int months, int seed)
    {
        var random = new Random(seed);
        var start = new DateOnly(2024, 1, 1);
        var list = new Client[clients];
        var sales = new List<Sale>(clients * months);
        for (var c = 0; c < clients; c++)
        {
            var id = $"c{c}";
            list[c] = new Client(id) { HasContract = true };
            var intermittent = random.NextDouble() < 0.4;
            for (var m = 0; m < months; m++)
            {
                if (intermittent && random.NextDouble() < 0.5)
                {
                    continue;
                }

                sales.Add(new Sale(id, start.AddMonths(m).AddDays(random.Next(28)), Amount(random)));
            }
        }

        return new ClientBase(list, [], sales, []);
    }

    /// <summary>A lognormal amount (μ = 6, σ = 1.2) rounded to cents.</summary>
    public static decimal Amount(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        var z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        return Math.Round((decimal)Math.Exp(6 + (1.2 * z)), 2);
    }
}
