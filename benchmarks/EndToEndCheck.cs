using System.Diagnostics;
using SalesDomain.Calendar;
using SalesDomain.Csv;
using SalesDomain.Simulator.Commands;

namespace SalesDomain.Benchmarks;

/// <summary>
/// One timed run per round of each method of <see cref="EndToEndSegmentationBenchmark"/> with wall and process CPU
/// time, checking that SalesDomain and DuckDB give the same nine cell counts; fails when they differ.
/// </summary>
internal static class EndToEndCheck
{
    public static int Run(int clients, int rounds)
    {
        var plain = TransactionExport.Create(clients, 24, seed: 42, oneC: false);
        var oneC = TransactionExport.Create(clients, 24, seed: 42, oneC: true);
        Console.WriteLine($"{plain}: {new FileInfo(plain).Length / 1e6:F0} MB; {oneC}: {new FileInfo(oneC).Length / 1e6:F0} MB");
        var ok = true;
        for (var round = 0; round < rounds; round++)
        {
            var lines = Time("raw read", () => RawFileRead.Lines(plain));
            var ours = Time("SalesDomain", () => Counts(plain));
            var ones = Time("SalesDomain 1C", () => Counts(oneC));
            var duck = Time("DuckDB", () => DuckDbEndToEnd.Run(plain));
            Console.WriteLine($"  lines {lines:N0}; cells {string.Join(' ', ours)} | 1C {string.Join(' ', ones)} | DuckDB {string.Join(' ', duck)}");
            ok &= ours.SequenceEqual(duck) && ones.SequenceEqual(ours);
        }

        Console.WriteLine(ok ? "the counts agree" : "THE COUNTS DIFFER");
        return ok ? 0 : 1;
    }

    private static int[] Counts(string path)
    {
        var import = MonthlyRevenueCsvImporter.TryImportFile(path) ?? throw new InvalidOperationException($"{path} was left to the general importer.");
        var report = SegmentCommand.FastReport(import, asOf: null, _ => AnalysisWindowRule.Default);
        _ = CommandOutput.Json(report, SegmentJsonContext.Default.SegmentReport);
        return [.. report.Matrix.Values];
    }

    private static T Time<T>(string name, Func<T> run)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = run();
        watch.Stop();
        process.Refresh();
        Console.WriteLine($"{name,-16} {watch.Elapsed.TotalMilliseconds,9:F0} ms  cpu {(process.TotalProcessorTime - cpu).TotalMilliseconds,8:F0} ms");
        return result;
    }
}
