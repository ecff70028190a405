namespace SalesDomain;

/// <summary>
/// The settings <c>AddSalesDomain</c> binds from configuration (section <c>SalesDomain</c> by convention): plain
/// classes with setters, as the options pattern and the configuration binding source generator need. Each part starts
/// from a copy of the library's defaults and becomes the library's immutable options through its <c>ToOptions()</c>;
/// binding never touches a static <c>Default</c>.
/// </summary>
public sealed class SalesDomainOptions
{
    /// <summary>ABC, XYZ and the analysis window.</summary>
    public SegmentationSettings Segmentation { get; set; } = new();

    /// <summary>Contact norms.</summary>
    public ContactSettings Contacts { get; set; } = new();

    /// <summary>The reactivation list.</summary>
    public ReactivationSettings Reactivation { get; set; } = new();

    /// <summary>The lost-client list.</summary>
    public LostClientSettings LostClients { get; set; } = new();

    /// <summary>The weighted forecast.</summary>
    public ForecastSettings Forecast { get; set; } = new();

    /// <summary>Motivation: what counts as an activation.</summary>
    public MotivationSettings Motivation { get; set; } = new();
}
