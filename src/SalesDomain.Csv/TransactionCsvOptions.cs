namespace SalesDomain.Csv;

/// <summary>How a transactions CSV is laid out.</summary>
public sealed record TransactionCsvOptions
{
    /// <summary>The default layout: comma-separated, ISO dates, client column found by name.</summary>
    public static TransactionCsvOptions Default { get; } = new();

    /// <summary>The column names accepted for the client id when <see cref="ClientIdColumn"/> is null, in order of preference.</summary>
    public static IReadOnlyList<string> ClientIdAliases { get; } = ["client_id", "customer_id", "client"];

    /// <summary>Name of the client id column; null (the default) accepts <c>client_id</c>, <c>customer_id</c> or <c>client</c>.</summary>
    public string? ClientIdColumn { get; init; }

    /// <summary>Name of the date column; default <c>date</c>.</summary>
    public string DateColumn { get; init; } = "date";

    /// <summary>Name of the amount column; default <c>amount</c>.</summary>
    public string AmountColumn { get; init; } = "amount";

    /// <summary>Exact date format (invariant culture); default <c>yyyy-MM-dd</c>.</summary>
    public string DateFormat { get; init; } = "yyyy-MM-dd";

    /// <summary>Field delimiter; default comma.</summary>
    public char Delimiter { get; init; } = ',';
}
