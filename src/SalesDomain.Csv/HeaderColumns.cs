using System.Collections.Immutable;

namespace SalesDomain.Csv;

/// <summary>
/// Finds fields in a header (docs/import.md in the repository, "Columns"): by an explicit name or by synonyms, compared by
/// <see cref="HeaderName.Key"/>. Empty header cells are ignored; a name that occurs twice (also differing only in case
/// or spacing) is an error when a field would be read from it, never "the first one wins".
/// </summary>
internal sealed class HeaderColumns
{
    private readonly IReadOnlyList<string> _header;
    private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _matched = new(StringComparer.Ordinal);

    public HeaderColumns(IReadOnlyList<string> header)
    {
        _header = header;
        for (var i = 0; i < header.Count; i++)
        {
            var key = HeaderName.Key(header[i]);
            if (key.Length == 0)
            {
                continue;
            }

            if (!_byKey.TryGetValue(key, out var list))
            {
                _byKey[key] = list = [];
            }

            list.Add(i);
        }
    }

    /// <summary>The header's field count (empty cells included).</summary>
    public int Width => _header.Count;

    /// <summary>Field name → the header name it was matched to.</summary>
    public ImmutableDictionary<string, string> Matched => _matched.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>The header as shown in messages.</summary>
    public string Listing => string.Join(", ", _header.Where(h => h.Trim().Length > 0).Select(h => EchoText.Escape(h.Trim())));

    /// <summary>The column of a field, or null when absent.</summary>
    /// <param name="field">The field's name in the layout (e.g. <c>amount</c>).</param>
    /// <param name="names">The explicit name, or the synonyms in order of preference.</param>
    /// <exception cref="CsvImportException">The matched name occurs more than once.</exception>
    public int? Find(string field, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            if (!_byKey.TryGetValue(HeaderName.Key(name), out var columns))
            {
                continue;
            }

            if (columns.Count > 1)
            {
                throw new CsvImportException(
                    $"The header names the {field} column more than once: {string.Join(", ", columns.Select(c => $"{EchoText.Quote(_header[c].Trim())} (column {c + 1})"))}; rename or remove one.");
            }

            _matched[field] = _header[columns[0]].Trim();
            return columns[0];
        }

        return null;
    }

    /// <summary>The column of a required field.</summary>
    /// <exception cref="CsvImportException">The field is absent or its name occurs more than once.</exception>
    public int Require(string field, IReadOnlyList<string> names, string what) => Find(field, names)
        ?? throw new CsvImportException(names.Count == 1
            ? $"The header has no {EchoText.Quote(names[0])} column ({what}); it has: {Listing}."
            : $"The header has no {what} column (one of {string.Join(", ", names.Select(n => EchoText.Quote(n)))}); it has: {Listing}.");
}
