using System.Diagnostics;
using System.Globalization;
using System.Text;

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
    public static Result RunIn(string? locale, params string[] args)
    {
        using var running = Start(locale, args);
        return running.WaitForExit();
    }

    /// <summary>Starts the tool in <c>en_US.UTF-8</c>; the caller interrupts it or waits for its end.</summary>
    public static Running Start(params string[] args) => Start(null, args);

    private static Running Start(string? locale, string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "SalesDomain.Simulator.dll");

        // A test runner started in the background (nohup, `cmd &`) ignores SIGINT, and its children inherit that: the
        // .NET runtime then never sees Ctrl+C. On Linux the tool starts with SIGINT restored, as in a terminal.
        var info = OperatingSystem.IsLinux() ? new ProcessStartInfo("env") : new ProcessStartInfo("dotnet");
        if (OperatingSystem.IsLinux())
        {
            info.ArgumentList.Add("--default-signal=INT");
            info.ArgumentList.Add("dotnet");
        }

        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        info.WorkingDirectory = TestData.RepoPathOf(".");
        info.Environment.Remove("LC_ALL");
        info.Environment.Remove("LC_MESSAGES");
        info.Environment.Remove("LC_NUMERIC");
        info.Environment["LANG"] = locale ?? "en_US.UTF-8";
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return new Running(Process.Start(info)!, string.Join(' ', args));
    }

    /// <summary>The tool while it runs: its stderr is collected line by line so that a test can wait for its progress.</summary>
    public sealed class Running : IDisposable
    {
        private readonly Process _process;
        private readonly string _command;
        private readonly Task<string> _stdout;
        private readonly StringBuilder _stderr = new();
        private readonly ManualResetEventSlim _wroteToStdErr = new();
        private readonly Task _stderrRead;

        internal Running(Process process, string command)
        {
            _process = process;
            _command = command;
            _stdout = process.StandardOutput.ReadToEndAsync();
            _stderrRead = Task.Run(CollectStdErr);
        }

        /// <summary>Copies stderr as written (no line splitting), and tells <see cref="WaitForStdErr"/> of the first output.</summary>
        private async Task CollectStdErr()
        {
            var buffer = new char[4096];
            int read;
            while ((read = await _process.StandardError.ReadAsync(buffer)) > 0)
            {
                lock (_stderr)
                {
                    _stderr.Append(buffer, 0, read);
                }

                _wroteToStdErr.Set();
            }
        }

        /// <summary>Waits until the tool has written to stderr (a simulation's first progress line); false after <paramref name="timeout"/>.</summary>
        public bool WaitForStdErr(TimeSpan timeout) => _wroteToStdErr.Wait(timeout);

        /// <summary>Sends SIGINT, as Ctrl+C in a terminal does (Unix only).</summary>
        public void Interrupt()
        {
            using var kill = Process.Start("kill", ["-INT", _process.Id.ToString(CultureInfo.InvariantCulture)])!;
            kill.WaitForExit();
        }

        /// <summary>Waits up to 5 minutes for the tool to exit and returns its exit code and output.</summary>
        public Result WaitForExit()
        {
            if (!_process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                _process.Kill(entireProcessTree: true);
                throw new TimeoutException($"salesdomain {_command} did not finish in 5 minutes.");
            }

            _stderrRead.Wait(TimeSpan.FromMinutes(1));
            lock (_stderr)
            {
                return new Result(_process.ExitCode, _stdout.Result, _stderr.ToString());
            }
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.Dispose();
            _wroteToStdErr.Dispose();
        }
    }
}
