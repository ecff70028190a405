using System.Globalization;
using SalesDomain.Calendar;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Simulator.Commands;

/// <summary>
/// One client's row of <c>segment --clients</c> (JSON <c>items</c>): a public contract, extend rather than rename.
/// Class values are the letters and the English category names.
/// </summary>
internal sealed record SegmentItem(
    string ClientId,
    string Name,
    string? ManagerId,
    decimal Value,
    decimal Share,
    decimal CumulativeShareBefore,
    string Abc,
    double? Cv,
    string Xyz,
    string Cell,
    string? Ladder,
    string? Abcde,
    string Status);

/// <summary>Builds the per-client rows of a segmentation: ABC, XYZ, cell, ladder, ABCDE and base status over one window.</summary>
internal static class SegmentItems
{
    /// <summary>
    /// The rows in ABC rank order. ABCDE is given only when every sale in the window has a profit (unknown profit is
    /// not 0); the manager is the client's assigned manager, else the manager of its latest sale that names one.
    /// </summary>
    public static IReadOnlyList<SegmentItem> Build(ClientBase clientBase, SegmentationResult result)
    {
        if (result is not { AsOf: { } asOf, Window: { } window })
        {
            return [];
        }

        var ladder = PerspectiveLadder.Classify(clientBase, asOf, window);
        var status = BaseStatusRule.Default.Classify(clientBase, asOf);
        var hasProfit = clientBase.Sales.All(s => s.Profit is not null || !window.Contains(s.Date) || s.Date > asOf);
        var abcde = hasProfit
            ? AbcdeAnalysis.Classify(clientBase, window).ToDictionary(e => e.ClientId, e => e.Class, StringComparer.Ordinal)
            : null;
        var managers = Managers.SaleAttribution.ClientManagers(clientBase, asOf);
        var total = result.Abc.PositiveTotal;
        return
        [
            .. result.Abc.Entries.Select(entry =>
            {
                var client = clientBase.GetClient(entry.ClientId);
                var xyz = result.Xyz[entry.ClientId];
                return new SegmentItem(
                    client.Id,
                    client.Name,
                    managers.GetValueOrDefault(client.Id),
                    entry.Value,
                    total > 0m && entry.Value > 0m ? Math.Round(entry.Value / total, 6) : 0m,
                    Math.Round(entry.CumulativeShareBefore, 6),
                    entry.Class.ToString(),
                    xyz.CoefficientOfVariation is { } cv ? Math.Round(cv, 4) : null,
                    xyz.Class.ToString(),
                    $"{entry.Class}{xyz.Class}",
                    ladder[client.Id]?.ToString(),
                    abcde is not null && abcde[client.Id] is { } a ? a.ToString() : null,
                    status[client.Id].ToString());
            }),
        ];
    }
}
