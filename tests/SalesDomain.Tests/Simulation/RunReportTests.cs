using System.Text.Json;
using SalesDomain.Simulation.Scenarios;
using SalesDomain.Simulator.Commands;
using static SalesDomain.Tests.Simulation.SimulationFixtures;

namespace SalesDomain.Tests.Simulation;

/// <summary>The public JSON contract of <c>run --json</c> and the monthly CSV of <c>run --out</c> (docs/cli.md).</summary>
public class RunReportTests
{
    [Fact]
    public void RunJson_HasTheContractFields()
    {
        var scenario = Small(BuiltInScenarios.SplitClawback);
        var result = Run(scenario, runs: 3);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(RunReport.From(result, scenario), SimulationJsonContext.Default.RunReport));
        var root = json.RootElement;
        Assert.Equal("split-clawback", root.GetProperty("scenario").GetString());
        Assert.Equal(7, root.GetProperty("seed").GetInt64());
        Assert.Equal(3, root.GetProperty("runs").GetInt32());
        Assert.Equal(6, root.GetProperty("months").GetInt32());
        foreach (var metric in new[] { "revenue", "activeClients", "payoutRatio" })
        {
            var band = root.GetProperty("final").GetProperty(metric);
            Assert.True(band.GetProperty("p05").GetDecimal() <= band.GetProperty("mean").GetDecimal());
            Assert.True(band.GetProperty("mean").GetDecimal() <= band.GetProperty("p95").GetDecimal());
        }

        Assert.True(root.GetProperty("upfront").GetProperty("payoutShareOfWindowRevenue").GetProperty("mean").GetDecimal() > 0m);
    }

    [Fact]
    public void MonthlyCsv_HasOneRowPerMonth_AndThreeColumnsPerMetric()
    {
        var result = Run(Small(BuiltInScenarios.Split), runs: 2);
        var lines = SimulationFiles.MonthlyCsv(result).TrimEnd('\n').Split('\n');
        Assert.Equal(result.Months + 1, lines.Length);
        Assert.StartsWith("month,revenue_mean,revenue_p05,revenue_p95,", lines[0]);
        Assert.All(lines, l => Assert.Equal(lines[0].Split(',').Length, l.Split(',').Length));
    }
}
