using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace SalesDomain.Simulation.Orleans.Tests;

/// <summary>
/// PostgreSQL membership, three workers as separate processes on localhost, a sweep submitted with --cluster, one worker
/// killed (SIGKILL) mid-way: the output must equal the local sweep's byte for byte. The CI version takes well under two
/// minutes; the long one (SALESDOMAIN_DISTRIBUTED_LONG=1) runs a bigger grid and kills two workers one after the other.
/// </summary>
public sealed class PostgresClusterTests(ITestOutputHelper output)
{
    [SkippableFact]
    [Trait("Category", "Distributed")]
    public Task A_sweep_survives_a_killed_worker_and_equals_the_local_sweep()
        => SweepWithKilledWorkers(["--param", "$.salesForce[0].count=2,3,4,5", "--runs", "16", "--months", "12", "--batch-runs", "4"], kills: 1);

    [SkippableFact]
    [Trait("Category", "DistributedLong")]
    public Task Long_a_bigger_sweep_survives_two_killed_workers()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("SALESDOMAIN_DISTRIBUTED_LONG") == "1", "The long distributed test runs with SALESDOMAIN_DISTRIBUTED_LONG=1 (docs/distributed.md).");
        return SweepWithKilledWorkers(
            ["--param", "$.salesForce[0].count=1,2,3,4,5,6,7,8,9,10", "--runs", "100", "--batch-runs", "10"], kills: 2);
    }

    private async Task SweepWithKilledWorkers(string[] grid, int kills)
    {
        var clock = Stopwatch.StartNew();
        using var postgres = PostgresServer.Start();
        output.WriteLine($"PostgreSQL on port {postgres.Port} after {clock.Elapsed.TotalSeconds:0.0} s");
        var directory = Directory.CreateTempSubdirectory("salesdomain-sweep-").FullName;
        var workers = new List<SimulatorProcess>();
        try
        {
            for (var k = 0; k < 3; k++)
            {
                var port = PostgresServer.FreePort(2);
                workers.Add(SimulatorProcess.Start(directory, "worker", "--cluster", postgres.ConnectionString, "--port", port.ToString(CultureInfo.InvariantCulture), "--address", "127.0.0.1"));
            }

            // The local reference runs while the workers start.
            using (var local = SimulatorProcess.Start(directory, ["sweep", .. grid, "--json", "--out", "local"]))
            {
                Assert.Equal(0, await local.WaitAsync(TimeSpan.FromMinutes(10)));
                File.WriteAllBytes(Path.Combine(directory, "local.json"), local.Output);
            }

            output.WriteLine($"local sweep done after {clock.Elapsed.TotalSeconds:0.0} s");
            foreach (var worker in workers)
            {
                await worker.WaitForOutputAsync("worker ready", TimeSpan.FromSeconds(90));
            }

            output.WriteLine($"3 workers ready after {clock.Elapsed.TotalSeconds:0.0} s");
            using var client = SimulatorProcess.Start(directory, ["sweep", .. grid, "--json", "--out", "cluster", "--cluster", postgres.ConnectionString]);
            for (var k = 1; k <= kills; k++)
            {
                // Kill a worker once the cluster has finished some work items, while the sweep still runs.
                await WaitForProgressAsync(client, TimeSpan.FromSeconds(90), k * 20);
                Assert.False(client.HasExited, "The sweep ended before a worker could be killed; make the grid bigger.");
                workers[k].Kill();
                output.WriteLine($"killed worker {k} after {clock.Elapsed.TotalSeconds:0.0} s");
            }

            var exit = await client.WaitAsync(TimeSpan.FromMinutes(10));
            output.WriteLine($"cluster sweep done after {clock.Elapsed.TotalSeconds:0.0} s");
            Assert.True(exit == 0, $"exit {exit}: {string.Join('\n', client.Errors.Where(e => !e.Contains('%', StringComparison.Ordinal)))}");
            Assert.Equal(File.ReadAllBytes(Path.Combine(directory, "local.json")), client.Output);
            Assert.Equal(
                File.ReadAllBytes(Path.Combine(directory, "local", "sweep.csv")),
                File.ReadAllBytes(Path.Combine(directory, "cluster", "sweep.csv")));
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Dispose();
            }

            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Waits until some progress bar of the client shows at least <paramref name="percent"/> %.</summary>
    private static async Task WaitForProgressAsync(SimulatorProcess client, TimeSpan timeout, int percent)
    {
        var clock = Stopwatch.StartNew();
        while (!client.Errors.Any(line => Percent(line) >= percent))
        {
            if (client.HasExited || clock.Elapsed > timeout)
            {
                return;
            }

            await Task.Delay(50);
        }
    }

    private static int Percent(string line)
    {
        var end = line.LastIndexOf('%');
        var start = line.LastIndexOf(' ', Math.Max(0, end - 1)) + 1;
        return end > start && int.TryParse(line.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : -1;
    }
}
