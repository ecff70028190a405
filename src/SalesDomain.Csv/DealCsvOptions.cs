using SalesDomain.Forecast;

namespace SalesDomain.Csv;

/// <summary>How a deals file (CSV or .xlsx) is read (docs/forecast.md in the repository, docs/import.md in the repository).</summary>
public sealed record DealCsvOptions
{
    /// <summary>The default: the seed's deal ladder and loss reasons, dialect detected.</summary>
    public static DealCsvOptions Default { get; } = new();

    /// <summary>The deal ladder (stage names and probabilities) and loss-reason list; default <see cref="DealPolicy.Default"/>.</summary>
    public DealPolicy Policy { get; init => field = value ?? throw new ArgumentNullException(nameof(Policy)); } = DealPolicy.Default;

    /// <summary>Encoding, delimiter, number culture, date formats and sheet; default <see cref="ImportDialect.Detect"/>.</summary>
    public ImportDialect Dialect { get; init => field = value ?? throw new ArgumentNullException(nameof(Dialect)); } = ImportDialect.Detect;

    /// <summary>Exact date format; shorthand for <see cref="ImportDialect.DateFormats"/> with one format. Reads the first explicit format, or <c>yyyy-MM-dd</c> when formats are detected.</summary>
    public string DateFormat
    {
        get => Dialect.DateFormats is { Count: > 0 } formats ? formats[0] : "yyyy-MM-dd";
        init => Dialect = Dialect with { DateFormats = [string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"DateFormat must be a format, not '{value}'.", nameof(DateFormat)) : value] };
    }

    /// <summary>Field delimiter; shorthand for <see cref="ImportDialect.Delimiter"/>; null detects it.</summary>
    public char? Delimiter
    {
        get => Dialect.Delimiter;
        init => Dialect = Dialect with { Delimiter = value };
    }
}
