using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using SalesDomain.Simulator.Output;

namespace SalesDomain.Simulator.Report;

/// <summary>A part of the report: a heading, lines of text, pictures (SVG) and tables.</summary>
internal sealed record ReportSection(string Title, IReadOnlyList<string> Lines, IReadOnlyList<string> Charts, IReadOnlyList<ReportTable> Tables);

/// <summary>
/// Writes the meeting report as one self-contained HTML page: styles inline, charts as inline SVG, no script and no
/// network; it prints on A4 (portrait, tables and charts kept whole where they fit).
/// </summary>
internal static class HtmlReport
{
    /// <summary>The page, in the current culture's language and formats.</summary>
    public static string Render(string title, string subtitle, IReadOnlyList<ReportSection> sections, CultureInfo culture)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{culture.TwoLetterISOLanguageName}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Encode(title)}</title>
            <style>{Style}</style>
            </head>
            <body>
            <header><h1>{Encode(title)}</h1><p class="subtitle">{Encode(subtitle)}</p></header>
            <nav><ol>
            """);
        for (var i = 0; i < sections.Count; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#s{i + 1}\">{Encode(sections[i].Title)}</a></li>");
        }

        html.Append("</ol></nav>\n");
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            html.Append(CultureInfo.InvariantCulture, $"<section id=\"s{i + 1}\">\n<h2>{Encode(section.Title)}</h2>\n");
            foreach (var line in section.Lines)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(line)}</p>\n");
            }

            if (section.Charts.Count > 0)
            {
                html.Append("<div class=\"charts\">");
                foreach (var svg in section.Charts)
                {
                    html.Append("<figure>").Append(Scalable(svg)).Append("</figure>");
                }

                html.Append("</div>\n");
            }

            foreach (var table in section.Tables)
            {
                AppendTable(html, table, culture);
            }

            html.Append("</section>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendTable(StringBuilder html, ReportTable table, CultureInfo culture)
    {
        var wide = table.Columns.Count > 9 ? " class=\"wide\"" : string.Empty;
        html.Append(CultureInfo.InvariantCulture, $"<table data-table=\"{Encode(table.Key)}\"{wide}>\n<caption>{Encode(table.Name)}</caption>\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th class=\"{ClassOf(column.Kind)}\">{Encode(column.Header)}</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var kind = table.Columns[c].Kind;
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"{ClassOf(kind)}\">{Encode(CellText.Show(row[c], kind, culture))}</td>");
            }

            html.Append("</tr>\n");
        }

        if (table.Rows.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"{table.Columns.Count}\" class=\"empty\">—</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>
    /// The SVG with a <c>viewBox</c> of its own size, so that it scales to the column instead of being cut off, and
    /// its bitmaps drawn without smoothing.
    /// </summary>
    private static string Scalable(string svg)
    {
        var width = Regex.Match(svg, "<svg[^>]*?\\swidth=\"([0-9.]+)\"");
        var height = Regex.Match(svg, "<svg[^>]*?\\sheight=\"([0-9.]+)\"");
        svg = svg.Replace("<image ", "<image style=\"image-rendering:pixelated\" ", StringComparison.Ordinal); // heat-map cells stay cells
        if (!width.Success || !height.Success || svg.Contains("viewBox", StringComparison.Ordinal))
        {
            return svg;
        }

        var open = svg.IndexOf("<svg", StringComparison.Ordinal);
        return svg.Insert(open + 4, $" viewBox=\"0 0 {width.Groups[1].Value} {height.Groups[1].Value}\" preserveAspectRatio=\"xMidYMid meet\"");
    }

    private static string ClassOf(CellKind kind) => kind is CellKind.Text ? "text" : "number";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        @page { size: A4 portrait; margin: 14mm 12mm; }
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10pt; color: #1a1a1a; margin: 0 auto; max-width: 186mm; padding: 8mm 0; }
        header h1 { font-size: 18pt; margin: 0 0 2mm; }
        .subtitle { color: #555; margin: 0 0 4mm; }
        nav ol { columns: 2; margin: 0 0 6mm; padding-left: 5mm; color: #333; }
        nav a { color: #1f4e8c; text-decoration: none; }
        h2 { font-size: 14pt; border-bottom: 1.5pt solid #1f4e8c; padding-bottom: 1mm; margin: 8mm 0 3mm; break-after: avoid; }
        section { break-inside: auto; }
        p { margin: 1mm 0 2mm; }
        .charts { display: flex; flex-wrap: wrap; gap: 4mm; }
        figure { margin: 0 auto; flex: 0 1 150mm; break-inside: avoid; }
        figure svg { width: 100%; height: auto; display: block; }
        table { border-collapse: collapse; width: 100%; margin: 3mm 0 5mm; font-size: 8.5pt; break-inside: auto; }
        table.wide { font-size: 7pt; }
        table.wide td, table.wide th { padding: 0.6mm 0.8mm; }
        caption { text-align: left; font-weight: bold; font-size: 10pt; padding: 1mm 0; caption-side: top; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th { background: #e8eef7; border-bottom: 1pt solid #9db3d4; padding: 1mm 1.5mm; vertical-align: bottom; }
        td { border-bottom: 0.5pt solid #ddd; padding: 0.8mm 1.5mm; }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        td.number { white-space: nowrap; }
        td.text, th.text { text-align: left; overflow-wrap: anywhere; }
        td.text { min-width: 16mm; }
        td.empty { text-align: center; color: #888; }
        @media print { nav { display: none; } body { padding: 0; } }
        """;
}
