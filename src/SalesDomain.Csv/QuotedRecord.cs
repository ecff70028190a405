using nietras.SeparatedValues;

namespace SalesDomain.Csv;

/// <summary>
/// Splits one record that holds quotes with Sep's RFC 4180 parser and unescaping (docs/import.md in the repository, "Quoting"), and
/// checks that every quoted field is quoted exactly: a field either has no quote, or starts and ends with one and
/// doubles the quotes inside.
/// </summary>
internal static class QuotedRecord
{
    /// <summary>The unescaped fields of <paramref name="record"/>, or null when its quoting is malformed.</summary>
    /// <param name="record">The record's text; line breaks inside quoted fields included.</param>
    /// <param name="delimiter">The field delimiter.</param>
    public static List<string>? Split(string record, char delimiter)
    {
        var sep = new Sep(delimiter);
        using (var raw = new SepReaderOptions(sep) { HasHeader = false, DisableColCountCheck = true }.FromText(record))
        {
            if (!raw.MoveNext())
            {
                return [string.Empty];
            }

            var row = raw.Current;
            for (var i = 0; i < row.ColCount; i++)
            {
                if (!IsExact(row[i].Span))
                {
                    return null;
                }
            }

            if (raw.MoveNext())
            {
                return null; // a line break outside quotes: not one record
            }
        }

        using var reader = new SepReaderOptions(sep) { HasHeader = false, DisableColCountCheck = true, Unescape = true }.FromText(record);
        reader.MoveNext();
        var fields = new List<string>(reader.Current.ColCount);
        for (var i = 0; i < reader.Current.ColCount; i++)
        {
            fields.Add(reader.Current[i].ToString());
        }

        return fields;
    }

    /// <summary>Whether the quote count of <paramref name="text"/> is odd: a quoted field is still open at its end.</summary>
    public static bool LeavesQuoteOpen(ReadOnlySpan<char> text) => (text.Count('"') & 1) == 1;

    private static bool IsExact(ReadOnlySpan<char> raw)
    {
        if (raw.IsEmpty || raw[0] != '"')
        {
            return !raw.Contains('"');
        }

        if (raw.Length < 2 || raw[^1] != '"')
        {
            return false;
        }

        var inner = raw[1..^1];
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '"')
            {
                if (i + 1 >= inner.Length || inner[i + 1] != '"')
                {
                    return false;
                }

                i++;
            }
        }

        return true;
    }
}
