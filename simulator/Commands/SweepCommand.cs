using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SalesDomain.Simulation;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;
using SalesDomain.Simulator.Localization;
using Spectre.Console;

namespace SalesDomain.Simulator.Commands;

/// <summary>
/// <c>sweep [SCENARIO.json | --builtin NAME] --param PATH=V1,V2,… [--param PATH=…] [--metric M] [--at total|final] [--runs R|auto] [--cluster CONNECTION]</c>:
/// varies one or two scenario fields over a grid on common random numbers; writes a table, sweep.csv and a heat map.
/// </summary>
internal static class SweepCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo?>("SCENARIO.json") { Description = "Scenario file (JSON).", Arity = ArgumentArity.ZeroOrOne };
        var builtin = SimulationCli.Builtin();
        var parameters = new Option<string[]>("--param")
        {
            Description = "A JSON path and its values, e.g. '$.salesForce[0].count=2,4,6'; once or twice.",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var metric = new Option<string>("--metric") { Description = "Metric to tabulate (camelCase, e.g. profit, revenue, activeClients).", DefaultValueFactory = _ => "profit" };
        var at = new Option<string>("--at") { Description = "total (sum over the horizon) or final (last month).", DefaultValueFactory = _ => "total" };
        at.AcceptOnlyFromAmong("total", "final");
        var seed = SimulationCli.Seed();
        var runs = SimulationCli.Runs();
        var precision = SimulationCli.Precision();
        var maxRuns = SimulationCli.MaxRuns();
        var months = SimulationCli.Months();
        var output = new Option<DirectoryInfo>("--out") { Description = "Directory for sweep.csv and sweep.png.", DefaultValueFactory = _ => new DirectoryInfo("sweep") };
        var json = CommonOptions.Json();
        var cluster = SimulationCli.Cluster();
        var batchRuns = SimulationCli.BatchRuns();
        var command = new Command("sweep", "Vary one or two scenario parameters over a grid.")
        {
            file, builtin, parameters, metric, at, seed, runs, precision, maxRuns, months, output, json, cluster, batchRuns,
        };
        SimulationCli.RequireAutoForPrecision(command, runs, precision, maxRuns);
        command.SetAction((result, cancellationToken) => CliErrors.GuardedAsync(() => Run(
            result.GetValue(file), result.GetValue(builtin), result.GetRequiredValue(parameters), result.GetRequiredValue(metric),
            result.GetRequiredValue(at) == "final", result, seed, runs, precision, maxRuns, months,
            result.GetRequiredValue(output), result.GetValue(json), result.GetValue(cluster), result.GetValue(batchRuns), cancellationToken), cancellationToken));
        return command;
    }

    private static int Run(
        FileInfo? file, string? builtin, string[] parameters, string metricName, bool final,
        ParseResult parse, Option<long> seed, Option<string?> runs, Option<decimal?> precision, Option<int?> maxRuns, Option<int?> months,
        DirectoryInfo output, bool json, string? cluster, int batchRuns, CancellationToken cancellationToken)
    {
        if (parameters.Length is not (1 or 2))
        {
            throw new CliInputException($"--param must be given once or twice, was {parameters.Length}.");
        }

        var metric = Enum.GetValues<Metric>().FirstOrDefault(m => SimulationCli.Key(m) == metricName, (Metric)(-1));
        if (!Enum.IsDefined(metric))
        {
            throw new CliInputException($"--metric '{metricName}' is not one of {string.Join(", ", Enum.GetValues<Metric>().Select(SimulationCli.Key))}.");
        }

        // --runs auto runs each cell until the swept metric, summed over the horizon, is precise enough.
        var plan = SimulationCli.OnCluster(
            SimulationCli.Options(parse.GetValue(seed), parse.GetValue(runs), parse.GetValue(months), parse.GetValue(precision), parse.GetValue(maxRuns), metric),
            cluster, batchRuns) with { Cancellation = cancellationToken };
        var options = plan.Options;
        var scenario = file is not null ? ScenarioJson.Parse(File.ReadAllText(file.FullName)) : BuiltInScenarios.Named(builtin ?? BuiltInScenarios.DefaultName);
        var (xPath, xs) = Parse(parameters[0]);
        var (yPath, ys) = parameters.Length == 2 ? Parse(parameters[1]) : ((string?)null, (IReadOnlyList<decimal>)[0m]);
        var grid = (from y in ys from x in xs select (x, y)).ToList();
        var variants = grid.Select(p =>
        {
            var s = ScenarioParameter.With(scenario, xPath, p.x);
            return yPath is null ? s : ScenarioParameter.With(s, yPath, p.y);
        }).ToList();
        plan.EnsureFits(variants);
        var results = SimulationCli.WithProgress(
            [.. grid.Select(p => (yPath is null ? $"{xPath}={p.x}" : $"{xPath}={p.x}, {yPath}={p.y}", plan.MaxRuns))],
            report => plan.RunEach(variants, report));
        var bands = results.Select(r => final ? r.Final(metric) : r.Total(metric)).ToList();
        var cells = grid.Select((p, k) => new SweepCell(p.x, yPath is null ? null : p.y, BandReport.From(bands[k]), results[k].Runs)).ToList();
        var at = final ? "final" : "total";
        output.Create();
        File.WriteAllText(Path.Combine(output.FullName, "sweep.csv"), Csv(cells, xPath, yPath));
        var values = new double[ys.Count, xs.Count];
        for (var k = 0; k < cells.Count; k++)
        {
            values[k / xs.Count, k % xs.Count] = (double)cells[k].Value.Mean;
        }

        var shownMetric = Words.T(metricName);
        var shownAt = Words.T(at);
        var chartTitle = Words.F("{0}: {1} ({2}, mean of {3} runs)", scenario.Name, shownMetric, shownAt, RunsText(results));
        var png = yPath is null
            ? SimulationFiles.SweepLine(xs, bands, chartTitle, SimulationFiles.AxisName(xPath), $"{shownMetric} ({shownAt})", Path.Combine(output.FullName, "sweep.png"))
            : SimulationFiles.HeatMap(values, xs, ys, chartTitle, SimulationFiles.AxisName(xPath), SimulationFiles.AxisName(yPath), Path.Combine(output.FullName, "sweep.png"));
        if (json)
        {
            var report = new SweepReport(scenario.Name, metricName, at, xPath, yPath, options.Seed, results.Max(r => r.Runs), results[0].Months, cells);
            Console.Out.WriteLine(JsonSerializer.Serialize(report, SimulationJsonContext.Default.SweepReport));
        }
        else
        {
            Render(cells, bands, xs, ys, xPath, yPath, Words.F("{0}: {1} ({2}), {3} runs — {4}", Markup.Escape(scenario.Name), Markup.Escape(shownMetric), Markup.Escape(shownAt), RunsText(results), SimulationCli.Legend), SimulationCli.FormatOf(metric));
        }

        Console.Error.WriteLine($"wrote {Path.Combine(output.FullName, "sweep.csv")}, {png}");
        return 0;
    }

    private static (string Path, IReadOnlyList<decimal> Values) Parse(string parameter)
    {
        var eq = parameter.LastIndexOf('=');
        var values = eq > 0 ? parameter[(eq + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
        var parsed = values.Select(v => decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : (decimal?)null).ToList();
        if (eq <= 0 || parsed.Count == 0 || parsed.Any(v => v is null))
        {
            throw new CliInputException($"--param '{parameter}' must be PATH=V1,V2,… with numbers, e.g. '$.salesForce[0].count=2,4,6'.");
        }

        return (parameter[..eq].Trim(), [.. parsed.Select(v => v!.Value)]);
    }

    /// <summary>"100", or "20–140" when --runs auto stopped the cells at different counts.</summary>
    private static string RunsText(IReadOnlyList<SimulationResult> results)
        => results.Min(r => r.Runs) == results.Max(r => r.Runs) ? $"{results[0].Runs}" : $"{results.Min(r => r.Runs)}–{results.Max(r => r.Runs)}";

    private static string Csv(IReadOnlyList<SweepCell> cells, string xPath, string? yPath)
    {
        const string Stats = "mean,p05,p95,se,ci95_lo,ci95_hi,runs\n";
        var text = new StringBuilder(yPath is null ? $"\"{xPath}\",{Stats}" : $"\"{xPath}\",\"{yPath}\",{Stats}");
        foreach (var c in cells)
        {
            var y = yPath is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{c.Y},");
            var v = c.Value;
            text.Append(CultureInfo.InvariantCulture, $"{c.X},{y}{v.Mean},{v.P05},{v.P95},{v.Se},{v.Ci95?[0]},{v.Ci95?[1]},{c.Runs}\n");
        }

        return text.ToString();
    }

    private static void Render(IReadOnlyList<SweepCell> cells, IReadOnlyList<Band> bands, IReadOnlyList<decimal> xs, IReadOnlyList<decimal> ys, string xPath, string? yPath, string title, string format)
    {
        // The title is markup: its parts are escaped by the caller, the legend is markup.
        var table = new Table().Title(title).AddColumn(Markup.Escape(yPath is null ? xPath : $"{yPath} ↓ / {xPath} →"));
        if (yPath is null)
        {
            table.AddColumn(Words.T("value"));
            for (var k = 0; k < cells.Count; k++)
            {
                table.AddRow(cells[k].X.ToString(CultureInfo.InvariantCulture), Markup.Escape(SimulationCli.Text(bands[k], format)));
            }
        }
        else
        {
            foreach (var x in xs)
            {
                table.AddColumn(x.ToString(CultureInfo.InvariantCulture));
            }

            for (var r = 0; r < ys.Count; r++)
            {
                table.AddRow([ys[r].ToString(CultureInfo.InvariantCulture), .. bands.Skip(r * xs.Count).Take(xs.Count)
                    .Select(b => Markup.Escape(SimulationCli.Text(b, format)))]);
            }
        }

        AnsiConsole.Write(table);
    }
}
