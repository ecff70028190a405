using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SalesDomain.Simulation.Scenarios;
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

        var run = CliRunner.RunAndInterrupt(TimeSpan.FromSeconds(4), args);
        Assert.Equal(130, run.ExitCode);
        Assert.Contains("interrupted: stopped at Ctrl+C", run.StdErr);
        Assert.DoesNotContain("   at ", run.StdErr);
        Assert.DoesNotContain("Exception", run.StdErr);
    }

    /// <summary>
    /// A command that does not watch the token (here the report on CDNOW copied 20 times, 1.39 million rows and about
    /// 20 s of work) stops at Ctrl+C too, without waiting for its work or for the command line's 5 s grace period, and
    /// leaves neither report file behind: both are staged and moved into place only when the report is complete.
    /// </summary>
    [Fact]
    [Trait("Category", "Slow")]
    public void CtrlC_StopsAnAnalysis_AtOnce_WithOneLine_AndExitCode130()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var dir = Directory.CreateTempSubdirectory("sd-interrupt-");
        try
        {
            var input = Path.Combine(dir.FullName, "cdnow-x20.csv");
            WriteCopies(TestData.RepoPathOf("tests/data/cdnow/CDNOW_master.csv"), input, copies: 20);
            var output = dir.CreateSubdirectory("out");
            var clock = Stopwatch.StartNew();
            var run = CliRunner.RunAndInterrupt(
                TimeSpan.FromSeconds(2), "report", "--transactions", input, "--out", output.FullName, "--lang", "en");
            clock.Stop();
            Assert.Equal(130, run.ExitCode);
            Assert.Contains("interrupted: stopped at Ctrl+C", run.StdErr);
            Assert.DoesNotContain("Exception", run.StdErr);
            Assert.DoesNotContain("wrote ", run.StdErr);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(6.5), $"exited {clock.Elapsed.TotalSeconds:0.0} s after the start, 2 s of it before Ctrl+C");
            Assert.False(File.Exists(Path.Combine(output.FullName, "report.html")), "a report was written after Ctrl+C");
            Assert.False(File.Exists(Path.Combine(output.FullName, "report.xlsx")), "a workbook was written after Ctrl+C");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Writes the transaction file <paramref name="copies"/> times, each copy's client ids prefixed with its number.</summary>
    private static void WriteCopies(string source, string target, int copies)
    {
        var lines = File.ReadAllLines(source);
        using var writer = new StreamWriter(target);
        writer.WriteLine(lines[0]);
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var line in lines.AsSpan(1))
            {
                writer.Write(copy.ToString(CultureInfo.InvariantCulture));
                writer.Write('-');
                writer.WriteLine(line);
            }
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
