using System.Text;

namespace SalesDomain.Csv;

/// <summary>
/// How header names are compared (docs/import.md in the repository, "Columns"): case-insensitive, ё = е, and spaces, underscores,
/// hyphens and dots ignored, so <c>CustomerID</c>, <c>customer_id</c> and <c>Customer ID</c> are one name.
/// </summary>
internal static class HeaderName
{
    /// <summary>The comparison key of a header name.</summary>
    public static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c is '_' or '-' or '.' or '\uFEFF')
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            builder.Append(lower == 'ё' ? 'е' : lower);
        }

        return builder.ToString();
    }
}
