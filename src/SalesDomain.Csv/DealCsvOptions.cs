using SalesDomain.Forecast;

namespace SalesDomain.Csv;

/// <summary>How a deals CSV is read (docs/forecast.md).</summary>
public sealed record DealCsvOptions
{
    /// <summary>The default: the seed's deal ladder and loss reasons, ISO dates, comma-separated.</summary>
    public static DealCsvOptions Default { get; } = new();

    /// <summary>The deal ladder (stage names and probabilities) and loss-reason list; default <see cref="DealPolicy.Default"/>.</summary>
    public DealPolicy Policy { get; init => field = value ?? throw new ArgumentNullException(nameof(Policy)); } = DealPolicy.Default;

    /// <summary>Exact date format (invariant culture); default <c>yyyy-MM-dd</c>.</summary>
    public string DateFormat { get; init; } = "yyyy-MM-dd";

    /// <summary>Field delimiter; default comma.</summary>
    public char Delimiter { get; init; } = ',';
}
