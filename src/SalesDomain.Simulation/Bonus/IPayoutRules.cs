namespace SalesDomain.Simulation.Bonus;

/// <summary>
/// The seam between the simulation and the payout rules of the motivation schemes (DOMAIN.md §6): the engine keeps
/// the books of who sold what, and asks these rules what is earned, kept or taken back.
/// </summary>
internal interface IPayoutRules
{
    /// <summary>Commission on the revenue of a manager's assigned clients.</summary>
    decimal Commission(decimal ownedRevenue, decimal rate);

    /// <summary>The upfront bonus on a new client's first-month revenue at a rate per 1 of revenue.</summary>
    decimal Upfront(decimal firstMonthRevenue, decimal ratePerDollar);

    /// <summary>Whether a renewal month's revenue breaks the clawback condition (below tolerance × first month).</summary>
    bool BreaksRenewal(decimal firstMonthRevenue, decimal renewalRevenue, decimal tolerance);

    /// <summary>
    /// The upfront rate of each agent under quartile grading by refusal share (lowest share = quartile 1);
    /// <paramref name="refusalShares"/> null entries are agents without closed windows, who keep <paramref name="baseRate"/>.
    /// </summary>
    void GradeByQuartile(ReadOnlySpan<double?> refusalShares, IReadOnlyList<decimal> quartileRates, decimal baseRate, Span<decimal> rates);
}
