using SalesDomain.Csv;

namespace SalesDomain.Simulator.Commands;

/// <summary>Turns input failures into a clear message on stderr and a non-zero exit code.</summary>
internal static class CliErrors
{
    /// <summary>Exit code for input that cannot be read.</summary>
    public const int InputError = 1;

    /// <summary>Runs <paramref name="body"/>; reports unreadable input instead of a stack trace.</summary>
    public static int Guarded(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvImportException
                                      or ArgumentException or FormatException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine($"error: {MessageOf(e)}");
            return InputError;
        }
    }

    /// <summary>
    /// The exception's message without the "(Parameter 'name')" and "Actual value was …" parts that .NET appends for
    /// developers (SalesDomain's own messages already name the value).
    /// </summary>
    private static string MessageOf(Exception e) => e is ArgumentException { ParamName: { } name } a
        ? a.Message.Split('\n')[0].Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal).TrimEnd()
        : e.Message;
}
