using System.Globalization;
using Spectre.Console;

namespace SalesDomain.Simulator.Output;

/// <summary>Writes report tables to the console as Spectre tables, cells formatted in the current culture.</summary>
internal static class TableConsole
{
    /// <summary>Writes each table with its name as the title.</summary>
    public static void Write(IReadOnlyList<ReportTable> tables)
    {
        foreach (var table in tables)
        {
            var grid = new Table().Title(Markup.Escape(table.Name));
            foreach (var column in table.Columns)
            {
                grid.AddColumn(new TableColumn(Markup.Escape(column.Header)) { Alignment = column.Kind == CellKind.Text ? Justify.Left : Justify.Right });
            }

            foreach (var row in table.Rows)
            {
                grid.AddRow([.. row.Select((cell, c) => Markup.Escape(CellText.Show(cell, table.Columns[c].Kind, CultureInfo.CurrentCulture)))]);
            }

            AnsiConsole.Console.Write(grid);
        }
    }
}
