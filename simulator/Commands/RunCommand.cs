using System.CommandLine;
using System.Text.Json;
using SalesDomain.Simulation.Scenarios;
using Spectre.Console;

namespace SalesDomain.Simulator.Commands;

/// <summary>
/// <c>run [SCENARIO.json | --builtin NAME] [--seed S] [--runs R|auto] [--precision X] [--max-runs N] [--months M] [--out DIR]
/// [--per-run FILE] [--json] [--discount-rate R] [--cluster CONNECTION [--batch-runs N]]</c>: Monte Carlo of one scenario (docs/simulator.md); without a scenario, the built-in default.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo?>("SCENARIO.json") { Description = "Scenario file (JSON).", Arity = ArgumentArity.ZeroOrOne };
        var builtin = SimulationCli.Builtin();
        var seed = SimulationCli.Seed();
        var runs = SimulationCli.Runs();
        var precision = SimulationCli.Precision();
        var maxRuns = SimulationCli.MaxRuns();
        var months = SimulationCli.Months();
        var output = new Option<DirectoryInfo?>("--out") { Description = "Write monthly.csv, monthly.json and PNG charts into this directory." };
        var perRun = SimulationCli.PerRun();
        var json = CommonOptions.Json();
        var discount = SimulationCli.DiscountRate();
        var cluster = SimulationCli.Cluster();
        var batchRuns = SimulationCli.BatchRuns();
        var command = new Command("run", $"Simulate a scenario (default: built-in '{BuiltInScenarios.DefaultName}').")
        {
            file, builtin, seed, runs, precision, maxRuns, months, output, perRun, json, discount, cluster, batchRuns,
        };
        SimulationCli.RequireAutoForPrecision(command, runs, precision, maxRuns);
        command.SetAction((result, cancellationToken) => CliErrors.GuardedAsync(() => Run(
            result.GetValue(file), result.GetValue(builtin),
            SimulationCli.OnCluster(
                SimulationCli.Options(result.GetValue(seed), result.GetValue(runs), result.GetValue(months), result.GetValue(precision), result.GetValue(maxRuns)),
                result.GetValue(cluster), result.GetValue(batchRuns)) with { Cancellation = cancellationToken },
            result.GetValue(output), result.GetValue(perRun), result.GetValue(json), result.GetValue(discount)), cancellationToken));
        return command;
    }

    private static int Run(FileInfo? file, string? builtin, SimulationCli.RunPlan plan, DirectoryInfo? output, FileInfo? perRun, bool json, double discountRate)
    {
        if (file is not null && builtin is not null)
        {
            throw new CliInputException("Give either a scenario file or --builtin, not both.");
        }

        var scenario = file is not null
            ? ScenarioJson.Parse(File.ReadAllText(file.FullName))
            : BuiltInScenarios.Named(builtin ?? BuiltInScenarios.DefaultName);
        plan.EnsureFits([scenario]);
        var result = SimulationCli.WithProgress([(scenario.Name, plan.MaxRuns)], report => plan.Run(scenario, done => report(0, done)));
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(RunReport.From(result, scenario, discountRate), SimulationJsonContext.Default.RunReport));
        }
        else
        {
            SimulationCli.RenderSummary(result, scenario);
            SimulationCli.RenderBusiness(RunReport.From(result, scenario, discountRate));
        }

        if (output is not null)
        {
            foreach (var path in SimulationFiles.WriteRun(result, output))
            {
                Console.Error.WriteLine($"wrote {path}");
            }
        }

        if (perRun is not null)
        {
            Console.Error.WriteLine($"wrote {SimulationFiles.WritePerRun([result], perRun)}");
        }

        return 0;
    }
}
