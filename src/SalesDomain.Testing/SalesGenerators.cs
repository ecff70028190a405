using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Testing;

/// <summary>
/// FsCheck generators for the SalesDomain model that reach the edge cases: the empty base, one client, ties,
/// zero and negative values, and huge values.
/// </summary>
public static partial class SalesGenerators
{
    /// <summary>The first day of generated histories.</summary>
    public static DateOnly Epoch { get; } = new(2024, 1, 1);

    /// <summary>
    /// Money amounts with cents: mostly heavy-tailed (log-uniform from 0.01 to 10⁶), with zeros, negatives
    /// (returns), a few repeated round values (ties) and occasional huge values of either sign (whole multiples of
    /// 10⁹ up to the supported bound <see cref="Money.MaxAmount"/> = 10¹⁵).
    /// </summary>
    public static Gen<decimal> Amount() =>
        Gen.Frequency(
            (10, Gen.Choose(0, 800).Select(e => Math.Round((decimal)Math.Pow(10, e / 100.0) / 100m, 2))),
            (2, Gen.Constant(0m)),
            (2, Gen.Elements(100m, 250m, 1000m)),
            (1, Gen.Choose(1, 100000).Select(c => -c / 100m)),
            (1, HugeAmount()),
            (1, HugeAmount().Select(a => -a)));

    /// <summary>
    /// A huge positive amount: a whole multiple of 10⁹, log-uniform from 10⁹ to <see cref="Money.MaxAmount"/> (10¹⁵)
    /// with the bound itself one time in ten.
    /// </summary>
    public static Gen<decimal> HugeAmount() =>
        Gen.Frequency(
            (9, Gen.Choose(0, 600).Select(e => Math.Max(1m, Math.Round((decimal)Math.Pow(10, e / 100.0))) * 1_000_000_000m)),
            (1, Gen.Constant(Money.MaxAmount)));

    /// <summary>Amounts at the bounds of the supported range (<see cref="Money.MaxAmount"/>) and near them.</summary>
    public static Gen<decimal> BoundaryAmount() =>
        Gen.Elements(Money.MaxAmount, Money.MaxAmount - 0.01m, -Money.MaxAmount, Money.MaxAmount / 2m, 0.01m, -0.01m);

    /// <summary>Client ids "c0", "c1", … ("c10" sorts before "c2": ordinal order matters for ties).</summary>
    public static Gen<string> ClientId(int maxIndex) => Gen.Choose(0, maxIndex).Select(i => $"c{i}");

    /// <summary>
    /// Per-client values with distinct ids; the list may be empty or hold one client; one value in 50 is at or near the
    /// bounds of the supported range (<see cref="BoundaryAmount"/>).
    /// </summary>
    public static Gen<ClientValue[]> ClientValues() =>
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, size))).SelectMany(n =>
            Gen.Frequency((49, Amount()), (1, BoundaryAmount())).ArrayOf(n).Select(values => values.Select((v, i) => new ClientValue($"c{i}", v)).ToArray()));

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
    /// A sales-only base (no managers, contacts or decision makers; every client has a contract), growing with
    /// FsCheck's size: <see cref="ClientBase(ClientBaseShape)"/> with <see cref="ClientBaseShape.SalesOnly"/>.
    /// </summary>
    public static Gen<ClientBase> SalesBase() => ClientBase(ClientBaseShape.SalesOnly);

    /// <summary>
    /// A purchase amount in the base currency, with cents: heavy-tailed (Pareto with α = 1.16, the 80/20 tail, from
    /// 10 up to about 1.5·10⁶), one in ten a round value (100, 250, 1000, 5000: ties), and with probability
    /// <paramref name="hugeShare"/> a <see cref="HugeAmount"/> (10⁹ up to the bound 10¹⁵). Always positive.
    /// </summary>
    /// <param name="hugeShare">Probability of a huge amount, in [0, 1]; default 0.01.</param>
    public static Gen<decimal> PurchaseAmount(double hugeShare = 0.01) =>
        Chance(hugeShare).SelectMany(huge => huge
            ? HugeAmount()
            : Gen.Frequency(
                (9, Gen.Choose(1, 1_000_000).Select(u => Math.Round(10m * (decimal)Math.Pow(u / 1e6, -1 / ParetoAlpha), 2))),
                (1, Gen.Elements(100m, 250m, 1000m, 5000m))));

    /// <summary><see langword="true"/> with probability <paramref name="probability"/> (in [0, 1]).</summary>
    public static Gen<bool> Chance(double probability) =>
        Guard.Share(probability, nameof(probability)) switch
        {
            0d => Gen.Constant(false),
            1d => Gen.Constant(true),
            var p => Gen.Choose(0, 999_999).Select(x => x < p * 1_000_000),
        };

    /// <summary>
    /// <paramref name="count"/> values of <paramref name="generator"/> at sizes growing evenly from 0 to 100, as an
    /// FsCheck run grows them; the same <paramref name="seed"/> gives the same values. For tests that check by
    /// sampling that a generator reaches its edge cases.
    /// </summary>
    public static IReadOnlyList<T> SampleAcrossSizes<T>(Gen<T> generator, int count, ulong seed = 1)
    {
        Guard.NotNull(generator);
        Guard.Positive(count);
        var random = new Random(unchecked((int)seed));
        return [.. Enumerable.Range(0, count).Select(i =>
            generator.Sample(1, new Rnd(seed + (ulong)i, (ulong)random.NextInt64() | 1UL), count == 1 ? 0 : i * 100 / (count - 1))[0])];
    }

    private const double ParetoAlpha = 1.16;
}
