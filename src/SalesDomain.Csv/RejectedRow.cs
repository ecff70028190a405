namespace SalesDomain.Csv;

/// <summary>A row that was not imported, and why.</summary>
/// <param name="LineNumber">1-based line number in a text file (the first line is 1), or row number in a worksheet.</param>
/// <param name="Reason">What was wrong, naming the column and the value (control characters escaped).</param>
public readonly record struct RejectedRow(long LineNumber, string Reason)
{
    /// <summary>The worksheet of a workbook row; null for a text file.</summary>
    public string? Sheet { get; init; }

    /// <inheritdoc />
    public override string ToString() => Sheet is null
        ? $"line {LineNumber}: {Reason}"
        : $"sheet {EchoText.Quote(Sheet)} row {LineNumber}: {Reason}";
}
