namespace SalesDomain.Forecast;

/// <summary>The forecast category a deal stage rolls up into (DOMAIN.md §5; docs/forecast.md in the repository).</summary>
public enum ForecastCategory
{
    /// <summary>Early deals: intention known, calculation sent (or nothing verified yet).</summary>
    Pipeline,

    /// <summary>Deals that may close in the period if things go well.</summary>
    BestCase,

    /// <summary>Deals the manager commits to close in the period.</summary>
    Commit,

    /// <summary>Invoiced or won deals.</summary>
    Closed,
}
