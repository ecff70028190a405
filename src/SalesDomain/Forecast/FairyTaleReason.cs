namespace SalesDomain.Forecast;

/// <summary>Why an open deal looks like a "fairy tale" rather than a forecast (DOMAIN.md §5, seed 000).</summary>
[Flags]
public enum FairyTaleReason
{
    /// <summary>Nothing suspicious.</summary>
    None = 0,

    /// <summary>The deal has sat in its stage longer than the stage's limit ("stuck").</summary>
    Stuck = 1,

    /// <summary>The next step is missing or vague ("call back", "thinking"…) instead of concrete ("vague-next-step").</summary>
    VagueNextStep = 2,

    /// <summary>The expected close date is already in the past ("overdue-date").</summary>
    OverdueDate = 4,
}
