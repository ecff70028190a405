using System.Globalization;
using System.Text;

namespace SalesDomain.Simulator.Output;

/// <summary>
/// How a CSV file is written (docs/cli.md, "Files"): <see cref="Invariant"/> for programs (comma, decimal point,
/// ISO dates, UTF-8 without BOM); <see cref="ExcelRu"/> for a double-click in Russian Excel (semicolon, decimal comma,
/// <c>dd.MM.yyyy</c>, UTF-8 with BOM).
/// </summary>
internal sealed record CsvDialect(string Name, char Delimiter, NumberFormatInfo Numbers, string DateFormat, Encoding Encoding)
{
    /// <summary>Comma, decimal point, ISO dates, UTF-8 without BOM: the default.</summary>
    public static CsvDialect Invariant { get; } = new("invariant", ',', NumberFormatInfo.InvariantInfo, "yyyy-MM-dd", new UTF8Encoding(false));

    /// <summary>Semicolon, decimal comma, <c>dd.MM.yyyy</c>, UTF-8 with BOM: opens in columns in Russian Excel.</summary>
    public static CsvDialect ExcelRu { get; } = new("excel-ru", ';', RussianNumbers(), "dd.MM.yyyy", new UTF8Encoding(true));

    /// <summary>The dialect named <paramref name="name"/> (<c>invariant</c> or <c>excel-ru</c>).</summary>
    public static CsvDialect Of(string name) => name switch
    {
        "invariant" => Invariant,
        "excel-ru" => ExcelRu,
        _ => throw new Commands.CliInputException($"--csv-dialect '{name}' is not one of: invariant, excel-ru."),
    };

    private static NumberFormatInfo RussianNumbers()
    {
        var numbers = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        numbers.NumberDecimalSeparator = ",";
        numbers.PercentDecimalSeparator = ",";
        numbers.NumberGroupSeparator = string.Empty;
        return NumberFormatInfo.ReadOnly(numbers);
    }
}
