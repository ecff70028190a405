namespace SalesDomain.Segmentation;

/// <summary>Thresholds of ABC analysis (DOMAIN.md §2, seeds 002 and 004: Pareto 80/95).</summary>
public sealed record AbcOptions
{
    /// <summary>The seeds' defaults: A up to 80 %, B up to 95 %.</summary>
    public static AbcOptions Default { get; } = new();

    /// <summary>
    /// Cumulative share (0..1) that class A covers. A client is A when the share of the clients ranked before it is
    /// below this value. Default 0.80; must be in (0, 1] and not above <see cref="BThreshold"/>.
    /// </summary>
    public decimal AThreshold
    {
        get;
        init => field = value is > 0m and <= 1m ? value : throw Guard.OutOfRange(nameof(AThreshold), value, "must be within (0, 1]");
    } = 0.80m;

    /// <summary>
    /// Cumulative share (0..1) that classes A and B cover together. Default 0.95; must be in (0, 1] and not below
    /// <see cref="AThreshold"/>.
    /// </summary>
    public decimal BThreshold
    {
        get;
        init => field = value is > 0m and <= 1m ? value : throw Guard.OutOfRange(nameof(BThreshold), value, "must be within (0, 1]");
    } = 0.95m;

    /// <summary>Throws when the thresholds are out of order.</summary>
    internal void Validate()
    {
        if (AThreshold > BThreshold)
        {
            throw new ArgumentException(
                $"{nameof(AThreshold)} ({AThreshold}) must not exceed {nameof(BThreshold)} ({BThreshold}).", nameof(AThreshold));
        }
    }
}
