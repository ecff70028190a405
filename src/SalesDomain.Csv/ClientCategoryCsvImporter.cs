using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using SalesDomain.Localization;
using SalesDomain.Segmentation;

namespace SalesDomain.Csv;

/// <summary>
/// Imports client categories from CSV (docs/forecast.md in the repository): columns <c>client_id</c> and <c>category</c>, matched
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

    /// <summary>Imports from a file (text or .xlsx, recognised by content).</summary>
    /// <param name="path">The file path.</param>
    /// <param name="dialect">Encoding, delimiter and sheet; detected when null.</param>
    /// <param name="cancellationToken">Stops the import between rows.</param>
    /// <exception cref="CsvImportException">Not text or a workbook, or no header with the required columns.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ImportResult<ClientCategoryRow> ImportFile(string path, ImportDialect? dialect = null, CancellationToken cancellationToken = default)
    {
        dialect ??= ImportDialect.Detect;
        return ImportInput.Read(path, dialect, input => Import(input, dialect, cancellationToken));
    }

    /// <summary>Imports from decoded text, from its first line.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="dialect">Delimiter; detected when null.</param>
    /// <param name="cancellationToken">Stops the import between rows.</param>
    /// <exception cref="CsvImportException">No header with the required columns.</exception>
    public static ImportResult<ClientCategoryRow> Import(TextReader reader, ImportDialect? dialect = null, CancellationToken cancellationToken = default)
        => Import(ImportInput.Open(reader), dialect ?? ImportDialect.Detect, cancellationToken);

    private static ImportResult<ClientCategoryRow> Import(ImportInput input, ImportDialect dialect, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = ImmutableArray.CreateBuilder<ClientCategoryRow>();
        var (rejected, found) = TabularRows.Read(
            input,
            dialect,
            header => (Client: header.Require("client_id", ColumnSynonyms.Default.Client, "client id"),
                Category: header.Require("category", ["category", "Категория", "Перспективность", "Ступень"], "perspectiveness category")),
            layout => (RowFields fields, out string reason) =>
            {
                var cells = fields.ToArray();
                var client = layout.Client < cells.Length ? cells[layout.Client].Trim() : string.Empty;
                var text = layout.Category < cells.Length ? cells[layout.Category].Trim() : string.Empty;
                reason = string.Empty;
                if (client.Length == 0)
                {
                    reason = "client_id is empty";
                }
                else if (!TryParseCategory(text, out var category))
                {
                    reason = $"category '{text}' is not one of: {string.Join(", ", Enum.GetNames<PerspectiveCategory>())} (or its Russian name)";
                }
                else if (!seen.Add(client))
                {
                    reason = $"client_id '{client}' repeats an earlier row";
                }
                else
                {
                    rows.Add(new ClientCategoryRow(client, category));
                }

                return reason.Length == 0;
            },
            cancellationToken);
        return new ImportResult<ClientCategoryRow>(rows.ToImmutable(), rejected) { Layout = found };
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
        // "ru" without culture data still finds the Russian resources, also where globalization is invariant.
        var russian = CultureInfo.GetCultureInfo("ru", predefinedOnly: false);
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
