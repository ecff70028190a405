using System.Globalization;
using SalesDomain.Csv;
using SalesDomain.Model;
using SalesDomain.Testing;

namespace SalesDomain.Csv.Tests;

/// <summary>A dialect a base can be written in (docs/import.md).</summary>
public enum WrittenDialect
{
    /// <summary>client_id,date,amount; ISO dates, invariant decimals, UTF-8.</summary>
    Plain,

    /// <summary>1C: title block, Russian headers, semicolons, dd.MM.yyyy H:mm:ss, 1 234,50, Windows-1251, CRLF.</summary>
    OneC,

    /// <summary>Tab-separated UTF-16 with BOM, invariant grouping 1,234.50 (read with --culture invariant).</summary>
    TabUtf16,

    /// <summary>Every field quoted, UTF-8 with BOM, dd.MM.yy dates, currency sign.</summary>
    QuotedAll,

    /// <summary>An .xlsx workbook with typed date and number cells below a title row.</summary>
    Xlsx,
}

/// <summary>
/// Generators for the import property tests that reach the edge cases: client ids with delimiters, quotes, line
/// breaks, Cyrillic and ё; amounts with zeros, returns, cents and up to 10¹²; dates from 1950 to 2049 (the two-digit
/// year range); every written dialect.
/// </summary>
public static class ImportArbitraries
{
    private const string IdCharacters = "abcXYZ019 ;,\t\"'\nЖжЁёАя-_./№";

    /// <summary>Lists of three-column sales (client, date, amount).</summary>
    public static Arbitrary<Sale[]> Sales() => Arb.From(
        from n in Gen.Choose(1, 40)
        from ids in ClientId().ArrayOf(Math.Max(1, n / 3))
        from sales in (from id in Gen.Elements(ids)
                       from day in Gen.Choose(0, 36_524)
                       from amount in Gen.Frequency((6, SalesGenerators.Amount()), (1, Gen.Choose(-1_000_000, 1_000_000).Select(m => m * 1_000_000m + 0.01m)))
                       select new Sale(id, new DateOnly(1950, 1, 1).AddDays(day), amount)).ArrayOf(n)
        select sales);

    /// <summary>Every written dialect.</summary>
    public static Arbitrary<WrittenDialect> Dialect() => Arb.From(Gen.Elements(Enum.GetValues<WrittenDialect>()));

    /// <summary>Any text, with the characters that matter to the grammars (separators, signs, digits, spaces) over-represented.</summary>
    public static Arbitrary<string> Text() => Arb.From(Gen.Frequency(
        (3, Gen.Elements("0123456789.,- \u00A0\u202F+e$₽руб%\"'\t;:/T".ToCharArray()).ArrayOf().Select(c => new string(c))),
        (1, ArbMap.Default.GeneratorFor<string>().Where(s => s is not null))));

    private static Gen<string> ClientId() =>
        Gen.Elements(IdCharacters.ToCharArray()).NonEmptyListOf()
            .Select(c => new string([.. c]).Trim())
            .Where(id => id.Length > 0 && !IsMarker(id) && !id.All(ch => ch is ';' or ',' or ' ' or '\t'))
            .Select(id => id.Length > 12 ? id[..12].Trim() : id)
            .Where(id => id.Length > 0 && !IsMarker(id));

    private static bool IsMarker(string id) => TransactionCsvOptions.Default.MissingClientMarkers.Any(m => string.Equals(m, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>An amount in Russian form: no-break-space groups, decimal comma.</summary>
    internal static string Russian(decimal amount) => Grouped(amount, '\u00A0', ',');

    /// <summary>An amount with comma groups and a decimal point.</summary>
    internal static string Invariant(decimal amount) => Grouped(amount, ',', '.');

    private static string Grouped(decimal amount, char group, char point)
    {
        var text = Math.Abs(amount).ToString(CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.');
        var integer = dot < 0 ? text : text[..dot];
        var grouped = string.Join(group, Enumerable.Range(0, (integer.Length + 2) / 3)
            .Select(i => integer[Math.Max(0, integer.Length - (3 * (i + 1)))..(integer.Length - (3 * i))]).Reverse());
        return (amount < 0 ? "-" : string.Empty) + grouped + (dot < 0 ? string.Empty : point + text[(dot + 1)..]);
    }
}
