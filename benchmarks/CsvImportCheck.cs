using nietras.SeparatedValues;
using System.Diagnostics;
using System.Text;
using SalesDomain.Csv;

namespace SalesDomain.Benchmarks;

/// <summary>
/// One timed import of a generated transactions file by each importer per round, with rows/s of wall time and of
/// process CPU time (the latter is steadier on a shared machine; it includes the garbage collector's threads).
/// </summary>
internal static class CsvImportCheck
{
    public static int Run(int rows)
    {
        var file = CsvImportBenchmark.CreateFile(rows, seed: 42);
        var oneC = CsvImportBenchmark.CreateOneCFile(rows, seed: 42);
        var workbook = CsvImportBenchmark.CreateWorkbook(rows, seed: 42);
        for (var round = 0; round < 3; round++)
        {
            Time("SepBare", rows, () =>
            {
                using var reader = Sep.Reader(o => o with { DisableQuotesParsing = true }).From(new StreamReader(new MemoryStream(file), Encoding.UTF8));
                var n = 0;
                foreach (var row in reader)
                {
                    n += row[2].Span.Length > 0 ? 1 : 0;
                }

                return n;
            });
            Time("Sep", rows, () => TransactionCsvImporter.Import(new StreamReader(new MemoryStream(file), Encoding.UTF8)).Accepted.Length);
            Time("SepMatrix", rows, () => RevenueMatrixCsvImporter.Import(new StreamReader(new MemoryStream(file), Encoding.UTF8), new DateOnly(2024, 1, 1), 24).Accepted);
            Time("OneC", rows, () => TransactionCsvImporter.Import(new MemoryStream(oneC)).Accepted.Length);
            Time("Xlsx", rows, () => TransactionCsvImporter.Import(new MemoryStream(workbook)).Accepted.Length);
            Time("CsvHelper", rows, () => CsvHelperTransactionImporter.Import(new StreamReader(new MemoryStream(file), Encoding.UTF8)).Accepted.Length);
        }

        return 0;
    }

    private static void Time(string name, int rows, Func<int> run)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var accepted = run();
        watch.Stop();
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(
            $"{name,-10} {watch.Elapsed.TotalMilliseconds,9:F0} ms  {rows / watch.Elapsed.TotalSeconds,14:N0} rows/s  " +
            $"cpu {cpuSeconds * 1000,7:F0} ms  {rows / cpuSeconds,14:N0} rows per cpu-second  accepted {accepted}");
    }
}
