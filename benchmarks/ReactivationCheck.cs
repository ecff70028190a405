using System.Diagnostics;
using SalesDomain.Csv;
using SalesDomain.Model;
using SalesDomain.Reactivation;

namespace SalesDomain.Benchmarks;

/// <summary>
/// One timed run per round of each stage of the reactivation list (histories, summaries, fit, the whole list) on CDNOW
/// and on a generated base, to see where the time goes without a full BenchmarkDotNet job.
/// </summary>
internal static class ReactivationCheck
{
    public static int Run(int clients)
    {
        var cdnow = ClientBase.FromSales(TransactionCsvImporter.ImportFile(ReactivationBenchmark.RepositoryFile("tests/data/cdnow/CDNOW_master.csv")).Accepted);
        var asOf = new DateOnly(1998, 6, 30);
        var generated = clients > 0 ? ReactivationBenchmark.MillionClients(clients, seed: 17) : null;
        for (var round = 0; round < 5; round++)
        {
            Stages("CDNOW", cdnow, asOf);
            if (generated is not null)
            {
                Stages($"{clients:N0}", generated, new DateOnly(2024, 12, 31));
            }
        }

        return 0;
    }

    private static void Stages(string name, ClientBase clientBase, DateOnly asOf)
    {
        var histories = Time($"{name} histories", () => PurchaseHistory.Of(clientBase, asOf));
        var rfms = Time($"{name} summaries", () => histories.Select(h => h.ToRfm(asOf, 7d)).ToArray());
        var fit = Time($"{name} fit", () => BgNbdFitter.Fit(rfms));
        var list = Time($"{name} list", () => ReactivationList.Build(clientBase, asOf));
        Console.WriteLine(
            $"    r={fit.Model.R:G6} alpha={fit.Model.Alpha:G6} a={fit.Model.A:G6} b={fit.Model.B:G6} lnL={fit.LogLikelihood:F3} evals={fit.Evaluations} overdue={list.OverdueCount}");
    }

    private static T Time<T>(string name, Func<T> run)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = run();
        watch.Stop();
        process.Refresh();
        Console.WriteLine($"{name,-28} {watch.Elapsed.TotalMilliseconds,10:F1} ms  cpu {(process.TotalProcessorTime - cpu).TotalMilliseconds,8:F0} ms");
        return result;
    }
}
