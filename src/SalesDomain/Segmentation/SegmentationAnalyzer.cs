using SalesDomain.Calendar;

namespace SalesDomain.Segmentation;

/// <summary>
/// ABC + XYZ segmentation of a whole base with one set of options over one analysis window (DOMAIN.md §2 and §9).
/// Stateless and thread-safe.
/// </summary>
/// <param name="options">The options; <see cref="SegmentationOptions.Default"/> when null.</param>
public sealed class SegmentationAnalyzer(SegmentationOptions? options = null) : ISegmentationAnalyzer
{
    /// <inheritdoc />
    /// <remarks>Checked when the analyser is made: thresholds out of order (A above B, X above Y) throw <see cref="ArgumentException"/>.</remarks>
    public SegmentationOptions Options { get; } = Checked(options ?? SegmentationOptions.Default);

    /// <inheritdoc />
    public SegmentationResult Analyze(Model.ClientBase clientBase, DateOnly? asOf = null)
    {
        Guard.NotNull(clientBase);
        DateOnly? earliest = null, latest = null;
        foreach (var sale in clientBase.Sales)
        {
            if (asOf is { } d && sale.Date > d)
            {
                continue;
            }

            earliest = earliest is null || sale.Date < earliest ? sale.Date : earliest;
            latest = latest is null || sale.Date > latest ? sale.Date : latest;
        }

        var date = asOf ?? latest;
        if (date is not { } end)
        {
            return Empty(clientBase);
        }

        var window = Options.Window.Resolve(end, earliest, Options.Xyz.Period);
        var values = AbcAnalysis.ValuesOf(clientBase, Options.Measure, window);
        var abc = AbcAnalysis.Rank(values, Options.Abc, checkIds: false, out var order);
        var xyz = XyzAnalysis.Classify(clientBase, window, Options.Xyz); // in base order, like values before ranking
        return new SegmentationResult(abc, xyz, AbcXyzMatrix.Build(abc, xyz, order)) { AsOf = end, Window = window };
    }

    /// <summary>No as-of date and no sales: every client is C and Z, and there is no window.</summary>
    private SegmentationResult Empty(Model.ClientBase clientBase)
    {
        var values = clientBase.Clients.Select(c => new ClientValue(c.Id, 0m)).ToArray();
        var abc = AbcAnalysis.Rank(values, Options.Abc, checkIds: false, out var order);
        var xyz = new XyzResult(
            [.. clientBase.Clients.Select(c => new XyzEntry(c.Id, 0, 0m, null, XyzClass.Z))], null, Options.Xyz.Period);
        return new SegmentationResult(abc, xyz, AbcXyzMatrix.Build(abc, xyz, order));
    }

    private static SegmentationOptions Checked(SegmentationOptions options)
    {
        options.Abc.Validate();
        options.Xyz.Validate();
        return options;
    }
}
