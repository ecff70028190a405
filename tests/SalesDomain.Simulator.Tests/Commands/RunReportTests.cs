using System.Text.Json;
using SalesDomain.Simulation.Scenarios;
using SalesDomain.Simulator.Commands;
using static SalesDomain.Simulation.Tests.SimulationFixtures;

namespace SalesDomain.Simulator.Tests.Commands;

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
        foreach (var section in new[] { "final", "total" })
        {
            foreach (var band in root.GetProperty(section).EnumerateObject())
            {
                AssertMeanWithInterval(band.Value, band.Name);
            }
        }

        Assert.True(root.GetProperty("total").TryGetProperty("payoutRatio", out _));
        Assert.Equal(0, root.GetProperty("notApplicable").GetArrayLength());
    }

    [Fact]
    public void RunJson_CountsTheHeadsClosings_OnlyWhenItsTimeIsModelled()
    {
        var without = Small(BuiltInScenarios.Split);
        var with = without with { Organisation = without.Organisation with { HeadHoursPerWeek = 6 } };
        JsonElement Causes(Scenario s)
        {
            using var json = JsonDocument.Parse(JsonSerializer.Serialize(RunReport.From(Run(s, runs: 2), s), SimulationJsonContext.Default.RunReport));
            return json.RootElement.GetProperty("causes").Clone();
        }

        var off = Causes(without);
        Assert.False(off.TryGetProperty("headClosings", out _));
        Assert.False(off.TryGetProperty("headExtraDeals", out _));
        var on = Causes(with);
        Assert.True(on.GetProperty("headClosings").GetProperty("mean").GetDecimal() > 0m);
        Assert.True(on.GetProperty("headDeals").GetProperty("mean").GetDecimal() <= on.GetProperty("headClosings").GetProperty("mean").GetDecimal());
        Assert.True(on.TryGetProperty("headExtraDeals", out _));
    }

    /// <summary>A band object has mean, p05, p95, se ≥ 0 and ci95 = [lo, hi] around the mean.</summary>
    private static void AssertMeanWithInterval(JsonElement band, string name)
    {
        var mean = band.GetProperty("mean").GetDecimal();
        Assert.True(band.TryGetProperty("p05", out _) && band.TryGetProperty("p95", out _), name);
        Assert.True(band.GetProperty("se").GetDecimal() >= 0m, name);
        var ci = band.GetProperty("ci95");
        Assert.Equal(2, ci.GetArrayLength());
        Assert.True(ci[0].GetDecimal() <= mean && mean <= ci[1].GetDecimal(), name);
    }

    [Fact]
    public void CompareJson_DifferencesHaveSeCiAndPPositive()
    {
        Scenario[] scenarios = [Small(BuiltInScenarios.Split), Small(BuiltInScenarios.SplitClawback)];
        var comparison = SalesDomain.Simulation.ScenarioComparison.Run(scenarios, new() { Runs = 3, Seed = 7 });
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(CompareReport.From(comparison, scenarios), SimulationJsonContext.Default.CompareReport));
        var alternative = json.RootElement.GetProperty("scenarios")[1];
        foreach (var section in new[] { "finalDifference", "totalDifference" })
        {
            foreach (var entry in alternative.GetProperty(section).EnumerateObject())
            {
                AssertMeanWithInterval(entry.Value, entry.Name);
                Assert.InRange(entry.Value.GetProperty("pPositive").GetDouble(), 0.0, 1.0);
                Assert.InRange(entry.Value.GetProperty("shareOfRunsPositive").GetDouble(), 0.0, 1.0);
            }
        }

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("scenarios")[0].GetProperty("finalDifference").ValueKind);
        AssertMeanWithInterval(alternative.GetProperty("result").GetProperty("final").GetProperty("revenue"), "revenue");
    }

    [Fact]
    public void MonthlyJson_EveryMonthHasSeAndCi()
    {
        var result = Run(Small(BuiltInScenarios.Split), runs: 3);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(MonthlyReport.From(result), SimulationJsonContext.Default.MonthlyReport));
        foreach (var month in json.RootElement.GetProperty("series").GetProperty("revenue").EnumerateArray())
        {
            AssertMeanWithInterval(month, "revenue");
        }
    }

    [Fact]
    public void RunJson_OneRun_HasNullSeAndCi()
    {
        var scenario = Small(BuiltInScenarios.Split);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(RunReport.From(Run(scenario, runs: 1), scenario), SimulationJsonContext.Default.RunReport));
        var band = json.RootElement.GetProperty("final").GetProperty("revenue");
        Assert.Equal(JsonValueKind.Null, band.GetProperty("se").ValueKind);
        Assert.Equal(JsonValueKind.Null, band.GetProperty("ci95").ValueKind);
    }

    [Fact]
    public void Upfront_WithoutClawback_HasNoWindowShare_AndNoOpenExposure()
    {
        var clawback = Small(BuiltInScenarios.SplitClawback);
        var scenario = clawback with { Bonus = clawback.Bonus with { ClawbackMonths = 0 } };
        var upfront = UpfrontReport.From(Run(scenario, runs: 2), scenario)!;
        Assert.False(upfront.Clawback);
        Assert.Null(upfront.PayoutShareOfWindowRevenue);
        Assert.Null(upfront.Bound);
        Assert.Equal(0m, upfront.OpenExposure.Mean);
    }

    [Fact]
    public void Upfront_WithClawback_ReportsBonusStillAtRiskAsOpenExposure()
    {
        // 6 months, 4 renewal months: the windows of months 2–6 are still open at the horizon.
        var scenario = Small(BuiltInScenarios.SplitClawback);
        var result = Run(scenario, runs: 2);
        var upfront = UpfrontReport.From(result, scenario)!;
        Assert.True(upfront.Clawback);
        Assert.True(upfront.OpenExposure.Mean > 0m);
        Assert.All(result.Outcomes, o => Assert.True(o.Ledger.UpfrontOpenExposure <= Sum(o, SalesDomain.Simulation.Results.Metric.UpfrontPaid)));
    }

    [Fact]
    public void NormCompliance_WithZeroNorms_IsNotApplicable()
    {
        var split = Small(BuiltInScenarios.Split);
        var scenario = split with { Farming = split.Farming with { NormA = 0, NormB = 0, NormC = 0 } };
        var report = RunReport.From(Run(scenario, runs: 2), scenario);
        Assert.Equal(["normCompliance"], report.NotApplicable);
        Assert.Empty(SimulationCli.NotApplicable(split));
    }

    [Fact]
    public void PerRunTable_HasOneRowPerScenarioAndReplication()
    {
        var result = Run(Small(BuiltInScenarios.Split), runs: 3);
        var table = SimulationFiles.PerRunTable([result, result]);
        Assert.Equal(6, table.Rows.Count);
        Assert.Equal(["scenario", "seed", "replication", "revenue_final"], table.Columns.Take(4).Select(c => c.Key));
        Assert.Contains(table.Columns, c => c.Key == "profit_total");
        Assert.Equal(result.Outcomes[2].SeriesOf(SalesDomain.Simulation.Results.Metric.Revenue)[^1], table.Rows[2][3]);
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
