using System.Collections.Concurrent;
using System.Diagnostics;

namespace SalesDomain.Simulation.Orleans.Tests;

/// <summary>The simulator (SalesDomain.Simulator.dll) as a separate process, its stdout kept as bytes and stderr as lines.</summary>
internal sealed class SimulatorProcess : IDisposable
{
    private readonly Process _process;
    private readonly MemoryStream _stdout = new();
    private readonly Task _stdoutCopy;
    private readonly Task _stderrRead;

    private SimulatorProcess(Process process)
    {
        _process = process;
        _stdoutCopy = process.StandardOutput.BaseStream.CopyToAsync(_stdout);
        _stderrRead = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                Errors.Enqueue(line);
            }
        });
    }

    public ConcurrentQueue<string> Errors { get; } = new();

    public bool HasExited => _process.HasExited;

    public static SimulatorProcess Start(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Repository.Simulator);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new SimulatorProcess(Process.Start(start) ?? throw new InvalidOperationException("Could not start the simulator."));
    }

    /// <summary>The stdout bytes so far (all of them once the process has exited and <see cref="WaitAsync"/> returned).</summary>
    public byte[] Output
    {
        get
        {
            lock (_stdout)
            {
                return _stdout.ToArray();
            }
        }
    }

    public string Text => System.Text.Encoding.UTF8.GetString(Output);

    /// <summary>Waits until stdout contains <paramref name="text"/>.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!Text.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited || clock.Elapsed > timeout)
            {
                throw new TimeoutException($"No '{text}' from the simulator in {timeout.TotalSeconds:0} s (exited: {_process.HasExited}): {string.Join('\n', Errors)}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Waits for the exit, with its code.</summary>
    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(limit.Token);
        await Task.WhenAll(_stdoutCopy, _stderrRead);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: the process dies without a word to the cluster.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        _stdout.Dispose();
    }
}
