using System.Diagnostics;
using SalesDomain.Segmentation.Columnar;

namespace SalesDomain.Benchmarks;

/// <summary>
/// One timed run of each large-segmentation method on the same table: prints the nine cell counts, the time, the
/// managed bytes allocated and the process's peak working set, and fails when the methods' counts differ.
/// </summary>
internal static class SegmentationCheck
{
    public static int Run(int clients, bool fastOnly)
    {
        const int months = 24;
        var cents = RevenueData.Create(clients, months, seed: 42);
        var matrix = new RevenueMatrix(cents, clients, months);
        Report("input", () => new int[9], cents.LongLength * sizeof(long));
        Report("MemoryScan", () => [(int)(MemoryScanner.Sum(cents) % 1000)], 0);
        var fast = Report("SalesDomainAbcXyz", () => [.. ColumnarSegmentation.Segment(matrix).Matrix.Cells.Select(c => c.Clients)], 0);
        for (var r = 0; r < 5; r++) { fast = Report("SalesDomainAbcXyz (again)", () => [.. ColumnarSegmentation.Segment(matrix).Matrix.Cells.Select(c => c.Clients)], 0); Report("MemoryScan", () => [(int)(MemoryScanner.Sum(cents) % 1000)], 0); }
        if (fastOnly)
        {
            return 0;
        }

        var linq = Report("NaiveLinq", () => NaiveLinqSegmentation.Run(cents, clients, months), 0);
        using var duck = new DuckDbSegmentation(cents, clients, months);
        var sql = Report("DuckDbSql", duck.Run, 0);
        var same = fast.SequenceEqual(linq) && fast.SequenceEqual(sql);
        Console.WriteLine(same ? "counts agree" : "COUNTS DIFFER");
        return same ? 0 : 1;
    }

    private static int[] Report(string name, Func<int[]> run, long inputBytes)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var counts = run();
        watch.Stop();
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(
            $"{name,-28} {watch.Elapsed.TotalMilliseconds,10:F1} ms  cpu {(process.TotalProcessorTime - cpu).TotalMilliseconds,8:F1} ms  allocated {bytes / 1e6,9:F1} MB  input {inputBytes / 1e6,8:F1} MB  " +
            $"peak working set {process.PeakWorkingSet64 / 1e6,9:F1} MB  cells [{string.Join(", ", counts)}]");
        return counts;
    }
}
