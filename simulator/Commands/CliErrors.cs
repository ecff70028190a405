using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using SalesDomain.Csv;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulator.Commands;

/// <summary>
/// Turns failures into one line on stderr and the exit codes of docs/cli.md: 1 for the documented input errors, 70 for
/// anything else (an internal error, with the details under <c>--verbose</c>). No stack trace or .NET type name reaches
/// the user unless <c>--verbose</c> asks for it.
/// </summary>
internal static partial class CliErrors
{
    /// <summary>Exit code for input that cannot be used.</summary>
    public const int InputError = 1;

    /// <summary>Exit code for a usage error.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code for an internal error (a defect, not the user's input); sysexits' EX_SOFTWARE.</summary>
    public const int InternalError = 70;

    /// <summary>Exit code of a command stopped by Ctrl+C (SIGINT) or SIGTERM: 128 + SIGINT, as shells report it.</summary>
    public const int Interrupted = 130;

    /// <summary>The one line printed when a command is stopped by Ctrl+C.</summary>
    public const string InterruptedMessage = "interrupted: stopped at Ctrl+C before finishing; no results were written.";

    private static int _interruptReported;

    /// <summary>Whether <c>--verbose</c> was given: internal errors then print the exception in full.</summary>
    public static bool Verbose { get; set; }

    /// <summary>Runs <paramref name="body"/>; reports unusable input and internal errors instead of a stack trace.</summary>
    public static int Guarded(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e)
        {
            return Report(e);
        }
    }

    /// <summary>
    /// Runs <paramref name="body"/> off the invoking thread and returns its exit code, or <see cref="Interrupted"/> as
    /// soon as <paramref name="cancellationToken"/> is cancelled (Ctrl+C, SIGTERM), whether or not the body watches the
    /// token: a simulation stops between replications through it, an import or analysis is left behind (the process
    /// ends with the command), so no command keeps the user waiting after Ctrl+C.
    /// </summary>
    public static async Task<int> GuardedAsync(Func<int> body, CancellationToken cancellationToken)
    {
        var work = Task.Run(() => Guarded(body), CancellationToken.None);
        var stop = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = cancellationToken.Register(() => stop.TrySetResult(Interrupted));
        var first = await Task.WhenAny(work, stop.Task).ConfigureAwait(false);
        return first == work ? await work.ConfigureAwait(false) : ReportInterrupted();
    }

    /// <summary>Prints <see cref="InterruptedMessage"/> once, however many places see the interruption.</summary>
    public static int ReportInterrupted()
    {
        if (Interlocked.Exchange(ref _interruptReported, 1) == 0)
        {
            Console.Error.WriteLine(InterruptedMessage);
        }

        return Interrupted;
    }

    /// <summary>Writes the one-line report of <paramref name="e"/> to stderr and returns its exit code.</summary>
    public static int Report(Exception e)
    {
        if (e is OperationCanceledException)
        {
            return ReportInterrupted();
        }

        if (IsInputError(e))
        {
            // A scenario with several problems: one line each.
            var lines = (e as ScenarioException ?? e.InnerException as ScenarioException)?.Errors ?? [MessageOf(e)];
            foreach (var line in lines)
            {
                Console.Error.WriteLine($"error: {Plain(line)}");
            }

            if (Verbose)
            {
                Console.Error.WriteLine(e.ToString());
            }

            return InputError;
        }

        Console.Error.WriteLine($"error: internal error ({Plain(FirstLine(e.Message))}); this is a defect, not your input — run again with --verbose for details and report it.");
        if (Verbose)
        {
            Console.Error.WriteLine(e.ToString());
        }

        return InternalError;
    }

    /// <summary>
    /// The documented input errors (docs/cli.md, exit code 1): files that cannot be read, rejected imports and scenario
    /// or scheme files, a run that does not fit in memory, the commands' own checks of their options, and values the
    /// SalesDomain libraries reject (an <see cref="ArgumentException"/> raised by them, never a null argument, which
    /// is always a defect).
    /// </summary>
    public static bool IsInputError(Exception e) => e switch
    {
        AggregateException { InnerExceptions: [var inner] } => IsInputError(inner),
        IOException or UnauthorizedAccessException or CsvImportException or JsonException or ScenarioException
            or InsufficientMemoryException or CliInputException => true,
        ArgumentNullException => false,
        ArgumentException => RaisedByLibrary(e),
        _ => false,
    };

    /// <summary>Whether the first frame outside the runtime is in a SalesDomain library (not the command line itself).</summary>
    private static bool RaisedByLibrary(Exception e)
    {
        foreach (var frame in new StackTrace(e, false).GetFrames())
        {
            var assembly = frame.GetMethod()?.DeclaringType?.Assembly.GetName().Name;
            if (assembly is null || assembly.StartsWith("System.", StringComparison.Ordinal) || assembly == "System")
            {
                continue;
            }

            return assembly is "SalesDomain" or "SalesDomain.Csv" or "SalesDomain.Simulation";
        }

        return false;
    }

    /// <summary>
    /// The exception's message as a user reads it: the first line, without the "(Parameter 'name')" and "Actual value
    /// was …" parts .NET appends for developers, and with .NET type names written as plain words.
    /// </summary>
    public static string MessageOf(Exception e) => e is AggregateException { InnerExceptions: [var inner] }
        ? MessageOf(inner)
        : Plain(FirstLine(e.Message));

    /// <summary>Removes developer detail from a message: parameter suffixes and namespaces of .NET types.</summary>
    public static string Plain(string message)
    {
        var text = ParameterSuffix().Replace(message, string.Empty);
        text = Nullable().Replace(text, "${type}");
        return QualifiedType().Replace(text, "${name}").TrimEnd();
    }

    private static string FirstLine(string message)
    {
        var cut = message.IndexOfAny(['\r', '\n']);
        return cut < 0 ? message : message[..cut];
    }

    [GeneratedRegex(@" ?\(Parameter '[^']*'\)")]
    private static partial Regex ParameterSuffix();

    [GeneratedRegex(@"System\.Nullable`1\[(?<type>[^\]]+)\]")]
    private static partial Regex Nullable();

    [GeneratedRegex(@"\b(?:SalesDomain|System)(?:\.[A-Za-z_][A-Za-z0-9_`]*)*\.(?<name>[A-Za-z_][A-Za-z0-9_]*)\b")]
    private static partial Regex QualifiedType();
}

/// <summary>An option value or combination a command cannot use (exit code 1, docs/cli.md).</summary>
/// <param name="message">One line for the user.</param>
internal sealed class CliInputException(string message) : Exception(message);
