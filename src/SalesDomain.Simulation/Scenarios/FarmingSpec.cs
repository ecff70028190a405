namespace SalesDomain.Simulation.Scenarios;

/// <summary>Contact norms by class, reactivation and the split's hand-over rule (DOMAIN.md §3, §7).</summary>
public sealed record FarmingSpec
{
    /// <summary>Contacts a month with an A client; default 4 (seed 004).</summary>
    public int NormA { get; set; } = 4;

    /// <summary>Contacts a month with a B client; default 2 (seed 004).</summary>
    public int NormB { get; set; } = 2;

    /// <summary>Contacts a month with a C client; default 1 (seed 004).</summary>
    public int NormC { get; set; } = 1;

    /// <summary>Months of revenue ABC is computed over (recomputed monthly); default 6.</summary>
    public int AbcWindowMonths { get; set; } = 6;

    /// <summary>Months of revenue XYZ is computed over (recomputed monthly); default 6.</summary>
    public int XyzWindowMonths { get; set; } = 6;

    /// <summary>
    /// When the force has farmers, a client won by a hunter goes to the farmer with the fewest clients after this
    /// many weeks (seed 003); default 4. Negative: hunters keep their clients.
    /// </summary>
    public int HandOverAfterWeeks { get; set; } = 4;
}
