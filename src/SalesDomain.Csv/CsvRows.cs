using System.Collections.Immutable;
using System.Globalization;

namespace SalesDomain.Csv;

/// <summary>Parses one data row with a resolved header layout; returns false with a reason to reject the row.</summary>
internal delegate bool RowParser<in TLayout, T>(string[] fields, TLayout layout, out T value, out string reason);

/// <summary>
/// The record-level reading loop of the deal and monthly-sales importers, on the same Sep row loop as the
/// transaction importer (<see cref="TransactionRows"/>): header, blank lines skipped, exact quoting, and per-row
/// accept or reject with the row's line number.
/// </summary>
internal static class CsvRows
{
    /// <summary>Invariant numbers: optional leading sign and decimal point, surrounding space; no thousands separators or exponents.</summary>
    public const NumberStyles NumberStyle = CsvFields.AmountStyle;

    /// <summary>Reads every data row of <paramref name="reader"/>, rejecting rows the parser refuses with their line.</summary>
    /// <exception cref="CsvImportException">The file has no header, or <paramref name="resolveLayout"/> refuses it.</exception>
    public static ImportResult<T> Read<TLayout, T>(
        TextReader reader, char delimiter, Func<string[], TLayout> resolveLayout, RowParser<TLayout, T> parse)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var accepted = ImmutableArray.CreateBuilder<T>();
        var rejected = TransactionRows.Read(reader, delimiter, header =>
        {
            var layout = resolveLayout([.. header]);
            return (TransactionRows.RowFields fields, out string reason) =>
            {
                if (!parse(fields.ToArray(), layout, out var value, out reason))
                {
                    return false;
                }

                accepted.Add(value);
                return true;
            };
        });
        return new ImportResult<T>(accepted.ToImmutable(), rejected);
    }

    /// <summary>Column lookup by name, case-insensitive, ignoring surrounding space.</summary>
    public static Func<string, int?> Finder(string[] header)
    {
        var names = header.Select(h => h.Trim()).ToArray();
        return name =>
        {
            var i = Array.FindIndex(names, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
            return i >= 0 ? i : null;
        };
    }

    /// <summary>The index of a required column, or a <see cref="CsvImportException"/> listing the header.</summary>
    public static int Require(string[] header, string name, string what) => Finder(header)(name)
        ?? throw new CsvImportException(
            $"The header has no '{name}' column ({what}); it has: {string.Join(", ", header.Select(h => h.Trim()))}.");
}
