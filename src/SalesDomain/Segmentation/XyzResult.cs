using System.Collections.Immutable;
using SalesDomain.Calendar;

namespace SalesDomain.Segmentation;

/// <summary>One client's XYZ figures.</summary>
/// <param name="ClientId">Client identifier.</param>
/// <param name="Periods">Number of periods in the client's series.</param>
/// <param name="Mean">Mean amount per period.</param>
/// <param name="CoefficientOfVariation">Population standard deviation ÷ mean; <see langword="null"/> when the mean is ≤ 0.</param>
/// <param name="Class">The XYZ class.</param>
public readonly record struct XyzEntry(string ClientId, int Periods, decimal Mean, double? CoefficientOfVariation, XyzClass Class);

/// <summary>The result of XYZ analysis: every client with its class, in input order.</summary>
/// <remarks>A class with a lookup by client id, compared by reference; compare <see cref="Entries"/> for content.</remarks>
public sealed class XyzResult
{
    private Dictionary<string, int>? _index;

    internal XyzResult(ImmutableArray<XyzEntry> entries, AnalysisWindow? window, SalesPeriod period)
    {
        Entries = entries;
        Window = window;
        Period = period;
    }

    /// <summary>Every client, in input order.</summary>
    public ImmutableArray<XyzEntry> Entries { get; }

    /// <summary>The months analysed; null only when there was nothing to analyse (no as-of date and no sales).</summary>
    public AnalysisWindow? Window { get; }

    /// <summary>The period each client's amounts were summed over.</summary>
    public SalesPeriod Period { get; }

    /// <summary>The class of a client.</summary>
    /// <exception cref="KeyNotFoundException">The client was not analysed.</exception>
    public XyzClass ClassOf(string clientId) => this[clientId].Class;

    /// <summary>The entry of a client.</summary>
    /// <exception cref="KeyNotFoundException">The client was not analysed.</exception>
    public XyzEntry this[string clientId] =>
        Index.TryGetValue(Guard.NotNull(clientId), out var i)
            ? Entries[i]
            : throw new KeyNotFoundException($"Client '{clientId}' was not in the XYZ analysis.");

    /// <summary>Number of clients in a class.</summary>
    public int Count(XyzClass xyzClass) => Entries.Count(e => e.Class == xyzClass);

    /// <summary>Position of each client id in <see cref="Entries"/>, built on first use (thread-safe).</summary>
    private Dictionary<string, int> Index => LazyInitializer.EnsureInitialized(ref _index, () =>
    {
        var index = new Dictionary<string, int>(Entries.Length, StringComparer.Ordinal);
        for (var i = 0; i < Entries.Length; i++)
        {
            index[Entries[i].ClientId] = i;
        }

        return index;
    });
}
