using System.Globalization;
using System.Text;
using System.Text.Json;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulator.Output;
using SalesDomain.Simulator.Localization;
using ScottPlot;

namespace SalesDomain.Simulator.Commands;

/// <summary>The files of <c>run --out</c> and <c>sweep --out</c>: monthly CSV and JSON, PNG charts (ScottPlot).</summary>
internal static class SimulationFiles
{
    /// <summary>Writes monthly.csv, monthly.json, revenue.png, active-clients.png and payout-ratio.png; returns the paths.</summary>
    public static IReadOnlyList<string> WriteRun(SimulationResult result, DirectoryInfo dir)
    {
        dir.Create();
        var csv = Path.Combine(dir.FullName, "monthly.csv");
        File.WriteAllText(csv, MonthlyCsv(result), Encoding.UTF8);
        var json = Path.Combine(dir.FullName, "monthly.json");
        File.WriteAllText(json, JsonSerializer.Serialize(MonthlyReport.From(result), SimulationJsonContext.Default.MonthlyReport));
        return
        [
            csv,
            json,
            Chart(result, Metric.Revenue, Words.T("Revenue per month"), Words.T("revenue per month, currency"), 1, Path.Combine(dir.FullName, "revenue.png")),
            Chart(result, Metric.ActiveClients, Words.T("Active clients"), Words.T("active clients at month end"), 1, Path.Combine(dir.FullName, "active-clients.png")),
            Chart(result, Metric.PayoutRatio, Words.T("Bonus payout ÷ revenue (net of clawbacks)"), Words.T("bonus payout, % of the month's revenue"), 100, Path.Combine(dir.FullName, "payout-ratio.png")),
        ];
    }

