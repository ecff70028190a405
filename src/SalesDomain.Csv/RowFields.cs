using nietras.SeparatedValues;

namespace SalesDomain.Csv;

/// <summary>
/// The fields of one data row: Sep's columns of a line without quotes, the fields of a record or worksheet row, or a
/// line without quotes split by the block reader of <see cref="MonthlyRevenueCsvImporter"/>.
/// </summary>
internal readonly ref struct RowFields
{
    private readonly SepReader.Row _row;
    private readonly IReadOnlyList<string>? _fields;
    private readonly ReadOnlySpan<char> _line;
    private readonly ReadOnlySpan<int> _starts;

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

    /// <summary>
    /// The fields of a line split at single delimiters: field i is <c>line[starts[i]..(starts[i+1] − 1)]</c>, with
    /// <c>starts[^1] = line.Length + 1</c>.
    /// </summary>
    public RowFields(ReadOnlySpan<char> line, ReadOnlySpan<int> starts)
    {
        _row = default;
        _fields = null;
        _line = line;
        _starts = starts;
    }

    /// <summary>Number of fields.</summary>
    public int Count => _fields?.Count ?? (_starts.IsEmpty ? _row.ColCount : _starts.Length - 1);

    /// <summary>The text of a field, unquoted.</summary>
    public ReadOnlySpan<char> this[int index] => _fields is not null ? _fields[index]
        : _starts.IsEmpty ? _row[index].Span
        : _line[_starts[index]..(_starts[index + 1] - 1)];

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
