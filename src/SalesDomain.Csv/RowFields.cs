using nietras.SeparatedValues;

namespace SalesDomain.Csv;

/// <summary>The fields of one data row: Sep's columns of a line without quotes, or the fields of a record or worksheet row.</summary>
internal readonly ref struct RowFields
{
    private readonly SepReader.Row _row;
    private readonly IReadOnlyList<string>? _fields;

    /// <summary>The columns of a Sep row.</summary>
    public RowFields(SepReader.Row row)
    {
        _row = row;
        _fields = null;
    }

    /// <summary>Fields already split.</summary>
    public RowFields(IReadOnlyList<string> fields)
    {
        _row = default;
        _fields = fields;
    }

    /// <summary>Number of fields.</summary>
    public int Count => _fields?.Count ?? _row.ColCount;

    /// <summary>The text of a field, unquoted.</summary>
    public ReadOnlySpan<char> this[int index] => _fields is null ? _row[index].Span : _fields[index];

    /// <summary>The text of a field, or empty when the row is shorter.</summary>
    public ReadOnlySpan<char> At(int? index) => index is { } i && i < Count ? this[i] : [];

    /// <summary>The fields as strings (one allocation per field: for the small, record-rich importers).</summary>
    public string[] ToArray()
    {
        var fields = new string[Count];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = this[i].ToString();
        }

        return fields;
    }
}
