using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SalesDomain.Csv;

namespace SalesDomain.Simulator.Commands;

/// <summary>How commands report rejected input rows and write their report (JSON or tables).</summary>
internal static class CommandOutput
{
    /// <summary>Writes each rejected row of <paramref name="import"/> to stderr, naming the file.</summary>
    public static void ReportRejected<T>(FileInfo file, ImportResult<T> import)
    {
        foreach (var row in import.Rejected)
        {
            Console.Error.WriteLine($"rejected {file.Name} {row}");
        }
    }

    /// <summary>Writes the report as one JSON object to stdout, or renders it as tables; returns exit code 0.</summary>
    public static int Write<TReport>(TReport report, JsonTypeInfo<TReport> jsonInfo, bool json, Action<TReport> render)
    {
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(report, jsonInfo));
        }
        else
        {
            render(report);
        }

        return 0;
    }
}
