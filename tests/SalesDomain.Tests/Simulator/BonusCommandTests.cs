using SalesDomain.Simulator.Commands;

namespace SalesDomain.Tests.Simulator;

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
}
