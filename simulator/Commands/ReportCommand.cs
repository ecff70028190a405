using System.CommandLine;
using System.Globalization;
using SalesDomain.Calendar;
using SalesDomain.Contacts;
using SalesDomain.Csv;
using SalesDomain.Forecast;
using SalesDomain.Managers;
using SalesDomain.Model;
using SalesDomain.Reactivation;
using SalesDomain.Segmentation;
using SalesDomain.Simulator.Charts;
using SalesDomain.Simulator.Localization;
using SalesDomain.Simulator.Output;
using SalesDomain.Simulator.Report;

namespace SalesDomain.Simulator.Commands;

/// <summary>
/// <c>report</c>: one report for a meeting (docs/cli.md) — <c>report.html</c> (self-contained, prints on A4) and
/// <c>report.xlsx</c> with the same tables: the base overview, segmentation, class history, contact discipline,
/// reactivation and lost lists, forecast and the manager report with plan vs fact. <c>report managers</c> gives the
/// manager report alone as tables, JSON or files.
/// </summary>
internal static class ReportCommand
{
    private const int DefaultRows = 25;

    public static Command Create()
    {
        var inputs = new ReportInputs();
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder for report.html and report.xlsx (created when missing).", Required = true };
        var rows = new Option<string?>("--top") { Description = $"Rows of each client list (top clients, reactivation, lost, overdue); default {DefaultRows}." };
        var command = new Command("report", "One report for a meeting: report.html (self-contained, prints on A4) and report.xlsx with the same tables.") { outDir, rows };
        inputs.AddTo(command);
        command.Validators.Add(result => CommonOptions.CheckWhole(result, rows, 1, 100_000, "rows"));
        command.SetAction((result, cancellationToken) => CliErrors.GuardedAsync(() =>
        {
            var data = inputs.Load(result);
            var top = result.GetValue(rows) is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : DefaultRows;
            return Write(result.GetRequiredValue(outDir), data, top, cancellationToken);
        }, cancellationToken));
        command.Subcommands.Add(ManagersCommand());
        return command;
    }

    private static Command ManagersCommand()
    {
        var inputs = new ReportInputs();
        var json = CommonOptions.Json();
        var files = new Output.FileOptions();
        var command = new Command("managers", "Manager report: clients by class, revenue and its change, contact compliance, deals by stage, win rate, weighted forecast; plan vs fact with --targets.") { json };
        inputs.AddTo(command);
        files.AddTo(command);
        command.SetAction((result, cancellationToken) => CliErrors.GuardedAsync(() =>
        {
            var data = inputs.Load(result);
            var managers = ManagerTables.Compute(data);
            var tables = ManagerTables.Of(managers, data.Policy);
            files.Write(result, tables);
            return CommandOutput.Write(managers, ManagerJsonContext.Default.ManagersReport, result.GetValue(json), _ => TableConsole.Write(tables));
        }, cancellationToken));
        return command;
    }

