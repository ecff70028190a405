namespace SalesDomain.Csv;

/// <summary>What kind of file an import read, found from its content (not its name).</summary>
public enum ImportFormat
{
    /// <summary>Delimited text (CSV, semicolon- or tab-separated).</summary>
    Text,

    /// <summary>An Excel workbook (.xlsx).</summary>
    Xlsx,
}
