using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Testing;

/// <summary>
/// FsCheck generators for the SalesDomain model that reach the edge cases: the empty base, one client, ties,
/// zero and negative values, and huge values.
/// </summary>
public static class SalesGenerators
{
    /// <summary>The first day of generated histories.</summary>
    public static DateOnly Epoch { get; } = new(2024, 1, 1);

    /// <summary>
    /// Money amounts with cents: mostly heavy-tailed (log-uniform from 0.01 to 10⁶), with zeros, negatives
    /// (returns), a few repeated round values (ties) and occasional huge values (up to 10¹²).
    /// </summary>
    public static Gen<decimal> Amount() =>
        Gen.Frequency(
            (10, Gen.Choose(0, 800).Select(e => Math.Round((decimal)Math.Pow(10, e / 100.0) / 100m, 2))),
            (2, Gen.Constant(0m)),
            (2, Gen.Elements(100m, 250m, 1000m)),
            (1, Gen.Choose(1, 100000).Select(c => -c / 100m)),
            (1, Gen.Choose(1, 1000).Select(k => k * 1_000_000_000m)));

    /// <summary>Client ids "c0", "c1", … ("c10" sorts before "c2": ordinal order matters for ties).</summary>
    public static Gen<string> ClientId(int maxIndex) => Gen.Choose(0, maxIndex).Select(i => $"c{i}");

    /// <summary>Per-client values with distinct ids; the list may be empty or hold one client.</summary>
    public static Gen<ClientValue[]> ClientValues() =>
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, size))).SelectMany(n =>
            Amount().ArrayOf(n).Select(values => values.Select((v, i) => new ClientValue($"c{i}", v)).ToArray()));

    /// <summary>Shrinks a list of client values by dropping clients and zeroing values, keeping ids distinct.</summary>
    public static IEnumerable<ClientValue[]> ShrinkClientValues(ClientValue[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            yield return [.. values[..i], .. values[(i + 1)..]];
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (values[i].Value != 0m)
            {
                var copy = (ClientValue[])values.Clone();
                copy[i] = copy[i] with { Value = Math.Round(copy[i].Value / 2m, 2) };
                yield return copy;
            }
        }
    }

    /// <summary>Per-period series of amounts (e.g. 1..36 months), with zero months and returns.</summary>
    public static Gen<decimal[]> Series() =>
        Gen.Choose(1, 36).SelectMany(n => Gen.Frequency(
                (3, Amount()),
                (2, Gen.Constant(0m)))
            .ArrayOf(n));

    /// <summary>
    /// A sales history for a base of 0..size clients over up to 24 months: each client buys on 0..k days, amounts
    /// from <see cref="Amount"/>, with same-day purchases and returns.
    /// </summary>
    public static Gen<ClientBase> SalesBase() =>
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, size / 2))).SelectMany(clients =>
            Gen.Choose(0, Math.Max(0, clients * 4)).SelectMany(saleCount =>
                (from client in Gen.Choose(0, Math.Max(0, clients - 1))
                 from day in Gen.Choose(0, 729)
                 from amount in Amount()
                 select (client, day, amount))
                    .ArrayOf(clients == 0 ? 0 : saleCount)
                    .Select(rows => Build(clients, rows))));

    private static ClientBase Build(int clients, (int Client, int Day, decimal Amount)[] rows)
    {
        var list = Enumerable.Range(0, clients).Select(i => new Client($"c{i}") { HasContract = true }).ToArray();
        var sales = rows.Select(r => new Sale($"c{r.Client}", Epoch.AddDays(r.Day), r.Amount));
        return new ClientBase(list, [], sales, []);
    }
}
