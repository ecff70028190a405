namespace SalesDomain.Simulation.Bonus;

/// <summary>
/// The simulator's own minimal payout rules (DOMAIN.md §6, seeds 002 and 004), used where the core library offers no
/// motivation evaluation: commission = rate × revenue; upfront = rate × first-month revenue, rounded to cents;
/// a renewal month breaks the condition when its revenue is below tolerance × the first month; quartile grading ranks
/// agents by refusal share ascending (ties by agent order) and gives quartile q = ⌊rank × 4 / n⌋ its rate.
/// </summary>
internal sealed class SimulationPayoutRules : IPayoutRules
{
    public static SimulationPayoutRules Instance { get; } = new();

    public decimal Commission(decimal ownedRevenue, decimal rate) => Math.Round(ownedRevenue * rate, 2, MidpointRounding.ToEven);

    public decimal Upfront(decimal firstMonthRevenue, decimal ratePerDollar) => Math.Round(firstMonthRevenue * ratePerDollar, 2, MidpointRounding.ToEven);

    public bool BreaksRenewal(decimal firstMonthRevenue, decimal renewalRevenue, decimal tolerance) => renewalRevenue < firstMonthRevenue * tolerance;

    public void GradeByQuartile(ReadOnlySpan<double?> refusalShares, IReadOnlyList<decimal> quartileRates, decimal baseRate, Span<decimal> rates)
    {
        var graded = new List<(double Share, int Agent)>(refusalShares.Length);
        for (var i = 0; i < refusalShares.Length; i++)
        {
            rates[i] = baseRate;
            if (refusalShares[i] is { } share)
            {
                graded.Add((share, i));
            }
        }

        graded.Sort((x, y) => x.Share != y.Share ? x.Share.CompareTo(y.Share) : x.Agent.CompareTo(y.Agent));
        for (var rank = 0; rank < graded.Count; rank++)
        {
            rates[graded[rank].Agent] = quartileRates[rank * 4 / graded.Count];
        }
    }
}
