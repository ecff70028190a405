using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using SalesDomain.Csv;

namespace SalesDomain.Benchmarks;

/// <summary>
/// Import of <c>client_id,date,amount</c> transactions (docs/import.md, docs/performance.md): the Sep-based
/// <see cref="TransactionCsvImporter"/> (one <see cref="Model.Sale"/> per row) and <see cref="RevenueMatrixCsvImporter"/>
/// (straight into a revenue matrix) against the CsvHelper importer the former replaced. The file is UTF-8 in memory;
/// each row is a client's monthly purchase (24 months per client), amounts lognormal in cents. The same rows are also
/// imported as a 1C export (Windows-1251 bytes detected, title block, Russian headers, semicolons,
/// <c>dd.MM.yyyy H:mm:ss</c>, <c>1 234,50</c>) and as an .xlsx workbook (typed cells), both from a stream.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RowsPerSecondConfig))]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CsvImportBenchmark
{
    private byte[] _file = [];
    private byte[] _oneC = [];
    private byte[] _workbook = [];

    /// <summary>Number of data rows.</summary>
    [Params(1_000_000, 10_000_000)]
    public int Rows { get; set; }

    [GlobalSetup(Targets = [nameof(CsvHelper), nameof(Sep), nameof(SepRevenueMatrix)])]
    public void Setup() => _file = CreateFile(Rows, seed: 42);

    [GlobalSetup(Target = nameof(OneCDialect))]
    public void SetupOneC() => _oneC = CreateOneCFile(Rows, seed: 42);

    [GlobalSetup(Target = nameof(Xlsx))]
    public void SetupWorkbook() => _workbook = CreateWorkbook(Rows, seed: 42);

    [Benchmark(Baseline = true)]
    public int CsvHelper() => Check(CsvHelperTransactionImporter.Import(Reader()));

    [Benchmark]
    public int Sep() => Check(TransactionCsvImporter.Import(Reader()));

    [Benchmark]
    public int SepRevenueMatrix()
    {
        var result = RevenueMatrixCsvImporter.Import(Reader(), new DateOnly(2024, 1, 1), periods: 24);
        return result.Accepted == Rows && result.Rejected.IsEmpty ? result.Accepted
            : throw new InvalidOperationException($"Import read {result.RowsRead} rows, {result.Rejected.Length} rejected.");
    }

    [Benchmark]
    public int OneCDialect() => Check(TransactionCsvImporter.Import(new MemoryStream(_oneC)));

    [Benchmark]
    public int Xlsx() => Check(TransactionCsvImporter.Import(new MemoryStream(_workbook)));

    /// <summary>A transactions file of <paramref name="rows"/> rows, 24 monthly rows per client, UTF-8.</summary>
    public static byte[] CreateFile(int rows, int seed)
    {
        var text = new StringBuilder(rows * 32).Append("client_id,date,amount\n");
        foreach (var (client, date, cents) in Generate(rows, seed))
        {
            text.Append(CultureInfo.InvariantCulture, $"c{client},{date:yyyy-MM-dd},{cents / 100}.{cents % 100:D2}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The same rows as a 1C report saved as CSV: Windows-1251, title block, Russian headers, CRLF.</summary>
    public static byte[] CreateOneCFile(int rows, int seed)
    {
        var text = new StringBuilder(rows * 48).Append("Продажи по контрагентам;;\r\nПериод: 01.01.2024 - 31.12.2025;;\r\nКонтрагент;Дата;Сумма\r\n");
        foreach (var (client, date, cents) in Generate(rows, seed))
        {
            var whole = cents / 100;
            var grouped = whole >= 1000 ? $"{whole / 1000}\u00A0{whole % 1000:D3}" : $"{whole}";
            text.Append(CultureInfo.InvariantCulture, $"ООО Клиент {client};{date:dd.MM.yyyy} 10:15:00;{grouped},{cents % 100:D2}\r\n");
        }

        return ImportEncodings.Windows1251.GetBytes(text.ToString());
    }

    /// <summary>The same rows as an .xlsx workbook: a title row, the header, typed date and number cells.</summary>
    public static byte[] CreateWorkbook(int rows, int seed)
    {
        var sheet = Generate(rows, seed).Select(r => new Dictionary<string, object>
        {
            ["A"] = $"ООО Клиент {r.Client}", ["B"] = r.Date.ToDateTime(TimeOnly.MinValue), ["C"] = r.Cents / 100m,
        }).Prepend(new Dictionary<string, object> { ["A"] = "Контрагент", ["B"] = "Дата", ["C"] = "Сумма" });
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, sheet, printHeader: false);
        return stream.ToArray();
    }

    private static IEnumerable<(int Client, DateOnly Date, long Cents)> Generate(int rows, int seed)
    {
        var random = new Random(seed);
        var start = new DateOnly(2024, 1, 1);
        for (var r = 0; r < rows; r++)
        {
            var date = start.AddMonths(r % 24).AddDays(random.Next(28));
            yield return (r / 24, date, RevenueData.Cents(random));
        }
    }

    private StreamReader Reader() => new(new MemoryStream(_file), Encoding.UTF8);

    private int Check(ImportResult<Model.Sale> result) =>
        result.Accepted.Length == Rows && result.Rejected.IsEmpty ? result.Accepted.Length
            : throw new InvalidOperationException($"Import read {result.Summary}, expected {Rows} accepted rows.");

    /// <summary>Adds a "Rows/s" column: the Rows parameter divided by the mean time.</summary>
    private sealed class RowsPerSecondConfig : ManualConfig
    {
        public RowsPerSecondConfig() => AddColumn(new RowsPerSecondColumn());
    }

    private sealed class RowsPerSecondColumn : IColumn
    {
        public string Id => nameof(RowsPerSecondColumn);

        public string ColumnName => "Rows/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Data rows imported per second (Rows / Mean)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var rows = Convert.ToDouble(benchmarkCase.Parameters["Rows"], CultureInfo.InvariantCulture);
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is > 0 ? (rows / (mean.Value / 1e9)).ToString("N0", CultureInfo.InvariantCulture) : "NA";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
