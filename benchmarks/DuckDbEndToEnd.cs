using System.Globalization;
using DuckDB.NET.Data;

namespace SalesDomain.Benchmarks;

/// <summary>
/// The peer of <c>segment --transactions FILE</c>: DuckDB reads the CSV (<c>read_csv</c>, its parallel reader, two
/// threads) and one SQL query applies the same rules — the 12 complete months before the latest sale, ABC by revenue
/// with 80 %/95 % thresholds, equal totals in the class of the first of them (the sum of the strictly larger totals
/// decides), XYZ by n·Σa² − S² ≤ t²·S² with X ≤ 0.10, Y ≤ 0.25, totals ≤ 0 in C and Z. Returns the nine cell counts.
/// </summary>
internal static class DuckDbEndToEnd
{
    public static int[] Run(string path)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var threads = connection.CreateCommand())
        {
            threads.CommandText = "SET threads = 2";
            threads.ExecuteNonQuery();
        }

        using var command = connection.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $$"""
            WITH cm AS (
              SELECT client_id, date_trunc('month', date) AS month, max(date) AS last_date, sum(amount) AS amount
              FROM read_csv('{{path.Replace("'", "''", StringComparison.Ordinal)}}', header = true,
                            columns = {'client_id': 'VARCHAR', 'date': 'DATE', 'amount': 'DECIMAL(18,2)'})
              GROUP BY ALL),
            w AS (
              SELECT CASE WHEN d = last_day(d) THEN date_trunc('month', d) ELSE date_trunc('month', d) - INTERVAL 1 MONTH END AS last_month
              FROM (SELECT max(last_date) AS d FROM cm)),
            t AS (
              SELECT client_id,
                     coalesce(sum(amount * 100) FILTER (WHERE month > last_month - INTERVAL 12 MONTH AND month <= last_month), 0)::BIGINT AS total,
                     coalesce(sum((amount * 100)::DOUBLE * (amount * 100)::DOUBLE) FILTER (WHERE month > last_month - INTERVAL 12 MONTH AND month <= last_month), 0) AS q
              FROM cm, w GROUP BY client_id),
            r AS (
              SELECT total, q,
                     coalesce(sum(CASE WHEN total > 0 THEN total ELSE 0 END)
                       OVER (ORDER BY total DESC RANGE BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before,
                     sum(CASE WHEN total > 0 THEN total ELSE 0 END) OVER () AS positive
              FROM t)
            SELECT (CASE WHEN total <= 0 THEN 2 WHEN before * 100 < 80 * positive THEN 0 WHEN before * 100 < 95 * positive THEN 1 ELSE 2 END) * 3
                 + (CASE WHEN total <= 0 THEN 2
                         WHEN 12 * q - total::DOUBLE * total <= 0.01 * total::DOUBLE * total THEN 0
                         WHEN 12 * q - total::DOUBLE * total <= 0.0625 * total::DOUBLE * total THEN 1 ELSE 2 END) AS cell,
                   count(*) AS clients
            FROM r GROUP BY cell
            """);
        var counts = new int[9];
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            counts[Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture)] = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
        }

        return counts;
    }
}
