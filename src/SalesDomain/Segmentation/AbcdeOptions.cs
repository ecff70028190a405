namespace SalesDomain.Segmentation;

/// <summary>Thresholds of ABCDE analysis (DOMAIN.md §2; docs/segmentation.md in the repository).</summary>
public sealed record AbcdeOptions
{
    /// <summary>Defaults: "high" from the channel median, "top" from the 80th percentile (Pareto 20/80).</summary>
    public static AbcdeOptions Default { get; } = new();

    /// <summary>
    /// Quantile (0..1) of the channel's profits and potentials at or above which a value is "high"; default 0.5
    /// (the median). Must not exceed <see cref="TopQuantile"/>.
    /// </summary>
    public double HighQuantile { get; init => field = Guard.Share(value, nameof(HighQuantile)); } = 0.5;

    /// <summary>Quantile (0..1) at or above which a value is "top" (class A needs both); default 0.8.</summary>
    public double TopQuantile { get; init => field = Guard.Share(value, nameof(TopQuantile)); } = 0.8;

    /// <summary>
    /// Months of revenue the default potential estimate annualises: potential = this × the client's best monthly
    /// revenue in the period; default 12. Used only for clients without a caller-supplied potential.
    /// </summary>
    public int PotentialMonths { get; init => field = Guard.Positive(value, nameof(PotentialMonths)); } = 12;

    /// <summary>
    /// Fewest clients with non-negative profit a channel needs to be ranked; default 5. In a smaller channel the
    /// quantiles would rank a client against itself, so its clients get no class (E is still given for a loss).
    /// </summary>
    public int MinChannelClients { get; init => field = Guard.Positive(value, nameof(MinChannelClients)); } = 5;

    internal void Validate()
    {
        if (HighQuantile > TopQuantile)
        {
            throw new ArgumentException(
                $"{nameof(HighQuantile)} ({HighQuantile}) must not exceed {nameof(TopQuantile)} ({TopQuantile}).", nameof(HighQuantile));
        }
    }
}
