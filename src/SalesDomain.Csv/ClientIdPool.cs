namespace SalesDomain.Csv;

/// <summary>One string per distinct client id, so that repeated ids share one instance and are allocated once.</summary>
internal sealed class ClientIdPool
{
    private readonly Dictionary<string, int> _indices = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
#endif
    private int _last = -1;

#if NET9_0_OR_GREATER
    public ClientIdPool() => _lookup = _indices.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    /// <summary>The distinct ids in order of first appearance.</summary>
    public IReadOnlyList<string> Ids => _ids;

    /// <summary>The pooled string of an id.</summary>
    public string Get(ReadOnlySpan<char> id) => _ids[IndexOf(id)];

    /// <summary>The index of an id in order of first appearance, adding it when new.</summary>
    public int IndexOf(ReadOnlySpan<char> id)
    {
        // Files are often grouped by client: the previous row's id is checked before the dictionary.
        if (_last >= 0 && id.SequenceEqual(_ids[_last]))
        {
            return _last;
        }

#if NET9_0_OR_GREATER
        if (!_lookup.TryGetValue(id, out var index))
#else
        if (!_indices.TryGetValue(id.ToString(), out var index)) // .NET 8 has no span lookup: one string per new row
#endif
        {
            index = _ids.Count;
            var text = id.ToString();
            _indices.Add(text, index);
            _ids.Add(text);
        }

        _last = index;
        return index;
    }
}
