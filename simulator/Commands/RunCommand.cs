using System.CommandLine;
using System.Text.Json;
using SalesDomain.Simulation;
using SalesDomain.Simulation.Scenarios;
using Spectre.Console;

namespace SalesDomain.Simulator.Commands;

/// <summary>
/// <c>run [SCENARIO.json | --builtin NAME] [--seed S] [--runs R] [--months M] [--out DIR] [--json]</c>: Monte Carlo of one
/// scenario (docs/simulator.md); without a scenario, the built-in default.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo?>("SCENARIO.json") { Description = "Scenario file (JSON).", Arity = ArgumentArity.ZeroOrOne };
        var builtin = SimulationCli.Builtin();
        var seed = SimulationCli.Seed();
        var runs = SimulationCli.Runs();
        var months = SimulationCli.Months();
        var output = new Option<DirectoryInfo?>("--out") { Description = "Write monthly.csv, monthly.json and PNG charts into this directory." };
        var json = CommonOptions.Json();
        var command = new Command("run", $"Simulate a scenario (default: built-in '{BuiltInScenarios.DefaultName}').")
        {
            file, builtin, seed, runs, months, output, json,
        };
        command.SetAction(result => CliErrors.Guarded(() => Run(
            result.GetValue(file), result.GetValue(builtin), SimulationCli.Options(result.GetValue(seed), result.GetValue(runs), result.GetValue(months)),
            result.GetValue(output), result.GetValue(json))));
        return command;
    }

    private static int Run(FileInfo? file, string? builtin, SimulationOptions options, DirectoryInfo? output, bool json)
    {
        if (file is not null && builtin is not null)
        {
            throw new ArgumentException("Give either a scenario file or --builtin, not both.");
        }

        var scenario = file is not null
            ? ScenarioJson.Parse(File.ReadAllText(file.FullName))
            : BuiltInScenarios.Named(builtin ?? BuiltInScenarios.DefaultName);
        var result = SimulationCli.WithProgress(
            [(scenario.Name, options.Runs)], report => MonteCarlo.Run(scenario, options, done => report(0, done)));
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(RunReport.From(result, scenario), SimulationJsonContext.Default.RunReport));
        }
        else
        {
            SimulationCli.RenderSummary(result, scenario);
        }

        if (output is not null)
        {
            foreach (var path in SimulationFiles.WriteRun(result, output))
            {
                Console.Error.WriteLine($"wrote {path}");
            }
        }

        return 0;
    }
}
