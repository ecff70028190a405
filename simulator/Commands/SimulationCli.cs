using System.CommandLine;
using System.Text.Json;
using SalesDomain.Simulation;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;
using Spectre.Console;

namespace SalesDomain.Simulator.Commands;

/// <summary>Options and helpers shared by <c>run</c>, <c>compare</c> and <c>sweep</c> (docs/simulator.md).</summary>
internal static class SimulationCli
{
    /// <summary>Replications when <c>--runs</c> is not given.</summary>
    public const int DefaultRuns = 100;

    public static Option<long> Seed() => new("--seed") { Description = "Seed of all random streams (same seed, same result).", DefaultValueFactory = _ => 1 };

    public static Option<int> Runs() => new("--runs")
    {
        Description = $"Monte Carlo replications (default {DefaultRuns}).",
        DefaultValueFactory = _ => DefaultRuns,
        Validators = { r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError($"--runs must be >= 1, was {r.GetValueOrDefault<int>()}."); } } },
    };

    public static Option<int?> Months() => new("--months")
    {
        Description = "Horizon in months (default: the scenario's).",
        Validators = { r => { if (r.GetValueOrDefault<int?>() is < 1 and var m) { r.AddError($"--months must be >= 1, was {m}."); } } },
    };

    public static Option<string?> Builtin() => new("--builtin")
    {
        Description = $"A built-in scenario: {string.Join(", ", BuiltInScenarios.Names)}.",
    };

    public static SimulationOptions Options(long seed, int runs, int? months) => new() { Seed = seed, Runs = runs, Months = months };

    /// <summary>A scenario file when <paramref name="nameOrFile"/> is an existing file or ends in .json, else a built-in name.</summary>
    public static Scenario Load(string nameOrFile)
        => File.Exists(nameOrFile) || nameOrFile.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? ScenarioJson.Parse(File.ReadAllText(nameOrFile))
            : BuiltInScenarios.Named(nameOrFile);

    /// <summary>Runs <paramref name="body"/> under a progress display on stderr (so stdout stays clean for --json).</summary>
    public static T WithProgress<T>(IReadOnlyList<(string Name, int Runs)> tasks, Func<Action<int, int>, T> body)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var bars = tasks.Select(t => ctx.AddTask(Markup.Escape(t.Name), maxValue: t.Runs)).ToArray();
                result = body((index, done) => bars[index].Value = done);
            });
        return result;
    }

    /// <summary>The camelCase JSON name of a metric.</summary>
    public static string Key(Metric metric) => JsonNamingPolicy.CamelCase.ConvertName(metric.ToString());

    /// <summary>A band as "mean [p05 … p95]".</summary>
    public static string Text(Band band, string format = "N0")
        => $"{band.Mean.ToString(format, System.Globalization.CultureInfo.InvariantCulture)} [{band.P05.ToString(format, System.Globalization.CultureInfo.InvariantCulture)} … {band.P95.ToString(format, System.Globalization.CultureInfo.InvariantCulture)}]";

    /// <summary>The display format of a metric: shares as percentages, the rest as whole numbers.</summary>
    public static string FormatOf(Metric metric) => metric is Metric.PayoutRatio or Metric.NormCompliance ? "P1" : "N0";

    /// <summary>Metrics that are stocks or ratios (reported at the final month); the others are flows (summed over the horizon).</summary>
    public static bool IsStock(Metric metric) => metric is Metric.ActiveClients or Metric.LostClients or Metric.PotentialClients
        or Metric.LapsedClients or Metric.NormCompliance or Metric.AClients or Metric.XClients or Metric.PayoutRatio;

    /// <summary>Writes the summary table of one result.</summary>
    public static void RenderSummary(SimulationResult result, Scenario scenario)
    {
        var table = new Table().Title($"{Markup.Escape(result.Scenario)}: {result.Runs} runs × {result.Months} months, seed {result.Seed} — mean [[5 % … 95 %]]")
            .AddColumns("metric", "final month", "whole horizon");
        foreach (var metric in Enum.GetValues<Metric>())
        {
            var format = FormatOf(metric);
            table.AddRow(Key(metric), Markup.Escape(Text(result.Final(metric), format)), IsStock(metric) ? "" : Markup.Escape(Text(result.Total(metric), format)));
        }

        AnsiConsole.Write(table);
        if (UpfrontReport.From(result, scenario) is { } upfront)
        {
            AnsiConsole.MarkupLine(
                $"Upfront bonus kept on closed windows: [bold]{upfront.PayoutShareOfWindowRevenue.Mean:P1}[/] of the clients' window revenue " +
                $"[[{upfront.PayoutShareOfWindowRevenue.P05:P1} … {upfront.PayoutShareOfWindowRevenue.P95:P1}]] (largest {upfront.LargestShare:P1}, bound {upfront.Bound:P0}); " +
                $"clawed back on {upfront.ClawbackShare.Mean:P1} of windows.");
        }
    }
}
