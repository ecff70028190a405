using System.Globalization;
using SalesDomain.Segmentation;
using SalesDomain.Simulator.Localization;
using ScottPlot;

namespace SalesDomain.Simulator.Charts;

/// <summary>
/// Segmentation pictures (docs/cli.md): the Pareto/ABC curve, the ABC×XYZ heat map and the class history. Each is
/// drawn with ScottPlot and returned as SVG (for the HTML report, prints sharply) or written as PNG.
/// </summary>
internal static class SegmentationCharts
{
    /// <summary>
    /// The Pareto curve: cumulative share of value (y, %) against the share of clients (x, %), ranked by value, with
    /// the A and B boundaries (the share of clients where each class ends) marked.
    /// </summary>
    public static Plot Pareto(AbcResult abc, ChartText text)
    {
        var plot = NewPlot(text);
        var entries = abc.Entries;
        var n = Math.Max(1, entries.Length);
        var total = abc.PositiveTotal;
        var step = Math.Max(1, entries.Length / 2000); // at most ~2000 points: the curve is smooth, the file small
        var xs = new List<double> { 0 };
        var ys = new List<double> { 0 };
        var cumulative = 0m;
        for (var i = 0; i < entries.Length; i++)
        {
            cumulative += Math.Max(0m, entries[i].Value);
            if ((i + 1) % step == 0 || i == entries.Length - 1)
            {
                xs.Add(100.0 * (i + 1) / n);
                ys.Add(total > 0m ? (double)(100m * cumulative / total) : 0);
            }
        }

        var curve = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray());
        curve.LineWidth = 2;
        curve.Color = Colors.Navy;
        curve.LegendText = text.Curve;
        var aEnd = entries.Count(e => e.Class == AbcClass.A);
        var bEnd = aEnd + entries.Count(e => e.Class == AbcClass.B);
        var positive = Math.Max(1m, total);
        var aValue = entries.Where(e => e.Class == AbcClass.A).Sum(e => Math.Max(0m, e.Value));
        var bValue = aValue + entries.Where(e => e.Class == AbcClass.B).Sum(e => Math.Max(0m, e.Value));
        var height = 12.0;
        foreach (var (end, value, label, color) in new[] { (aEnd, aValue, "A", Colors.SeaGreen), (bEnd, bValue, "A+B", Colors.DarkOrange) })
        {
            var x = 100.0 * end / n;
            var line = plot.Add.VerticalLine(x, 1.5f, color);
            line.LinePattern = LinePattern.Dashed;
            var note = plot.Add.Text(
                $"{label}: {x.ToString("0.#", text.Culture)} % → {(100m * value / positive).ToString("0.#", text.Culture)} %", x + 1, height);
            note.LabelFontColor = color;
            note.LabelBold = true;
            note.LabelFontSize = 14;
            height -= 7;
        }

        plot.Axes.SetLimits(0, 100, 0, 100);
        plot.Title(text.Title);
        plot.XLabel(text.XLabel);
        plot.YLabel(text.YLabel);
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    /// <summary>The ABC×XYZ heat map: colour by the cell's share of value, each cell labelled with its clients and share.</summary>
    public static Plot HeatMap(AbcXyzMatrix matrix, ChartText text)
    {
        var plot = NewPlot(text);
        var shares = new double[3, 3];
        for (var a = 0; a < 3; a++)
        {
            for (var x = 0; x < 3; x++)
            {
                shares[a, x] = (double)matrix.ShareOf((AbcClass)a, (XyzClass)x) * 100;
            }
        }

        var map = plot.Add.Heatmap(shares);
        map.Colormap = new ScottPlot.Colormaps.Blues().Reversed(); // light for small shares, dark for large
        var bar = plot.Add.ColorBar(map);
        bar.Label = text.ColorLabel;
        for (var a = 0; a < 3; a++)
        {
            for (var x = 0; x < 3; x++)
            {
                var cell = matrix[(AbcClass)a, (XyzClass)x];
                var label = plot.Add.Text(
                    $"{cell.Name}\n{cell.Clients.ToString("N0", text.Culture)}\n{shares[a, x].ToString("0.0", text.Culture)} %", x, 2 - a);
                label.LabelAlignment = Alignment.MiddleCenter;
                label.LabelFontSize = 16;
                label.LabelFontColor = shares[a, x] > 40 ? Colors.White : Colors.Black;
            }
        }

        plot.Axes.Bottom.SetTicks([0, 1, 2], ["X", "Y", "Z"]);
        plot.Axes.Left.SetTicks([0, 1, 2], ["C", "B", "A"]); // row 0 is drawn at the top
        plot.Title(text.Title);
        plot.XLabel(text.XLabel);
        plot.YLabel(text.YLabel);
        return plot;
    }

    /// <summary>Class history: clients in A, B and C at each as-of month, as stacked bars.</summary>
    public static Plot History(IReadOnlyList<(string Month, int A, int B, int C)> points, ChartText text)
    {
        var plot = NewPlot(text);
        var colors = new[] { Colors.SeaGreen, Colors.Orange, Colors.LightGray };
        for (var i = 0; i < points.Count; i++)
        {
            var (_, a, b, c) = points[i];
            double bottom = 0;
            foreach (var (value, color) in new[] { (a, colors[0]), (b, colors[1]), (c, colors[2]) })
            {
                plot.Add.Bar(new Bar { Position = i, ValueBase = bottom, Value = bottom + value, FillColor = color });
                bottom += value;
            }
        }

        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, points.Count).Select(i => (double)i)], [.. points.Select(p => p.Month)]);
        plot.Axes.Margins(bottom: 0);
        plot.Legend.ManualItems.AddRange(
            new[] { "A", "B", "C" }.Select((label, i) => new LegendItem { LabelText = label, FillColor = colors[i] }));
        plot.ShowLegend(Alignment.UpperRight);
        plot.Title(text.Title);
        plot.XLabel(text.XLabel);
        plot.YLabel(text.YLabel);
        return plot;
    }

    private static Plot NewPlot(ChartText text)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans"); // Cyrillic glyphs for the Russian labels
        plot.Font.Automatic();
        _ = text;
        return plot;
    }
}

/// <summary>The words on a chart, in the report's language, and the culture its numbers are written in.</summary>
internal sealed record ChartText(string Title, string XLabel, string YLabel, CultureInfo Culture)
{
    /// <summary>Legend text of the Pareto curve.</summary>
    public string Curve { get; init; } = Words.T("cumulative share");

    /// <summary>Label of the heat map's colour bar.</summary>
    public string ColorLabel { get; init; } = Words.T("share of value, %");

    /// <summary>The Pareto curve's words: <paramref name="measure"/> is the translated measure, <paramref name="window"/> the window caption.</summary>
    public static ChartText Pareto(string measure, string window, CultureInfo culture) => new(
        Words.F("ABC: cumulative {0}{1}", measure, window), Words.T("clients, % (ranked by value)"), Words.F("{0}, % of total", measure), culture);

    /// <summary>The ABC×XYZ heat map's words.</summary>
    public static ChartText HeatMap(string measure, string window, CultureInfo culture) => new(
        Words.F("ABC×XYZ: clients and share of {0}{1}", measure, window), Words.T("XYZ (stability)"), Words.T("ABC (value)"), culture);

    /// <summary>The class history's words.</summary>
    public static ChartText History(int months, CultureInfo culture) => new(
        Words.F("Clients by ABC class, {0}-month windows", months), Words.T("as-of month"), Words.T("clients"), culture);
}
