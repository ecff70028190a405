using SalesDomain.Model;
using SalesDomain.Segmentation;
using SalesDomain.Simulator.Localization;
using SalesDomain.Simulator.Output;

namespace SalesDomain.Simulator.Commands;

/// <summary>The tables of <c>segment</c> for the CSV and spreadsheet files: classes, the ABC×XYZ matrix and every client.</summary>
internal static class SegmentTables
{
    public static IReadOnlyList<ReportTable> Of(SegmentReport report, IReadOnlyList<SegmentItem> items)
    {
        var by = Words.T(report.By);
        var abc = new ReportTable(
            "ABC",
            "abc",
            [Column.Of("class", "class", CellKind.Text), Column.Of("clients", "clients", CellKind.Integer), new("value", by, CellKind.Money), Column.Of("share", "share", CellKind.Percent)],
            [.. Enum.GetNames<AbcClass>().Select(c => new object?[] { c, report.Abc[c], report.AbcValue[c], report.AbcShare[c] })]);
        var matrix = new ReportTable(
            "ABC×XYZ",
            "matrix",
            [Column.Of("cell", "cell", CellKind.Text), Column.Of("clients", "clients", CellKind.Integer), Column.Of("share", "share", CellKind.Percent)],
            [.. report.Matrix.Keys.Select(c => new object?[] { c, report.Matrix[c], report.MatrixShare[c] })]);
        var clients = new ReportTable(
            Words.T("Client list"),
            "clients",
            [
                Column.Of("clientId", "client", CellKind.Text), Column.Of("name", "name", CellKind.Text), Column.Of("managerId", "manager", CellKind.Text),
                new("value", by, CellKind.Money), Column.Of("share", "share", CellKind.Percent),
                Column.Of("cumulativeShareBefore", "share before", CellKind.Percent), new("abc", "ABC", CellKind.Text), Column.Of("cv", "CV", CellKind.Number),
                new("xyz", "XYZ", CellKind.Text), Column.Of("cell", "cell", CellKind.Text), Column.Of("ladder", "ladder", CellKind.Text),
                new("abcde", "ABCDE", CellKind.Text), Column.Of("status", "status", CellKind.Text),
            ],
            [
                .. items.Select(i => new object?[]
                {
                    i.ClientId, i.Name, i.ManagerId, i.Value, i.Share, i.CumulativeShareBefore, i.Abc, i.Cv, i.Xyz, i.Cell,
                    Names.Of<PerspectiveCategory>(i.Ladder), i.Abcde, Names.Of<BaseStatus>(i.Status),
                }),
            ]);
        return [abc, matrix, clients];
    }
}
