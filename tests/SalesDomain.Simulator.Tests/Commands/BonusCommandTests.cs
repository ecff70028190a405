using SalesDomain.Simulator.Commands;
using SalesDomain.Simulator.Tests;

namespace SalesDomain.Simulator.Tests.Commands;

/// <summary>The <c>bonus</c> command over the shipped examples (docs/motivation.md, DOMAIN.md §6).</summary>
public class BonusCommandTests
{
    private static FileInfo Example(string name) => new(TestData.RepoPathOf(Path.Combine("docs", "examples", name)));

    [Fact]
    public void SeedSchemeOnSeedSales_PaysBothAgents_AndClawsBackTheShrinkingClient()
    {
        var (report, _) = BonusCommand.Evaluate(Example("upfront-clawback.json"), Example("seed-upfront-sales.csv"));
        Assert.Equal((2000m, 1000m, 1000m, 0), (report.TotalPaid, report.TotalClawedBack, report.Net, report.RejectedRows));
        Assert.Equal((1000m, 0m, 1000m, 0.4m), (report.ByAgent["a1"].Paid, report.ByAgent["a1"].ClawedBack, report.ByAgent["a1"].Net, report.ByAgent["a1"].PayoutRatio));
        Assert.Equal((1000m, 1000m, 0m), (report.ByAgent["a2"].Paid, report.ByAgent["a2"].ClawedBack, report.ByAgent["a2"].Net));
        Assert.Equal(Math.Round(1000m / 4800m, 6), report.PayoutRatio);
    }

    [Fact]
    public void ExampleSales_ReportRejectedRows_AndNetIsPaidMinusClawedBack()
    {
        var (report, import) = BonusCommand.Evaluate(Example("department.json"), Example("motivation-sales.csv"));
        Assert.Equal(3, report.RejectedRows);
        Assert.Equal(import.Rejected.Length, report.Rejected.Count);
        Assert.Equal(report.TotalPaid - report.TotalClawedBack, report.Net);
        Assert.Equal(report.Net, report.ByAgent.Values.Sum(a => a.Net));
        Assert.Contains(report.Statement.SelectMany(m => m.Lines), l => l.Kind == "accrual");
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void JsonOutput_HasTheContractFields()
    {
        var (report, _) = BonusCommand.Evaluate(Example("upfront-clawback.json"), Example("seed-upfront-sales.csv"));
        var json = System.Text.Json.JsonSerializer.Serialize(report, BonusJsonContext.Default.BonusReport);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var root = doc.RootElement;
        foreach (var field in new[] { "totalPaid", "totalClawedBack", "net", "payoutRatio", "byAgent", "rejectedRows" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }

        var a1 = root.GetProperty("byAgent").GetProperty("a1");
        Assert.Equal(1000m, a1.GetProperty("paid").GetDecimal());
        Assert.Equal(0m, a1.GetProperty("clawedBack").GetDecimal());
        Assert.Equal(1000m, a1.GetProperty("net").GetDecimal());
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void ActivationSales_AClientBuyingSince2019_IsNoActivation_AndPendingClawbackIsReportedPerAgent()
    {
        // docs/examples/activation-sales.csv with the seed scheme (docs/motivation.md): activations new (2020-03, 1,000
        // kept), back (2020-06, 400 clawed back), quit (2020-09, refused 2020-10: 600 clawed back), late (2020-11, 800
        // pending); old (a1, buying since 2019-01) earns nothing.
        var run = CliRunner.Run(
            "bonus", "--scheme", "docs/examples/upfront-clawback.json", "--sales", "docs/examples/activation-sales.csv", "--json");
        Assert.Equal(0, run.ExitCode);
        var json = System.Text.Json.JsonDocument.Parse(run.StdOut).RootElement;

        Assert.Equal((2800m, 1000m, 800m, 1800m), (json.GetProperty("totalPaid").GetDecimal(), json.GetProperty("totalClawedBack").GetDecimal(),
            json.GetProperty("totalPendingClawback").GetDecimal(), json.GetProperty("net").GetDecimal()));
        Assert.Equal((4, "derived", 1), (json.GetProperty("activations").GetInt32(), json.GetProperty("activationSource").GetString(), json.GetProperty("refusals").GetInt32()));
        var byAgent = json.GetProperty("byAgent");
        Assert.Equal((0m, 0m), (byAgent.GetProperty("a1").GetProperty("paid").GetDecimal(), byAgent.GetProperty("a1").GetProperty("pendingClawback").GetDecimal()));
        Assert.Equal((2400m, 600m, 800m), (byAgent.GetProperty("a2").GetProperty("paid").GetDecimal(),
            byAgent.GetProperty("a2").GetProperty("clawedBack").GetDecimal(), byAgent.GetProperty("a2").GetProperty("pendingClawback").GetDecimal()));

        // Every first purchase counted (the old reading): a1 gets a $1,000 "activation" for a client of 2019.
        var newBase = CliRunner.Run(
            "bonus", "--scheme", "docs/examples/upfront-clawback.json", "--sales", "docs/examples/activation-sales.csv", "--new-base", "--json");
        Assert.Equal(1000m, System.Text.Json.JsonDocument.Parse(newBase.StdOut).RootElement.GetProperty("byAgent").GetProperty("a1").GetProperty("paid").GetDecimal());
    }
}
