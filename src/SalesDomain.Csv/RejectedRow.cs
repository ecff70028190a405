namespace SalesDomain.Csv;

/// <summary>A CSV row that was not imported, and why.</summary>
/// <param name="LineNumber">1-based line number in the file (the header is line 1).</param>
/// <param name="Reason">What was wrong, naming the column and the value.</param>
public readonly record struct RejectedRow(long LineNumber, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"line {LineNumber}: {Reason}";
}
