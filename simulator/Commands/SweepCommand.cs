using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SalesDomain.Simulation;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;
using Spectre.Console;

namespace SalesDomain.Simulator.Commands;

/// <summary>
/// <c>sweep [SCENARIO.json | --builtin NAME] --param PATH=V1,V2,… [--param PATH=…] [--metric M] [--at total|final]</c>:
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
        var months = SimulationCli.Months();
        var output = new Option<DirectoryInfo>("--out") { Description = "Directory for sweep.csv and sweep.png.", DefaultValueFactory = _ => new DirectoryInfo("sweep") };
        var json = CommonOptions.Json();
        var command = new Command("sweep", "Vary one or two scenario parameters over a grid.")
        {
            file, builtin, parameters, metric, at, seed, runs, months, output, json,
        };
        command.SetAction(result => CliErrors.Guarded(() => Run(
            result.GetValue(file), result.GetValue(builtin), result.GetRequiredValue(parameters), result.GetRequiredValue(metric),
            result.GetRequiredValue(at) == "final", SimulationCli.Options(result.GetValue(seed), result.GetValue(runs), result.GetValue(months)),
            result.GetRequiredValue(output), result.GetValue(json))));
        return command;
    }

    private static int Run(FileInfo? file, string? builtin, string[] parameters, string metricName, bool final, SimulationOptions options, DirectoryInfo output, bool json)
    {
        if (parameters.Length is not (1 or 2))
        {
            throw new ArgumentException($"--param must be given once or twice, was {parameters.Length}.");
        }

        var metric = Enum.GetValues<Metric>().FirstOrDefault(m => SimulationCli.Key(m) == metricName, (Metric)(-1));
        if (!Enum.IsDefined(metric))
        {
            throw new ArgumentException($"--metric '{metricName}' is not one of {string.Join(", ", Enum.GetValues<Metric>().Select(SimulationCli.Key))}.");
        }

        var scenario = file is not null ? ScenarioJson.Parse(File.ReadAllText(file.FullName)) : BuiltInScenarios.Named(builtin ?? BuiltInScenarios.DefaultName);
        var (xPath, xs) = Parse(parameters[0]);
        var (yPath, ys) = parameters.Length == 2 ? Parse(parameters[1]) : ((string?)null, (IReadOnlyList<decimal>)[0m]);
        var grid = (from y in ys from x in xs select (x, y)).ToList();
        var variants = grid.Select(p =>
        {
            var s = ScenarioParameter.With(scenario, xPath, p.x);
            return yPath is null ? s : ScenarioParameter.With(s, yPath, p.y);
        }).ToList();
        var results = SimulationCli.WithProgress(
            [.. grid.Select(p => (yPath is null ? $"{xPath}={p.x}" : $"{xPath}={p.x}, {yPath}={p.y}", options.Runs))],
            report => variants.Select((v, k) => MonteCarlo.Run(v, options, done => report(k, done))).ToList());
        var cells = grid.Select((p, k) => new SweepCell(p.x, yPath is null ? null : p.y, BandReport.From(final ? results[k].Final(metric) : results[k].Total(metric)))).ToList();
        var at = final ? "final" : "total";
        output.Create();
        File.WriteAllText(Path.Combine(output.FullName, "sweep.csv"), Csv(cells, xPath, yPath));
        var values = new double[ys.Count, xs.Count];
        for (var k = 0; k < cells.Count; k++)
        {
            values[k / xs.Count, k % xs.Count] = (double)cells[k].Value.Mean;
        }

        var png = SimulationFiles.HeatMap(values, xs, ys, $"{scenario.Name}: {metricName} ({at}, mean of {options.Runs} runs)", xPath, yPath ?? "", Path.Combine(output.FullName, "sweep.png"));
        if (json)
        {
            var report = new SweepReport(scenario.Name, metricName, at, xPath, yPath, options.Seed, options.Runs, results[0].Months, cells);
            Console.Out.WriteLine(JsonSerializer.Serialize(report, SimulationJsonContext.Default.SweepReport));
        }
        else
        {
            Render(cells, xs, ys, xPath, yPath, $"{scenario.Name}: {metricName} ({at}) — mean [5 % … 95 %]", SimulationCli.FormatOf(metric));
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
            throw new ArgumentException($"--param '{parameter}' must be PATH=V1,V2,… with numbers, e.g. '$.salesForce[0].count=2,4,6'.");
        }

        return (parameter[..eq].Trim(), [.. parsed.Select(v => v!.Value)]);
    }

    private static string Csv(IReadOnlyList<SweepCell> cells, string xPath, string? yPath)
    {
        var text = new StringBuilder(yPath is null ? $"\"{xPath}\",mean,p05,p95\n" : $"\"{xPath}\",\"{yPath}\",mean,p05,p95\n");
        foreach (var c in cells)
        {
            var y = yPath is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{c.Y},");
            text.Append(CultureInfo.InvariantCulture, $"{c.X},{y}{c.Value.Mean},{c.Value.P05},{c.Value.P95}\n");
        }

        return text.ToString();
    }

    private static void Render(IReadOnlyList<SweepCell> cells, IReadOnlyList<decimal> xs, IReadOnlyList<decimal> ys, string xPath, string? yPath, string title, string format)
    {
        var table = new Table().Title(Markup.Escape(title)).AddColumn(Markup.Escape(yPath is null ? xPath : $"{yPath} ↓ / {xPath} →"));
        if (yPath is null)
        {
            table.AddColumn("value");
            foreach (var c in cells)
            {
                table.AddRow(c.X.ToString(CultureInfo.InvariantCulture), Markup.Escape(SimulationCli.Text(new Band(c.Value.Mean, c.Value.P05, c.Value.P95), format)));
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
                table.AddRow([ys[r].ToString(CultureInfo.InvariantCulture), .. cells.Skip(r * xs.Count).Take(xs.Count)
                    .Select(c => Markup.Escape(SimulationCli.Text(new Band(c.Value.Mean, c.Value.P05, c.Value.P95), format)))]);
            }
        }

        AnsiConsole.Write(table);
    }
}
