using System.Collections.Frozen;
using System.Globalization;
using SalesDomain.Localization;
using SalesDomain.Segmentation;

namespace SalesDomain.Csv;

/// <summary>
/// Imports client categories from CSV (docs/forecast.md): columns <c>client_id</c> and <c>category</c>, matched
/// case-insensitively; other columns are ignored. A category is an English name of <see cref="PerspectiveCategory"/>
/// (case, spaces, '-' and '_' ignored: <c>OneOff</c>, <c>one-off</c>, <c>one off</c>) or its English or Russian
/// display name (<see cref="DisplayNames"/>: реанимированный, новый, разовый, периодический, перспективный,
/// постоянный, партнёр, VIP, ушедший; also ВИП; 'ё' read as 'е').
/// A row is rejected, with its line number and reason, for an empty client id, an unknown category or a client id
/// that repeats an earlier row.
/// </summary>
public static class ClientCategoryCsvImporter
{
    private static readonly FrozenDictionary<string, PerspectiveCategory> Names = BuildNames();

    /// <summary>Imports from a file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="delimiter">Field delimiter; default comma.</param>
    /// <exception cref="CsvImportException">The header is missing or lacks a required column.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ImportResult<ClientCategoryRow> ImportFile(string path, char delimiter = ',')
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path);
        return Import(reader, delimiter);
    }

    /// <summary>Imports from a reader positioned at the header line.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="delimiter">Field delimiter; default comma.</param>
    /// <exception cref="CsvImportException">The header is missing or lacks a required column.</exception>
    public static ImportResult<ClientCategoryRow> Import(TextReader reader, char delimiter = ',')
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return CsvRows.Read(
            reader,
            delimiter,
            header => (Client: CsvRows.Require(header, "client_id", "client id"), Category: CsvRows.Require(header, "category", "perspectiveness category")),
            (string[] fields, (int Client, int Category) layout, out ClientCategoryRow row, out string reason) =>
            {
                row = null!;
                var client = layout.Client < fields.Length ? fields[layout.Client].Trim() : string.Empty;
                var text = layout.Category < fields.Length ? fields[layout.Category].Trim() : string.Empty;
                if (client.Length == 0)
                {
                    reason = "client_id is empty";
                    return false;
                }

                if (!TryParseCategory(text, out var category))
                {
                    reason = $"category '{text}' is not one of: {string.Join(", ", Enum.GetNames<PerspectiveCategory>())} (or its Russian name)";
                    return false;
                }

                if (!seen.Add(client))
                {
                    reason = $"client_id '{client}' repeats an earlier row";
                    return false;
                }

                row = new ClientCategoryRow(client, category);
                reason = string.Empty;
                return true;
            });
    }

    /// <summary>Parses a category name in English or Russian (see the class remarks).</summary>
    /// <param name="text">The name.</param>
    /// <param name="category">The category when the name is known.</param>
    public static bool TryParseCategory(string? text, out PerspectiveCategory category)
        => Names.TryGetValue(Key(text ?? string.Empty), out category);

    private static string Key(string text)
        => new([.. text.ToLowerInvariant().Replace('ё', 'е').Where(c => c is not (' ' or '-' or '_'))]);

    private static FrozenDictionary<string, PerspectiveCategory> BuildNames()
    {
        // One vocabulary: the member names and the library's English and Russian display names, plus ВИП.
        var russian = CultureInfo.GetCultureInfo("ru-RU");
        var names = new Dictionary<string, PerspectiveCategory>(StringComparer.Ordinal) { [Key("ВИП")] = PerspectiveCategory.Vip };
        foreach (var category in Enum.GetValues<PerspectiveCategory>())
        {
            names[Key(category.ToString())] = category;
            names[Key(DisplayNames.Of(category, CultureInfo.InvariantCulture))] = category;
            names[Key(DisplayNames.Of(category, russian))] = category;
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
