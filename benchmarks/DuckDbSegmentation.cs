using System.Globalization;
using DuckDB.NET.Data;

namespace SalesDomain.Benchmarks;

/// <summary>
/// ABC + XYZ in DuckDB SQL with window functions over a wide table <c>revenue(id, m0 … m(n−1))</c> of cents. Loading
/// is separate from the query so that a benchmark can time the query alone. Returns the nine cell counts AX … CZ.
/// </summary>
internal sealed class DuckDbSegmentation : IDisposable
{
    private readonly DuckDBConnection _connection = new("DataSource=:memory:");
    private readonly string _query;

    public DuckDbSegmentation(long[] cents, int clients, int months)
    {
        _connection.Open();
        Execute("SET threads = 2");
        var columns = Enumerable.Range(0, months).Select(m => $"m{m}").ToArray();
        Execute($"CREATE TABLE revenue (id INTEGER, {string.Join(", ", columns.Select(c => c + " BIGINT"))})");
        using (var appender = _connection.CreateAppender("revenue"))
        {
            for (var i = 0; i < clients; i++)
            {
                var row = appender.CreateRow().AppendValue(i);
                for (var m = 0; m < months; m++)
                {
                    row.AppendValue(cents[((long)i * months) + m]);
                }

                row.EndRow();
            }
        }

        var total = string.Join(" + ", columns);
        var squares = string.Join(" + ", columns.Select(c => $"{c}::DOUBLE * {c}"));
        _query = string.Create(CultureInfo.InvariantCulture, $"""
            WITH t AS (SELECT id, {total} AS total, {squares} AS q FROM revenue),
            r AS (
              SELECT id, total, q,
                     coalesce(sum(CASE WHEN total > 0 THEN total ELSE 0 END)
                       OVER (ORDER BY total DESC, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before,
                     sum(CASE WHEN total > 0 THEN total ELSE 0 END) OVER () AS positive
              FROM t)
            SELECT (CASE WHEN total <= 0 THEN 2 WHEN before < 0.80 * positive THEN 0 WHEN before < 0.95 * positive THEN 1 ELSE 2 END) * 3
                 + (CASE WHEN total <= 0 THEN 2
                         WHEN {months} * q - total::DOUBLE * total <= 0.01 * total::DOUBLE * total THEN 0
                         WHEN {months} * q - total::DOUBLE * total <= 0.0625 * total::DOUBLE * total THEN 1 ELSE 2 END) AS cell,
                   count(*) AS clients
            FROM r GROUP BY cell
            """);
    }

    public int[] Run()
    {
        var counts = new int[9];
        using var command = _connection.CreateCommand();
        command.CommandText = _query;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            counts[Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture)] = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
