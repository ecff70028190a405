namespace SalesDomain.Csv;

/// <summary>
/// A yes/no cell: <c>true</c>, <c>1</c>, <c>yes</c>, <c>y</c>, <c>да</c>, <c>д</c> or <c>false</c>, <c>0</c>,
/// <c>no</c>, <c>n</c>, <c>нет</c>, <c>н</c>, case-insensitive; an empty cell is no.
/// </summary>
internal static class CsvFlag
{
    /// <summary>The words listed in rejection reasons.</summary>
    public const string Expected = "true/false, 1/0, yes/no or да/нет";

    /// <summary>Parses a trimmed cell; false when it is none of the accepted words.</summary>
    public static bool TryParse(string text, out bool value)
    {
        var word = text.ToLowerInvariant();
        value = word is "true" or "1" or "yes" or "y" or "да" or "д";
        return value || word is "" or "false" or "0" or "no" or "n" or "нет" or "н";
    }
}
