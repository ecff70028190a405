using SalesDomain.Calendar;

namespace SalesDomain.Segmentation;

/// <summary>Thresholds and periods of XYZ analysis (DOMAIN.md §2, seed 002: X ≤ 10 %, Y ≤ 25 %).</summary>
public sealed record XyzOptions
{
    /// <summary>The seeds' defaults: monthly periods, X ≤ 0.10, Y ≤ 0.25, every period of the window.</summary>
    public static XyzOptions Default { get; } = new();

    /// <summary>Largest coefficient of variation of class X; default 0.10; must be ≥ 0 and ≤ <see cref="YThreshold"/>.</summary>
    public decimal XThreshold { get; init => field = Guard.NotNegative(value, nameof(XThreshold)); } = 0.10m;

    /// <summary>Largest coefficient of variation of class Y; default 0.25; must be ≥ <see cref="XThreshold"/>.</summary>
    public decimal YThreshold { get; init => field = Guard.NotNegative(value, nameof(YThreshold)); } = 0.25m;

    /// <summary>The period purchases are summed over; default <see cref="SalesPeriod.Month"/>.</summary>
    public SalesPeriod Period { get; init => field = Guard.Defined(value, nameof(Period)); } = SalesPeriod.Month;

    /// <summary>Which periods of the analysis window make up a client's series; default <see cref="XyzWindow.WholeWindow"/>.</summary>
    public XyzWindow Window { get; init => field = Guard.Defined(value, nameof(Window)); } = XyzWindow.WholeWindow;

    /// <summary>Throws when the thresholds are out of order.</summary>
    internal void Validate()
    {
        if (XThreshold > YThreshold)
        {
            throw new ArgumentException(
                $"{nameof(XThreshold)} ({XThreshold}) must not exceed {nameof(YThreshold)} ({YThreshold}).", nameof(XThreshold));
        }
    }
}
