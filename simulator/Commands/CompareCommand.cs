using System.CommandLine;
using System.Text.Json;
using SalesDomain.Simulation;
using SalesDomain.Simulation.Results;
using Spectre.Console;

namespace SalesDomain.Simulator.Commands;

/// <summary>
/// <c>compare A B [C ...]</c>: several scenarios (files or built-in names) on common random numbers; differences to the
/// first, paired per replication, with bands (docs/simulator.md).
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var scenarios = new Argument<string[]>("SCENARIOS")
        {
            Description = "Two or more scenario files or built-in names; the first is the baseline.",
            Arity = new ArgumentArity(2, 100),
        };
        var seed = SimulationCli.Seed();
        var runs = SimulationCli.Runs();
        var months = SimulationCli.Months();
        var json = CommonOptions.Json();
        var command = new Command("compare", "Compare scenarios on common random numbers.") { scenarios, seed, runs, months, json };
        command.SetAction(result => CliErrors.Guarded(() => Run(
            result.GetRequiredValue(scenarios), SimulationCli.Options(result.GetValue(seed), result.GetValue(runs), result.GetValue(months)), result.GetValue(json))));
        return command;
    }

    private static int Run(string[] names, SimulationOptions options, bool json)
    {
        var scenarios = names.Select(SimulationCli.Load).ToList();
        var comparison = SimulationCli.WithProgress(
            [.. scenarios.Select(s => (s.Name, options.Runs))], report => ScenarioComparison.Run(scenarios, options, report));
        var results = comparison.Results;
        if (json)
        {
            var alternatives = results.Select((r, k) => new AlternativeReport(
                RunReport.From(r, scenarios[k]),
                k == 0 ? null : Enum.GetValues<Metric>().ToDictionary(SimulationCli.Key, m => BandReport.From(comparison.FinalDifference(k, m))),
                k == 0 ? null : Enum.GetValues<Metric>().Where(m => !SimulationCli.IsStock(m))
                    .ToDictionary(SimulationCli.Key, m => BandReport.From(comparison.TotalDifference(k, m))))).ToList();
            var report = new CompareReport(results[0].Scenario, options.Seed, options.Runs, results[0].Months, alternatives);
            Console.Out.WriteLine(JsonSerializer.Serialize(report, SimulationJsonContext.Default.CompareReport));
            return 0;
        }

        var table = new Table()
            .Title($"{results[0].Months} months, {options.Runs} runs, seed {options.Seed}: mean [[5 % … 95 %]]; Δ = paired difference to {Markup.Escape(results[0].Scenario)}")
            .AddColumn("metric");
        for (var k = 0; k < results.Count; k++)
        {
            table.AddColumn(Markup.Escape(results[k].Scenario));
            if (k > 0)
            {
                table.AddColumn($"Δ {Markup.Escape(results[k].Scenario)}");
            }
        }

        foreach (var metric in Enum.GetValues<Metric>())
        {
            var stock = SimulationCli.IsStock(metric);
            var format = SimulationCli.FormatOf(metric);
            var row = new List<string> { SimulationCli.Key(metric) + (stock ? " (final)" : " (total)") };
            for (var k = 0; k < results.Count; k++)
            {
                row.Add(SimulationCli.Text(stock ? results[k].Final(metric) : results[k].Total(metric), format));
                if (k > 0)
                {
                    row.Add(SimulationCli.Text(stock ? comparison.FinalDifference(k, metric) : comparison.TotalDifference(k, metric), format));
                }
            }

            table.AddRow([.. row.Select(Markup.Escape)]);
        }

        AnsiConsole.Write(table);
        return 0;
    }
}
