namespace SalesDomain.Csv;

/// <summary>How a transactions file (CSV or .xlsx) is read: its dialect and which columns hold which field (docs/import.md in the repository).</summary>
public sealed record TransactionCsvOptions
{
    /// <summary>The default: dialect detected, columns found by <see cref="ColumnSynonyms.Default"/>.</summary>
    public static TransactionCsvOptions Default { get; } = new();

    /// <summary>The English names accepted for the client id when <see cref="ClientIdColumn"/> is null (the full list is <see cref="ColumnSynonyms.Client"/>).</summary>
    public static IReadOnlyList<string> ClientIdAliases { get; } = ["client_id", "customer_id", "client"];

    /// <summary>Encoding, delimiter, number culture, date formats and sheet; default <see cref="ImportDialect.Detect"/>.</summary>
    public ImportDialect Dialect { get; init => field = value ?? throw new ArgumentNullException(nameof(Dialect)); } = ImportDialect.Detect;

    /// <summary>The header names accepted per field when no explicit column is given; default <see cref="ColumnSynonyms.Default"/>.</summary>
    public ColumnSynonyms Synonyms { get; init => field = value ?? throw new ArgumentNullException(nameof(Synonyms)); } = ColumnSynonyms.Default;

    /// <summary>Name of the client id column; null (the default) finds it by <see cref="ColumnSynonyms.Client"/>.</summary>
    public string? ClientIdColumn { get; init; }

    /// <summary>Name of the date column; the default <c>date</c> also accepts the names of <see cref="ColumnSynonyms.Date"/>.</summary>
    public string DateColumn { get; init => field = NotBlank(value, nameof(DateColumn)); } = "date";

    /// <summary>
    /// Name of the amount column; the default <c>amount</c> also accepts the names of <see cref="ColumnSynonyms.Amount"/>.
    /// A product of two columns, <c>Quantity*UnitPrice</c>, derives the amount from an invoice line.
    /// </summary>
    public string AmountColumn { get; init => field = NotBlank(value, nameof(AmountColumn)); } = "amount";

    /// <summary>Name of the profit column; null (the default) finds it by <see cref="ColumnSynonyms.Profit"/>.</summary>
    public string? ProfitColumn { get; init; }

    /// <summary>
    /// Whether a row must give a profit: when true, a row whose profit cell is empty is rejected with its reason (an
    /// analysis by profit needs it, and unknown profit is not 0). A file without a profit column is left to the caller to
    /// refuse (<see cref="ImportResult{T}.Layout"/> tells). Default false.
    /// </summary>
    public bool RequireProfit { get; init; }

    /// <summary>Name of the quantity column; null (the default) finds it by <see cref="ColumnSynonyms.Quantity"/>.</summary>
    public string? QuantityColumn { get; init; }

    /// <summary>Name of the manager id column; null (the default) finds it by <see cref="ColumnSynonyms.Manager"/>.</summary>
    public string? ManagerColumn { get; init; }

    /// <summary>
    /// Name of a unit price column; when set, the amount is quantity × price (the quantity column is then required)
    /// and <see cref="AmountColumn"/> is not read. Default null.
    /// </summary>
    public string? PriceColumn { get; init; }

    /// <summary>
    /// The values of a client id that mean "no client" and reject the row (compared ignoring case and surrounding
    /// space); default <c>NA</c>, <c>N/A</c>, <c>#N/A</c>, <c>null</c>, <c>none</c>, <c>-</c>, <c>—</c>, <c>(пусто)</c>.
    /// </summary>
    public IReadOnlyList<string> MissingClientMarkers { get; init => field = value ?? throw new ArgumentNullException(nameof(MissingClientMarkers)); } =
        ["NA", "N/A", "#N/A", "null", "none", "-", "—", "(пусто)"];

    /// <summary>Exact date format; shorthand for <see cref="ImportDialect.DateFormats"/> with one format. Reads the first explicit format, or <c>yyyy-MM-dd</c> when formats are detected.</summary>
    public string DateFormat
    {
        get => Dialect.DateFormats is { Count: > 0 } formats ? formats[0] : "yyyy-MM-dd";
        init => Dialect = Dialect with { DateFormats = [NotBlank(value, nameof(DateFormat))] };
    }

    /// <summary>Field delimiter; shorthand for <see cref="ImportDialect.Delimiter"/>; null detects it.</summary>
    public char? Delimiter
    {
        get => Dialect.Delimiter;
        init => Dialect = Dialect with { Delimiter = value };
    }

    /// <summary>
    /// Whether the two are equal by content: <see cref="MissingClientMarkers"/> element by element in order; the other
    /// values equal (<see cref="Dialect"/> and <see cref="Synonyms"/> compare by content themselves).
    /// </summary>
    public bool Equals(TransactionCsvOptions? other) =>
        other is not null && Dialect == other.Dialect && Synonyms == other.Synonyms && ClientIdColumn == other.ClientIdColumn
        && DateColumn == other.DateColumn && AmountColumn == other.AmountColumn && ProfitColumn == other.ProfitColumn
        && RequireProfit == other.RequireProfit && QuantityColumn == other.QuantityColumn && ManagerColumn == other.ManagerColumn
        && PriceColumn == other.PriceColumn && ContentEquality.Sequence(MissingClientMarkers, other.MissingClientMarkers);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(MissingClientMarkers), Dialect, Synonyms, ClientIdColumn, DateColumn, AmountColumn,
        ProfitColumn, HashCode.Combine(RequireProfit, QuantityColumn, ManagerColumn, PriceColumn));

    private static string NotBlank(string value, string name) => string.IsNullOrWhiteSpace(value)
        ? throw new ArgumentException($"{name} must name a column, not '{value}'.", name)
        : value;
}
