using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace SalesDomain.Csv;

/// <summary>Parses one data row with a resolved header layout; returns false with a reason to reject the row.</summary>
internal delegate bool RowParser<in TLayout, T>(string[] fields, TLayout layout, out T value, out string reason);

/// <summary>The shared CSV reading loop: header, malformed-quote detection, and per-row accept or reject.</summary>
internal static class CsvRows
{
    /// <summary>Invariant numbers: optional leading sign and decimal point, surrounding space; no thousands separators or exponents.</summary>
    public const NumberStyles NumberStyle =
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    /// <summary>Reads every data row of <paramref name="reader"/>, rejecting rows the parser refuses with their line.</summary>
    /// <exception cref="CsvImportException">The file has no header, or <paramref name="resolveLayout"/> refuses it.</exception>
    public static ImportResult<T> Read<TLayout, T>(
        TextReader reader, char delimiter, Func<string[], TLayout> resolveLayout, RowParser<TLayout, T> parse)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var badData = false;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            BadDataFound = _ => badData = true,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
        };

        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            throw new CsvImportException("The CSV file is empty: a header line is required.");
        }

        var layout = resolveLayout(header);
        var accepted = ImmutableArray.CreateBuilder<T>();
        var rejected = ImmutableArray.CreateBuilder<RejectedRow>();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            if (badData)
            {
                badData = false;
                rejected.Add(new RejectedRow(line, "malformed quoting"));
                continue;
            }

            if (parse(csv.Parser.Record ?? [], layout, out var value, out var reason))
            {
                accepted.Add(value);
            }
            else
            {
                rejected.Add(new RejectedRow(line, reason));
            }
        }

        return new ImportResult<T>(accepted.ToImmutable(), rejected.ToImmutable());
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
