using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SalesDomain.Csv;

namespace SalesDomain.Simulator.Commands;

/// <summary>How commands report rejected input rows and write their report (JSON or tables).</summary>
internal static class CommandOutput
{
    /// <summary>Writes each rejected row of <paramref name="import"/> to stderr, naming the file.</summary>
    public static void ReportRejected<T>(FileInfo file, ImportResult<T> import) => ReportRejected(file, import.Rejected);

    /// <summary>Writes each rejected row to stderr, naming the file.</summary>
    public static void ReportRejected(FileInfo file, IEnumerable<RejectedRow> rejected)
    {
        foreach (var row in rejected)
        {
            Console.Error.WriteLine($"rejected {file.Name} {row}");
        }
    }

    /// <summary>Writes the report as one JSON object to stdout, or renders it as tables; returns exit code 0.</summary>
    public static int Write<TReport>(TReport report, JsonTypeInfo<TReport> jsonInfo, bool json, Action<TReport> render)
    {
        if (json)
        {
            Console.Out.WriteLine(Json(report, jsonInfo));
        }
        else
        {
            render(report);
        }

        return 0;
    }

    /// <summary>
    /// The report as indented JSON with Cyrillic and other non-ASCII text written as itself (not as \u escapes), so
    /// that client names from a 1C export stay readable; the output goes to a terminal or a file, never into HTML.
    /// </summary>
    public static string Json<TReport>(TReport report, JsonTypeInfo<TReport> jsonInfo)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            JsonSerializer.Serialize(writer, report, jsonInfo);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
