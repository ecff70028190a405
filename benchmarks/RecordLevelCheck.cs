using SalesDomain.Calendar;
using System.Diagnostics;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Benchmarks;

/// <summary>
/// The record-level API at scale: builds a <see cref="ClientBase"/> of <c>clients</c> clients with one sale in each of
/// 24 months (24 sale rows per client), then times <see cref="SegmentationAnalyzer.Analyze"/> a few times, printing
/// wall and CPU time, managed bytes allocated and the process's peak working set.
/// </summary>
internal static class RecordLevelCheck
{
    public static int Run(int clients)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(42);
        var start = new DateOnly(2024, 1, 1);
        var list = new Client[clients];
        var sales = new Sale[clients * 24];
        for (var c = 0; c < clients; c++)
        {
            var id = $"c{c}";
            list[c] = new Client(id) { HasContract = true };
            for (var m = 0; m < 24; m++)
            {
                sales[(c * 24) + m] = new Sale(id, start.AddMonths(m).AddDays(random.Next(28)), RevenueData.Cents(random) / 100m);
            }
        }

        Console.WriteLine($"records built in {watch.Elapsed.TotalSeconds:F1} s");
        watch.Restart();
        var clientBase = new ClientBase(list, [], sales, []);
        Console.WriteLine($"ClientBase built in {watch.Elapsed.TotalSeconds:F1} s; heap {GC.GetTotalMemory(true) / 1e6:F0} MB");
        var analyzer = new SegmentationAnalyzer();
        watch.Restart();
        var window = new AnalysisWindow(SalesMonth.Of(start), SalesMonth.Of(start).AddMonths(23));
        var abc = AbcAnalysis.Classify(clientBase, window);
        Console.WriteLine($"  ABC {watch.Elapsed.TotalSeconds:F2} s");
        watch.Restart();
        var xyz = XyzAnalysis.Classify(clientBase, window);
        Console.WriteLine($"  XYZ {watch.Elapsed.TotalSeconds:F2} s");
        watch.Restart();
        AbcXyzMatrix.Build(abc, xyz);
        Console.WriteLine($"  matrix {watch.Elapsed.TotalSeconds:F2} s");
        for (var round = 0; round < 3; round++)
        {
            using var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            watch.Restart();
            var result = analyzer.Analyze(clientBase);
            watch.Stop();
            process.Refresh();
            Console.WriteLine(
                $"Analyze {watch.Elapsed.TotalSeconds,6:F2} s  cpu {(process.TotalProcessorTime - cpu).TotalSeconds,6:F2} s  " +
                $"allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6,7:F0} MB  peak working set {process.PeakWorkingSet64 / 1e6,7:F0} MB  " +
                $"cells [{string.Join(", ", result.Matrix.Cells.Select(c => c.Clients))}]");
        }

        return 0;
    }
}