    private static int Write(DirectoryInfo dir, ReportData data, int top, CancellationToken cancellationToken)
    {
        dir.Create();
        var culture = CultureInfo.CurrentCulture;
        var sections = new List<ReportSection>();
        var allTables = new List<ReportTable>();
        void Add(string title, IReadOnlyList<string> lines, IReadOnlyList<string> charts, IReadOnlyList<ReportTable> tables)
        {
            var shown = tables.Select(WithoutEmptyColumns).ToList();
            sections.Add(new ReportSection(title, lines, charts, shown));
            allTables.AddRange(tables);
        }

        var s = data.Segmentation;
        var window = s.Window!.Value;
        var windowText = Words.F("{0}..{1} ({2} months)", window.From, window.To, window.Months);
        var statuses = BaseStatusRule.Default.Classify(data.Base, data.AsOf);
        var revenue = s.Abc.Entries.Sum(e => e.Value);
        Add(
            Words.T("Base overview"),
            [
                Words.F("As of {0}; analysis window {1}.", Dates.Show(data.AsOf), windowText),
                Words.F("{0:N0} clients; revenue in the window {1:N2}.", data.Base.Clients.Length, revenue),
                ImportOptions.Summary(data.Sales) + ".",
            ],
            [],
            [
                new(Words.T("Base status"), "status", [Column.Of("status", "status", CellKind.Text), Column.Of("clients", "clients", CellKind.Integer)],
                    [.. Enum.GetValues<BaseStatus>().Select(b => new object?[] { Names.Of<BaseStatus>(b.ToString()), statuses.Values.Count(v => v == b) })]),
            ]);

        var items = SegmentItems.Build(data.Base, s);
        var segment = SegmentReport.From(data.Base, s, AbcMeasure.Revenue, data.AsOf, data.Sales);
        var segmentTables = SegmentTables.Of(segment, items);
        var measure = Words.T("revenue");
        var caption = $" {window.From}..{window.To}";
        Add(
            Words.T("Segmentation: ABC, XYZ and ABC×XYZ"),
            [Words.F("A: {0:N0} clients, {1:P1} of revenue; B: {2:N0}, {3:P1}; C: {4:N0}, {5:P1}.", segment.Abc["A"], segment.AbcShare["A"], segment.Abc["B"], segment.AbcShare["B"], segment.Abc["C"], segment.AbcShare["C"])],
            [
                SegmentationCharts.Pareto(s.Abc, ChartText.Pareto(measure, caption, culture)).GetSvgHtml(900, 600),
                SegmentationCharts.HeatMap(s.Matrix, ChartText.HeatMap(measure, caption, culture)).GetSvgHtml(800, 650),
            ],
            [segmentTables[0], segmentTables[1], WithoutSameNames(Top(segmentTables[2], top, Words.F("Top {0} clients", top)))]);

        var to = SalesMonth.LastCompleteAsOf(data.AsOf);
        var from = to.AddMonths(-6);
        var steps = ClassMigration.Build(data.Base, from, to, 1, SegmentationOptions.Default with { Window = AnalysisWindowRule.LastCompleteMonths(12) });
        var history = new HistoryReport([.. steps.Select(HistoryStep.Of)]);
        var historyTables = HistoryCommand.Tables(history);
        var points = HistoryCommand.Points(steps);
        Add(
            Words.T("Class history"),
            [Words.F("Monthly steps {0} → {1}, 12-month windows.", from, to)],
            [SegmentationCharts.History(points, ChartText.History(12, culture)).GetSvgHtml(900, 500)],
            [historyTables[0], historyTables[1], historyTables[2]]);

        if (data.Contacts is { } contacts)
        {
            var contactTables = ContactsCommand.Tables(contacts);
            var overdue = contactTables[1] with
            {
                Name = Words.T("Most overdue clients"),
                Rows = [.. contactTables[1].Rows.Where(r => r[^1] is int d && d > 0).OrderByDescending(r => (int)r[^1]!).Take(top)],
            };
            Add(
                Words.T("Contact discipline"),
                [Words.F("Contact norms as of {0} (month {1}): {2:N0} clients, {3:N0} overdue", Dates.Show(data.AsOf), contacts.Month, contacts.Clients.Count, contacts.Clients.Count(c => c.OverdueDays > 0))],
                [],
                [contactTables[0], overdue, contactTables[2]]);
        }

        var reactivation = ReactivationList.Build(data.Base, data.AsOf);
        var reactivationReport = ReactivationReport.From(reactivation, top, data.Sales.Rejected.Length);
        var lost = LostClients.Build(data.Base, data.AsOf, new LostClientOptions { RankBy = LostClientRanking.Revenue });
        var lostReport = LostReport.From(lost, "revenue", top, data.Sales.Rejected.Length);
        Add(
            Words.T("Reactivation and lost clients"),
            [
                Words.F("{0:N0} clients as of {1}, {2:N0} overdue (k = 1); {3}; {4}", reactivation.Items.Length, Dates.Show(data.AsOf), reactivation.OverdueCount, ReactivationCommand.ModelText(reactivation), ImportOptions.Summary(data.Sales)),
                Words.F("[bold]{0:N0}[/] lost clients as of {1}, ranked by {2}; {3}", lostReport.Lost, Dates.Show(data.AsOf), measure, ImportOptions.Summary(data.Sales)).Replace("[bold]", string.Empty, StringComparison.Ordinal).Replace("[/]", string.Empty, StringComparison.Ordinal),
            ],
            [],
            [ReactivationCommand.Table(reactivationReport, reactivation), LostCommand.Table(lostReport)]);

        if (data.Forecast is { } forecast)
        {
            var forecastTables = ForecastCommand.Tables(forecast);
            Add(
                Words.T("Forecast"),
                [Words.F("Weighted forecast {0:N2} of {1:N2} in {2:N0} deals.", forecast.WeightedTotal, forecast.TotalAmount, forecast.Deals)],
                [],
                forecastTables);
        }

        var managers = ManagerTables.Compute(data);
        Add(Words.T("Managers"), [], [], ManagerTables.Of(managers, data.Policy));

        var title = Words.T("Client base report");
        var html = HtmlReport.Render(title, Words.F("As of {0}; analysis window {1}.", Dates.Show(data.AsOf), windowText), sections, culture);
        var htmlPath = Path.Combine(dir.FullName, "report.html");
        var xlsxPath = Path.Combine(dir.FullName, "report.xlsx");
        StagedFiles.Write(
            [
                (htmlPath, path => File.WriteAllText(path, html, new System.Text.UTF8Encoding(false))),
                (xlsxPath, path => XlsxTableWriter.Write(path, allTables)),
            ],
            cancellationToken);
        Console.Error.WriteLine($"wrote {htmlPath}");
        Console.Error.WriteLine($"wrote {xlsxPath}");
        return 0;
    }

    /// <summary>The table without the columns no row has a value in (e.g. P(alive) when the BG/NBD fit is degenerate).</summary>
    private static ReportTable WithoutEmptyColumns(ReportTable table)
    {
        if (table.Rows.Count == 0)
        {
            return table;
        }

        var keep = Enumerable.Range(0, table.Columns.Count).Where(c => table.Rows.Any(r => r[c] is not null)).ToHashSet();
        return keep.Count == table.Columns.Count ? table : table with
        {
            Columns = [.. table.Columns.Where((_, i) => keep.Contains(i))],
            Rows = [.. table.Rows.Select(r => r.Where((_, i) => keep.Contains(i)).ToArray())],
        };
    }

    /// <summary>The client table without its name column when every name is the client id (a file without names).</summary>
    private static ReportTable WithoutSameNames(ReportTable table)
    {
        var id = table.Columns.ToList().FindIndex(c => c.Key == "clientId");
        var name = table.Columns.ToList().FindIndex(c => c.Key == "name");
        if (id < 0 || name < 0 || table.Rows.Any(r => !Equals(r[id], r[name])))
        {
            return table;
        }

        return table with
        {
            Columns = [.. table.Columns.Where((_, i) => i != name)],
            Rows = [.. table.Rows.Select(r => r.Where((_, i) => i != name).ToArray())],
        };
    }

    private static ReportTable Top(ReportTable table, int rows, string name) => table with { Name = name, Rows = [.. table.Rows.Take(rows)] };
}
