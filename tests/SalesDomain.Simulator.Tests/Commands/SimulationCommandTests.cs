using System.Diagnostics;
using System.Text.Json;
using SalesDomain.Simulation.Scenarios;
using SalesDomain.Simulator.Commands;
using SalesDomain.Simulator.Tests;
using static SalesDomain.Simulation.Tests.SimulationFixtures;

namespace SalesDomain.Simulator.Tests.Commands;

/// <summary><c>run</c> and <c>compare</c> as a user types them (docs/cli.md): --runs auto, --per-run, mistyped options.</summary>
public sealed class SimulationCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sim-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string TinyScenario(Scenario s, string name)
    {
        var path = Path.Combine(_dir, name + ".json");
        File.WriteAllText(path, ScenarioJson.Write(Small(s) with { Name = name, Months = 3 }));
        return path;
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Compare_RunsAuto_StopsWithinTheCap_AndWritesOneRowPerReplication()
    {
        var a = TinyScenario(BuiltInScenarios.Split, "a");
        var b = TinyScenario(BuiltInScenarios.SplitClawback, "b");
        var perRun = Path.Combine(_dir, "runs.csv");
        var run = CliRunner.Run("compare", a, b, "--runs", "auto", "--precision", "0.05", "--max-runs", "40", "--per-run", perRun, "--json");
        Assert.True(run.ExitCode == 0, run.StdErr);
        var root = JsonDocument.Parse(run.StdOut).RootElement;
        var runs = root.GetProperty("runs").GetInt32();
        Assert.InRange(runs, 20, 40);
        Assert.Equal(1 + (2 * runs), File.ReadAllLines(perRun).Length);
        var again = CliRunner.Run("compare", a, b, "--runs", "auto", "--precision", "0.05", "--max-runs", "40", "--json");
        Assert.Equal(run.StdOut, again.StdOut);
        var profit = root.GetProperty("scenarios")[1].GetProperty("totalDifference").GetProperty("profit");
        Assert.InRange(profit.GetProperty("pPositive").GetDouble(), 0.0, 1.0);
    }

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData("--runs", "lots")]
    [InlineData("--runs", "0")]
    [InlineData("--precision", "-1")]
    public void Run_MistypedOption_IsAUsageError(string option, string value)
    {
        var run = CliRunner.Run("run", "--builtin", "split", option, value);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(option, run.StdErr + run.StdOut, StringComparison.Ordinal);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Run_PrecisionWithoutRunsAuto_IsAnError()
    {
        var run = CliRunner.Run("run", TinyScenario(BuiltInScenarios.Split, "a"), "--runs", "2", "--precision", "0.1");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--precision and --max-runs need --runs auto, was --runs 2", run.StdErr, StringComparison.Ordinal);
    }

    /// <summary>
    /// Ctrl+C during a simulation: the tool is interrupted once it has shown its first progress line (so its handler is
    /// in place), stops between replications, prints one line and exits with 130.
    /// </summary>
    [Theory]
    [Trait("Category", "Slow")]
    [InlineData("run", "--runs", "100000")]
    [InlineData("compare", "split", "split-clawback", "--runs", "100000")]
    public void CtrlC_StopsTheSimulation_WithOneLine_AndExitCode130(params string[] args)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // SIGINT is a Unix signal; Windows' Ctrl+C takes the same path in the tool.
        }

        using var tool = CliRunner.Start(args);
        Assert.True(tool.WaitForStdErr(TimeSpan.FromMinutes(2)), "no progress within 2 minutes");
        tool.Interrupt();
        var run = tool.WaitForExit();
        Assert.Equal(130, run.ExitCode);
        Assert.Contains("interrupted: stopped at Ctrl+C", run.StdErr);
        Assert.Single(run.StdErr.Split('\n'), line => line.StartsWith("interrupted", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.StdErr);
        Assert.DoesNotContain("Exception", run.StdErr);
    }

    /// <summary>
    /// A command that does not watch the token stops at Ctrl+C too, without waiting for its work or for the command
    /// line's 5 s grace period, and leaves neither report file behind: both are staged and moved into place only when
    /// the report is complete. The transactions come through a named pipe: the tool has opened it (so its handler is in
    /// place) and read CDNOW's 69,659 rows, and waits for the rest, which the test holds back, when Ctrl+C arrives.
    /// </summary>
    [Fact]
    [Trait("Category", "Slow")]
    public async Task CtrlC_StopsAnAnalysis_AtOnce_WithOneLine_AndExitCode130()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var dir = Directory.CreateTempSubdirectory("sd-interrupt-");
        try
        {
            var input = Path.Combine(dir.FullName, "transactions.csv");
            using (var mkfifo = Process.Start("mkfifo", [input])!)
            {
                mkfifo.WaitForExit();
                Assert.Equal(0, mkfifo.ExitCode);
            }

            var output = dir.CreateSubdirectory("out");
            using var tool = CliRunner.Start("report", "--transactions", input, "--out", output.FullName, "--lang", "en");
            var opening = Task.Run(() => new FileStream(input, FileMode.Open, FileAccess.Write));
            if (await Task.WhenAny(opening, Task.Delay(TimeSpan.FromMinutes(2))) != opening)
            {
                using (File.OpenRead(input))
                {
                    // Unblocks the writer's open so the task ends.
                }

                Assert.Fail($"the tool did not open its input within 2 minutes: {tool.WaitForExit().StdErr}");
            }

            await using (var pipe = await opening)
            {
                await pipe.WriteAsync(await File.ReadAllBytesAsync(TestData.RepoPathOf("tests/data/cdnow/CDNOW_master.csv")));
                await pipe.FlushAsync();
                var clock = Stopwatch.StartNew();
                tool.Interrupt();
                var run = tool.WaitForExit();
                clock.Stop();
                Assert.Equal(130, run.ExitCode);
                Assert.Equal(CliErrors.InterruptedMessage + Environment.NewLine, run.StdErr);
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"exited {clock.Elapsed.TotalSeconds:0.0} s after Ctrl+C, as late as the 5 s grace period");
            }

            Assert.False(File.Exists(Path.Combine(output.FullName, "report.html")), "a report was written after Ctrl+C");
            Assert.False(File.Exists(Path.Combine(output.FullName, "report.xlsx")), "a workbook was written after Ctrl+C");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Sweep_TableTitle_ShowsTheBandLegendOnce_WithSingleBrackets()
    {
        var dir = Directory.CreateTempSubdirectory("sd-sweep-title-");
        try
        {
            var run = CliRunner.Run("sweep", "--builtin", "split", "--param", "$.organisation.headHoursPerWeek=0,8", "--runs", "2", "--months", "3", "--out", dir.FullName);
            Assert.Equal(0, run.ExitCode);
            var text = string.Join(' ', run.StdOut.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("[5 % … 95 % of runs]", text, StringComparison.Ordinal);
            Assert.DoesNotContain("[[", text, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
