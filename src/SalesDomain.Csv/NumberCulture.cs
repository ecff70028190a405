namespace SalesDomain.Csv;

/// <summary>How the numbers of an import file are written (docs/import.md in the repository, "Numbers").</summary>
public enum NumberCulture
{
    /// <summary>
    /// The default: a point or a comma is the decimal separator, spaces (also no-break and narrow no-break) group
    /// thousands; a value that reads two ways, such as <c>1,234</c>, is rejected with a reason.
    /// </summary>
    Auto,

    /// <summary>Invariant: decimal point; a comma or a space groups thousands (<c>1,234.50</c>).</summary>
    Invariant,

    /// <summary>Russian (ru-RU): decimal comma (a point is also read as one); spaces group thousands (<c>1 234,50</c>).</summary>
    Russian,
}
