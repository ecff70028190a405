using SalesDomain.Segmentation;
using SalesDomain.Simulator.Output;

namespace SalesDomain.Simulator.Commands;

/// <summary>The tables of <c>segment</c> for the CSV and spreadsheet files: classes, the ABC×XYZ matrix and every client.</summary>
internal static class SegmentTables
{
    public static IReadOnlyList<ReportTable> Of(SegmentReport report, IReadOnlyList<SegmentItem> items)
    {
        var abc = new ReportTable(
            "ABC",
            "abc",
            [new("class", "class", CellKind.Text), new("clients", "clients", CellKind.Integer), new("value", report.By, CellKind.Money), new("share", "share", CellKind.Percent)],
            [.. Enum.GetNames<AbcClass>().Select(c => new object?[] { c, report.Abc[c], report.AbcValue[c], report.AbcShare[c] })]);
        var matrix = new ReportTable(
            "ABC×XYZ",
            "matrix",
            [new("cell", "cell", CellKind.Text), new("clients", "clients", CellKind.Integer), new("share", "share", CellKind.Percent)],
            [.. report.Matrix.Keys.Select(c => new object?[] { c, report.Matrix[c], report.MatrixShare[c] })]);
        var clients = new ReportTable(
            "Clients",
            "clients",
            [
                new("clientId", "client", CellKind.Text), new("name", "name", CellKind.Text), new("managerId", "manager", CellKind.Text),
                new("value", report.By, CellKind.Money), new("share", "share", CellKind.Percent),
                new("cumulativeShareBefore", "share before", CellKind.Percent), new("abc", "ABC", CellKind.Text), new("cv", "CV", CellKind.Number),
                new("xyz", "XYZ", CellKind.Text), new("cell", "cell", CellKind.Text), new("ladder", "ladder", CellKind.Text),
                new("abcde", "ABCDE", CellKind.Text), new("status", "status", CellKind.Text),
            ],
            [
                .. items.Select(i => new object?[]
                {
                    i.ClientId, i.Name, i.ManagerId, i.Value, i.Share, i.CumulativeShareBefore, i.Abc, i.Cv, i.Xyz, i.Cell, i.Ladder, i.Abcde, i.Status,
                }),
            ]);
        return [abc, matrix, clients];
    }
}
