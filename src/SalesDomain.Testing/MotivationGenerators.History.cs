using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Calendar;
using SalesDomain.Motivation;

namespace SalesDomain.Testing;

public static partial class MotivationGenerators
{
    /// <summary>Months a <see cref="LongHistory"/> spans: three years from <see cref="Start"/>.</summary>
    public const int LongHistoryMonths = 36;

    /// <summary>
    /// Monthly sales of 1..4 clients (agents "a1", "a2") over <see cref="LongHistoryMonths"/> months, for activation
    /// rules: each client buys in runs separated by silences of 0..16 months (so gaps of exactly 11, 12 and 13 months
    /// occur), a month is sometimes a zero or a net return (not a purchase), and one client in four buys every month.
    /// </summary>
    public static Gen<MonthlySale[]> LongHistory() =>
        from clients in Gen.Choose(1, 4)
        from histories in ClientHistory().ArrayOf(clients)
        select histories.SelectMany((months, c) => months.Select(m => new MonthlySale(
            m.Agent, $"c{c}", Start.AddMonths(m.Month), m.Amount))).ToArray();

    private static Gen<(string Agent, int Month, decimal Amount)[]> ClientHistory() =>
        from always in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from start in Gen.Choose(0, 20)
        from runs in (from length in Gen.Choose(1, 4)
                      from silence in Gen.Frequency((3, Gen.Choose(0, 16)), (1, Gen.Elements(11, 12, 13)))
                      select (length, silence)).ArrayOf(6)
        from kinds in Gen.Frequency((8, Gen.Constant(1)), (1, Gen.Constant(0)), (1, Gen.Constant(-1))).ArrayOf(LongHistoryMonths)
        from agents in Gen.Elements("a1", "a2").ArrayOf(LongHistoryMonths)
        select always
            ? Enumerable.Range(0, LongHistoryMonths).Select(m => (agents[m], m, 100m)).ToArray()
            : Months(start, runs).Select(m => (agents[m], m, kinds[m] switch { 1 => 100m, 0 => 0m, _ => -10m })).ToArray();

    private static IEnumerable<int> Months(int start, (int Length, int Silence)[] runs)
    {
        var month = start;
        foreach (var (length, silence) in runs)
        {
            for (var i = 0; i < length && month < LongHistoryMonths; i++, month++)
            {
                yield return month;
            }

            month += silence;
        }
    }

    /// <summary>The purchase months (net amount &gt; 0) of each client of <paramref name="sales"/>.</summary>
    public static Dictionary<string, HashSet<SalesMonth>> PurchaseMonths(IEnumerable<MonthlySale> sales)
        => Guard.NotNull(sales).GroupBy(s => s.ClientId, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.GroupBy(s => s.Month).Where(m => m.Sum(s => s.Amount) > 0m).Select(m => m.Key).ToHashSet(),
            StringComparer.Ordinal);
}
