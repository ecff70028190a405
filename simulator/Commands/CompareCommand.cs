using System.CommandLine;
using System.Text.Json;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulator.Localization;
using Spectre.Console;

namespace SalesDomain.Simulator.Commands;

/// <summary>
/// <c>compare A B [C ...] [--runs R|auto] [--precision X] [--per-run FILE] [--cluster CONNECTION]</c>: several scenarios (files or built-in names)
/// on common random numbers; differences to the first, paired per replication, with bands, confidence intervals and
/// P(Δ &gt; 0) (docs/simulator.md).
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
        var precision = SimulationCli.Precision();
        var maxRuns = SimulationCli.MaxRuns();
        var months = SimulationCli.Months();
        var perRun = SimulationCli.PerRun();
        var json = CommonOptions.Json();
        var discount = SimulationCli.DiscountRate();
        var cluster = SimulationCli.Cluster();
        var batchRuns = SimulationCli.BatchRuns();
        var command = new Command("compare", "Compare scenarios on common random numbers.")
        {
            scenarios, seed, runs, precision, maxRuns, months, perRun, json, discount, cluster, batchRuns,
        };
        SimulationCli.RequireAutoForPrecision(command, runs, precision, maxRuns);
        command.SetAction((result, cancellationToken) => CliErrors.GuardedAsync(() => Run(
            result.GetRequiredValue(scenarios),
            SimulationCli.OnCluster(
                SimulationCli.Options(result.GetValue(seed), result.GetValue(runs), result.GetValue(months), result.GetValue(precision), result.GetValue(maxRuns)),
                result.GetValue(cluster), result.GetValue(batchRuns)) with { Cancellation = cancellationToken },
            result.GetValue(perRun), result.GetValue(json), result.GetValue(discount)), cancellationToken));
        return command;
    }

    private static int Run(string[] names, SimulationCli.RunPlan plan, FileInfo? perRun, bool json, double discountRate)
    {
        var scenarios = names.Select(SimulationCli.Load).ToList();
        plan.EnsureFits(scenarios);
        var comparison = SimulationCli.WithProgress([.. scenarios.Select(s => (s.Name, plan.MaxRuns))], report => plan.Compare(scenarios, report));
        var results = comparison.Results;
        var options = plan.Options;
        if (perRun is not null)
        {
            Console.Error.WriteLine($"wrote {SimulationFiles.WritePerRun(results, perRun)}");
        }

        if (json)
        {
            var report = CompareReport.From(comparison, scenarios, discountRate);
            Console.Out.WriteLine(JsonSerializer.Serialize(report, SimulationJsonContext.Default.CompareReport));
            return 0;
        }

        var table = new Table()
            .Title(Words.F(
                "{0} months, {1:N0} runs, seed {2}: {3}; Δ = paired difference to {4}, P(Δ>0) = Φ(mean ÷ se)",
                results[0].Months, results[0].Runs, options.Seed, SimulationCli.Legend, Markup.Escape(results[0].Scenario)))
            .AddColumn(Words.T("metric"));
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
            var row = new List<string> { SimulationCli.Label(metric) };
            for (var k = 0; k < results.Count; k++)
            {
                var notApplicable = SimulationCli.NotApplicable(scenarios[k]).Contains(metric);
                row.Add(notApplicable ? Words.T("n/a") : SimulationCli.Text(stock ? results[k].Final(metric) : results[k].Total(metric), format));
                if (k > 0)
                {
                    var na = notApplicable || SimulationCli.NotApplicable(scenarios[0]).Contains(metric);
                    row.Add(na ? Words.T("n/a") : SimulationCli.Text(stock ? comparison.FinalPaired(k, metric) : comparison.TotalPaired(k, metric), format));
                }
            }

            table.AddRow([.. row.Select(Markup.Escape)]);
        }

        AnsiConsole.Write(table);
        return 0;
    }
}
