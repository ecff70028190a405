using System.Diagnostics;

namespace SalesDomain.Simulator.Tests;

/// <summary>Runs the command-line tool as a child process, as a user would.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static Result Run(params string[] args) => RunIn(null, args);

    /// <summary>
    /// Runs the tool in a locale: <paramref name="locale"/> (e.g. <c>ru_RU.UTF-8</c>) becomes <c>LANG</c>; without one
    /// the tool runs in <c>en_US.UTF-8</c>, so that its default language does not depend on the machine.
    /// </summary>
    public static Result RunIn(string? locale, params string[] args) => RunAndInterrupt(locale, null, args);

    /// <summary>
    /// Runs the tool and, once it has written to stderr (its progress) or after <paramref name="interruptAfter"/>,
    /// sends it SIGINT as Ctrl+C in a terminal does (Unix only).
    /// </summary>
    public static Result RunAndInterrupt(TimeSpan interruptAfter, params string[] args) => RunAndInterrupt(null, interruptAfter, args);

    private static Result RunAndInterrupt(string? locale, TimeSpan? interruptAfter, string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "SalesDomain.Simulator.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = TestData.RepoPathOf("."),
        };
        info.Environment.Remove("LC_ALL");
        info.Environment.Remove("LC_MESSAGES");
        info.Environment.Remove("LC_NUMERIC");
        info.Environment["LANG"] = locale ?? "en_US.UTF-8";
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (interruptAfter is { } delay)
        {
            Thread.Sleep(delay);
            using var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
            kill.WaitForExit();
        }

        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"salesdomain {string.Join(' ', args)} did not finish in 5 minutes.");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