    /// <summary>One row per month; for every metric its mean, p05 and p95.</summary>
    public static string MonthlyCsv(SimulationResult result)
    {
        var metrics = Enum.GetValues<Metric>();
        var text = new StringBuilder("month");
        foreach (var m in metrics)
        {
            var key = SimulationCli.Key(m);
            text.Append(CultureInfo.InvariantCulture, $",{key}_mean,{key}_p05,{key}_p95");
        }

        text.Append('\n');
        for (var month = 0; month < result.Months; month++)
        {
            text.Append((month + 1).ToString(CultureInfo.InvariantCulture));
            foreach (var m in metrics)
            {
                var b = result.BandOf(m, month);
                text.Append(CultureInfo.InvariantCulture, $",{b.Mean},{b.P05},{b.P95}");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// Writes the per-replication CSV of <c>--per-run</c> (invariant culture, RFC 4180): one row per scenario and
    /// replication, with every metric's final-month value (<c>KEY_final</c>) and every flow's sum over the horizon
    /// (<c>KEY_total</c>); returns the path.
    /// </summary>
    public static string WritePerRun(IReadOnlyList<SimulationResult> results, FileInfo file)
    {
        file.Directory?.Create();
        CsvTableWriter.Write(file.FullName, [PerRunTable(results)], CsvDialect.Invariant);
        return file.FullName;
    }

    /// <summary>The table of <see cref="WritePerRun"/>.</summary>
    public static ReportTable PerRunTable(IReadOnlyList<SimulationResult> results)
    {
        var metrics = Enum.GetValues<Metric>();
        var flows = metrics.Where(m => !SimulationCli.IsStock(m)).ToArray();
        var columns = new List<ReportColumn>
        {
            new("scenario", "scenario", CellKind.Text),
            new("seed", "seed", CellKind.Integer),
            new("replication", "replication", CellKind.Integer),
        };
        columns.AddRange(metrics.Select(m => new ReportColumn(SimulationCli.Key(m) + "_final", SimulationCli.Key(m) + "_final", CellKind.Number)));
        columns.AddRange(flows.Select(m => new ReportColumn(SimulationCli.Key(m) + "_total", SimulationCli.Key(m) + "_total", CellKind.Number)));
        var rows = new List<object?[]>();
        foreach (var result in results)
        {
            foreach (var o in result.Outcomes)
            {
                var row = new List<object?> { result.Scenario, result.Seed, o.Replication };
                row.AddRange(metrics.Select(m => (object?)o.SeriesOf(m)[^1]));
                row.AddRange(flows.Select(m => (object?)Sum(o.SeriesOf(m))));
                rows.Add([.. row]);
            }
        }

        return new ReportTable("per-run", "per-run", columns, rows);
    }

    private static decimal Sum(ReadOnlySpan<decimal> values)
    {
        var sum = 0m;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum;
    }

    /// <summary>Mean line over the 5–95 % band of a metric, month by month.</summary>
    /// <param name="result">The simulation.</param>
    /// <param name="metric">The metric drawn.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="yLabel">The y axis' name with its unit.</param>
    /// <param name="scale">Factor applied to the values (100 turns a ratio into a percentage).</param>
    /// <param name="path">The PNG file.</param>
    private static string Chart(SimulationResult result, Metric metric, string title, string yLabel, double scale, string path)
    {
        var xs = Enumerable.Range(1, result.Months).Select(m => (double)m).ToArray();
        var bands = Enumerable.Range(0, result.Months).Select(m => result.BandOf(metric, m)).ToArray();
        var plot = new Plot();
        var fill = plot.Add.FillY(xs, [.. bands.Select(b => (double)b.P05 * scale)], [.. bands.Select(b => (double)b.P95 * scale)]);
        fill.LegendText = Words.T("5–95 % of runs");
        fill.FillColor = Colors.SteelBlue.WithAlpha(0.3);
        fill.LineColor = Colors.SteelBlue.WithAlpha(0.5);
        var line = plot.Add.ScatterLine(xs, [.. bands.Select(b => (double)b.Mean * scale)]);
        line.LegendText = Words.T("mean");
        line.Color = Colors.Navy;
        line.LineWidth = 2;
        plot.Font.Set("DejaVu Sans"); // Cyrillic glyphs for the Russian labels
        plot.Title(Words.F("{0}: {1} ({2:N0} runs)", result.Scenario, title, result.Runs));

        // Whole months only, about a dozen ticks; the simulated calendar is 4-4-5 weeks, so every third month is longer.
        var step = Math.Max(1, (int)Math.Ceiling(result.Months / 12.0));
        var ticks = Enumerable.Range(0, (result.Months + step - 1) / step).Select(k => 1 + (k * step)).ToArray();
        plot.Axes.Bottom.SetTicks([.. ticks.Select(t => (double)t)], [.. ticks.Select(t => t.ToString(CultureInfo.InvariantCulture))]);
        plot.XLabel(Words.T("month of the horizon (4-4-5 weeks: every third month has 5 weeks, hence its peaks in flows)"));
        plot.YLabel(yLabel);
        plot.ShowLegend();
        plot.SavePng(path, 900, 500);
        return path;
    }

    /// <summary>A one-parameter sweep: the mean as a line over the parameter's values, inside the 5–95 % band of runs.</summary>
    public static string SweepLine(IReadOnlyList<decimal> xs, IReadOnlyList<Band> bands, string title, string xLabel, string yLabel, string path)
    {
        var plot = new Plot();
        double[] x = [.. xs.Select(v => (double)v)];
        var fill = plot.Add.FillY(x, [.. bands.Select(b => (double)b.P05)], [.. bands.Select(b => (double)b.P95)]);
        fill.LegendText = Words.T("5–95 % of runs");
        fill.FillColor = Colors.SteelBlue.WithAlpha(0.3);
        fill.LineColor = Colors.SteelBlue.WithAlpha(0.5);
        var line = plot.Add.Scatter(x, [.. bands.Select(b => (double)b.Mean)]);
        line.LegendText = Words.T("mean");
        line.Color = Colors.Navy;
        line.LineWidth = 2;
        line.MarkerSize = 7;
        plot.Font.Set("DejaVu Sans");
        plot.Axes.Bottom.SetTicks(x, [.. xs.Select(v => v.ToString(CultureInfo.InvariantCulture))]);
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.ShowLegend();
        plot.SavePng(path, 900, 500);
        return path;
    }

    /// <summary>
    /// A sweep's parameter path as an axis name: <c>$.salesForce[0].count</c> becomes "sales force #1 › count".
    /// </summary>
    public static string AxisName(string path)
    {
        var parts = path.TrimStart('$', '.').Split('.', StringSplitOptions.RemoveEmptyEntries).Select(part =>
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            var words = string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
            return bracket < 0 || !int.TryParse(part[(bracket + 1)..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                ? words
                : $"{words} #{index + 1}";
        });
        return string.Join(" › ", parts);
    }

    /// <summary>A heat map of a sweep's mean values: x values across, y values down, each cell labelled with its value.</summary>
    public static string HeatMap(double[,] values, IReadOnlyList<decimal> xs, IReadOnlyList<decimal> ys, string title, string xLabel, string yLabel, string path)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        var map = plot.Add.Heatmap(values);
        plot.Add.ColorBar(map);
        for (var r = 0; r < ys.Count; r++)
        {
            for (var c = 0; c < xs.Count; c++)
            {
                var value = values[r, c];
                var label = plot.Add.Text(value.ToString(Math.Abs(value) >= 1000 ? "#,0" : "0.###", CultureInfo.InvariantCulture), c, ys.Count - 1 - r);
                label.LabelAlignment = Alignment.MiddleCenter;
                label.LabelFontSize = 13;
                label.LabelBackgroundColor = Colors.White.WithAlpha(0.6);
            }
        }

        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, xs.Count).Select(i => (double)i)], [.. xs.Select(x => x.ToString(CultureInfo.InvariantCulture))]);
        // The heat map draws row 0 at the top: the tick at height p is row ys.Count − 1 − p.
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, ys.Count).Select(i => (double)i)], [.. ys.Reverse().Select(y => y.ToString(CultureInfo.InvariantCulture))]);
        plot.SavePng(path, 900, 600);
        return path;
    }
}
