using System.Globalization;
using System.Text;
using SalesDomain.Csv;

namespace SalesDomain.Benchmarks;

/// <summary>
/// A deterministic CRM export of <c>client_id,date,amount</c> rows in date order (docs/performance.md, "Export to
/// segments"): clients × months, 60 % of clients buy every month (1–3 rows), 40 % in half the months (1–2 rows),
/// lognormal amounts in cents, 2 % of rows returns. 330,000 clients × 24 months give about 10.4M rows (≈ 275 MB).
/// Written to a file (in /tmp), plain UTF-8 or as a 1C export (Windows-1251, title block, Russian header,
/// semicolons, <c>dd.MM.yyyy H:mm:ss</c>, <c>1 234,50</c>, CRLF).
/// </summary>
internal static class TransactionExport
{
    /// <summary>Writes the file unless it exists already with the same name (the name carries every parameter); returns its path.</summary>
    public static string Create(int clients, int months, int seed, bool oneC)
    {
        var path = Path.Combine(Path.GetTempPath(), $"salesdomain-export-{clients}x{months}-s{seed}{(oneC ? "-1c" : string.Empty)}.csv");
        if (File.Exists(path))
        {
            return path;
        }

        var temporary = path + ".part";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            var encoding = oneC ? ImportEncodings.Windows1251 : new UTF8Encoding(false);
            using var writer = new StreamWriter(stream, encoding, 1 << 20);
            writer.NewLine = oneC ? "\r\n" : "\n";
            writer.WriteLine(oneC ? "Продажи по контрагентам;;" : "client_id,date,amount");
            if (oneC)
            {
                writer.WriteLine("Период: 01.01.2024 - 31.12.2025;;");
                writer.WriteLine("Контрагент;Дата;Сумма");
            }

            foreach (var (client, date, cents) in Rows(clients, months, seed))
            {
                if (oneC)
                {
                    var whole = Math.Abs(cents) / 100;
                    var grouped = whole >= 1000 ? $"{whole / 1000}\u00A0{whole % 1000:D3}" : $"{whole}";
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ООО Клиент {client};{date:dd.MM.yyyy} 10:15:00;{(cents < 0 ? "-" : string.Empty)}{grouped},{Math.Abs(cents) % 100:D2}"));
                }
                else
                {
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"c{client},{date:yyyy-MM-dd},{(cents < 0 ? "-" : string.Empty)}{Math.Abs(cents) / 100}.{Math.Abs(cents) % 100:D2}"));
                }
            }
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>The rows, month by month, each month's rows in day order.</summary>
    public static IEnumerable<(int Client, DateOnly Date, long Cents)> Rows(int clients, int months, int seed)
    {
        var random = new Random(seed);
        var intermittent = new bool[clients];
        for (var c = 0; c < clients; c++)
        {
            intermittent[c] = random.NextDouble() < 0.4;
        }

        var start = new DateOnly(2024, 1, 1);
        var day = new List<(int Client, long Cents)>[31];
        for (var d = 0; d < day.Length; d++)
        {
            day[d] = [];
        }

        for (var m = 0; m < months; m++)
        {
            var month = start.AddMonths(m);
            var days = DateTime.DaysInMonth(month.Year, month.Month);
            for (var c = 0; c < clients; c++)
            {
                if (intermittent[c] && random.NextDouble() < 0.5)
                {
                    continue;
                }

                var rows = 1 + (random.NextDouble() < (intermittent[c] ? 0.3 : 0.6) ? 1 : 0) + (!intermittent[c] && random.NextDouble() < 0.15 ? 1 : 0);
                for (var r = 0; r < rows; r++)
                {
                    var cents = RevenueData.Cents(random);
                    day[random.Next(days)].Add((c, random.NextDouble() < 0.02 ? -cents / 2 : cents));
                }
            }

            for (var d = 0; d < days; d++)
            {
                foreach (var (client, cents) in day[d])
                {
                    yield return (client, month.AddDays(d), cents);
                }

                day[d].Clear();
            }
        }
    }
}
