using System.Globalization;
using System.Text;
using SalesDomain.Calendar;
using SalesDomain.Csv;
using SalesDomain.Model;
using SalesDomain.Segmentation;
using SalesDomain.Simulator.Commands;

namespace SalesDomain.Simulator.Tests.Commands;

/// <summary>
/// <c>segment</c> by revenue through the per-month sums and the columnar kernel gives the very JSON of the record-level
/// path (docs/performance.md): counts, values with their decimals, shares, rejected rows with their lines and reasons.
/// </summary>
public sealed class SegmentFastPathTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("segment-fast-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string?, string> Windows => new()
    {
        { null, "default" },
        { "1998-06-30", "default" },
        { null, "whole" },
        { "1997-09-15", "between" },
    };

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(Windows))]
    public void Cdnow_GivesTheRecordLevelJson(string? asOf, string window)
        => AssertSameJson(TestData.PathOf("cdnow/CDNOW_master.csv"), asOf, window);

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void GeneratedFiles_WithReturnsTiesAndBadRows_GiveTheRecordLevelJson(int seed, bool oneC)
    {
        var path = Path.Combine(_dir, $"sales-{seed}.csv");
        Write(path, seed, oneC);
        foreach (var (asOf, window) in new[] { ((string?)null, "default"), ("2025-03-10", "default"), (null, "whole"), ("2024-12-31", "between") })
        {
            AssertSameJson(path, asOf, window);
        }
    }

    [Theory]
    [InlineData("client_id,date,amount\n\"a\",2024-01-05,10\nb,2024-01-06,5\n")]
    [InlineData("client_id,date,amount\na,2024-01-05,10.125\nb,2024-01-06,5\n")]
    [InlineData("client_id,date,amount\ra,2024-01-05,10\rb,2024-01-06,5\r")]
    [InlineData("PK\u0003\u0004")]
    public void FilesItCannotReadWithCertainty_AreLeftToTheGeneralImporter(string content)
    {
        var path = Path.Combine(_dir, "left.csv");
        File.WriteAllText(path, content);

        Assert.Null(MonthlyRevenueCsvImporter.TryImportFile(path));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void TheResult_DoesNotDependOnTheNumberOfThreads()
    {
        var path = Path.Combine(_dir, "threads.csv");
        Write(path, seed: 5, oneC: false, clients: 12_000); // several blocks of 4 MiB

        var one = MonthlyRevenueCsvImporter.TryImportFile(path, maxDegreeOfParallelism: 1)!;
        var four = MonthlyRevenueCsvImporter.TryImportFile(path, maxDegreeOfParallelism: 4)!;

        Assert.Equal(one.ClientIds.ToArray(), four.ClientIds.ToArray());
        Assert.Equal(one.Rejected.ToArray(), four.Rejected.ToArray());
        var window = new AnalysisWindow(new SalesMonth(2023, 1), new SalesMonth(2025, 6));
        Assert.Equal(one.TryWindow(window, out var s1)!.Cents.ToArray(), four.TryWindow(window, out var s4)!.Cents.ToArray());
        Assert.Equal(s1, s4);
    }

    private static void AssertSameJson(string path, string? asOf, string window)
    {
        var file = new FileInfo(path);
        var date = asOf is null ? (DateOnly?)null : DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Func<DateOnly, AnalysisWindowRule> rule = window switch
        {
            "whole" => _ => AnalysisWindowRule.WholeHistory,
            "between" => d => AnalysisWindowRule.Between(SalesMonth.Of(d).AddMonths(-17), SalesMonth.Of(d).AddMonths(-1)),
            _ => _ => AnalysisWindowRule.Default,
        };

        var fast = MonthlyRevenueCsvImporter.TryImportFile(path);
        Assert.NotNull(fast);
        var fastJson = CommandOutput.Json(SegmentCommand.FastReport(fast, date, rule), SegmentJsonContext.Default.SegmentReport);

        var import = TransactionCsvImporter.ImportFile(path);
        var clientBase = ClientBase.FromSales(import.Accepted);
        var end = date ?? import.Accepted.Max(s => s.Date);
        var result = new SegmentationAnalyzer(SegmentationOptions.Default with { Window = rule(end) }).Analyze(clientBase, end);
        var recordJson = CommandOutput.Json(SegmentReport.From(clientBase, result, AbcMeasure.Revenue, date, import), SegmentJsonContext.Default.SegmentReport);

        Assert.Equal(recordJson, fastJson);
        Assert.Equal(import.Summary, fast.Summary);
    }

    /// <summary>
    /// A deterministic export over 2023-01..2025-03: whole, one- and two-decimal amounts, returns and rows cancelling
    /// a sale, clients with equal totals, blank lines and bad rows (empty id, bad date, bad amount, extra fields); as
    /// plain CSV or as a 1C export (Windows-1251, title block, semicolons, dd.MM.yyyy H:mm:ss, 1 234,50).
    /// </summary>
    private static void Write(string path, int seed, bool oneC, int clients = 400)
    {
        var random = new Random(seed);
        var rows = new List<(DateOnly Date, string Line)>();
        var start = new DateOnly(2023, 1, 1);
        for (var c = 0; c < clients; c++)
        {
            var id = oneC ? $"ООО Клиент {c:D4}" : $"c{c:D5}";
            var twin = c % 17 == 0; // the same amounts as the previous client: equal totals
            var rng = twin ? new Random(seed * 1000 + c - 1) : new Random(seed * 1000 + c);
            for (var m = 0; m < 27; m++)
            {
                if (rng.NextDouble() < 0.3)
                {
                    continue;
                }

                var date = start.AddMonths(m).AddDays(rng.Next(28));
                var cents = (long)(Math.Exp(6 + rng.NextDouble() * 3) * 100);
                var decimals = rng.Next(3);
                cents = decimals == 0 ? cents / 100 * 100 : decimals == 1 ? cents / 10 * 10 : cents;
                rows.Add((date, Line(id, date, cents, decimals, oneC)));
                if (rng.NextDouble() < 0.1)
                {
                    rows.Add((date, Line(id, date, -cents, decimals, oneC))); // cancelled the same day
                }
                else if (rng.NextDouble() < 0.1)
                {
                    rows.Add((date.AddDays(1), Line(id, date.AddDays(1), -cents / 3, 2, oneC))); // a return
                }
            }
        }

        rows.Sort((x, y) => x.Date.CompareTo(y.Date)); // date order, as a CRM writes it
        var d = oneC ? ';' : ',';
        var bad = new[] { $"{d}2024-01-01{d}10", $"x{d}2024-13-01{d}10", $"y{d}2024-01-01{d}ten", $"z{d}2024-01-01{d}1{d}2{d}3", $"{d}{d}", string.Empty };
        var text = new StringBuilder();
        text.Append(oneC ? "Продажи за период;;\nКонтрагент;Дата;Сумма\n" : "client_id,date,amount\n");
        for (var i = 0; i < rows.Count; i++)
        {
            text.Append(rows[i].Line).Append('\n');
            if (random.NextDouble() < 0.01)
            {
                text.Append(bad[random.Next(bad.Length)]).Append('\n');
            }
        }

        File.WriteAllBytes(path, oneC ? ImportEncodings.Windows1251.GetBytes(text.ToString()) : Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static readonly NumberFormatInfo OneCNumbers = new() { NumberGroupSeparator = " ", NumberDecimalSeparator = "," };

    private static string Line(string id, DateOnly date, long cents, int decimals, bool oneC)
    {
        var amount = cents / 100m;
        var text = amount.ToString(decimals == 0 ? "0" : decimals == 1 ? "0.0" : "0.00", CultureInfo.InvariantCulture);
        return oneC
            ? $"{id};{date:dd.MM.yyyy} 10:15:00;{amount.ToString(decimals == 0 ? "#,0" : decimals == 1 ? "#,0.0" : "#,0.00", OneCNumbers)}"
            : $"{id},{date:yyyy-MM-dd},{text}";
    }
}
