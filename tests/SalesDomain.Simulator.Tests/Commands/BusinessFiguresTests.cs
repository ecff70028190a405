using System.Text.Json;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;
using SalesDomain.Simulator.Commands;
using static SalesDomain.Simulation.Tests.SimulationFixtures;

namespace SalesDomain.Simulator.Tests.Commands;

/// <summary>Business figures, the ledger of causes and the per-group figures (docs/simulator.md, "Business figures").</summary>
public class BusinessFiguresTests
{
    [Trait("Category", "Slow")]
    [Fact]
    public void Contribution_IsTheProfitSeries_AndCostOfSalesItsCosts()
    {
        var scenario = Small(BuiltInScenarios.SplitClawback) with { Organisation = new OrganisationSpec { Trainees = 1, ManagerAttritionMonthly = 0.1 } };
        foreach (var o in Run(scenario, runs: 3).Outcomes)
        {
            var f = BusinessFigures.Of(o, scenario.GrossMargin);
            Assert.Equal(Sum(o, Metric.Profit), f.Contribution);
            Assert.Equal(Sum(o, Metric.SalaryCost) + Sum(o, Metric.BonusPayout) + Sum(o, Metric.HiringCost) + Sum(o, Metric.TraineeCost), f.CostOfSales);
            Assert.Equal(f.Contribution, f.DiscountedContribution);
            var profit = o.SeriesOf(Metric.Profit).ToArray();
            var discounted = profit.Select((p, m) => p * (decimal)Math.Pow(1.2, -m / 12.0)).Sum();
            Assert.Equal(Math.Round(discounted, 2), BusinessFigures.Of(o, scenario.GrossMargin, 0.2).DiscountedContribution);
            Assert.Equal(o.Ledger.AcquiredByHunters + o.Ledger.AcquiredByGeneralists, f.Hunting.Clients);
            Assert.True(f.Hunting.Cac > 0m && f.Hunting.Ltv > 0m, $"{f}");
            // Salaries are split over activities by hours: never more than was paid.
            var split = o.Ledger.HuntingCost + o.Ledger.FarmingCost + o.Ledger.ReactivationCost;
            Assert.True(split <= Sum(o, Metric.SalaryCost) + 0.05m, $"{split} {Sum(o, Metric.SalaryCost)}");
        }
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void RunJson_HasBusinessCausesAndManagers()
    {
        var scenario = Small(BuiltInScenarios.Split);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(RunReport.From(Run(scenario, runs: 2), scenario, 0.1), SimulationJsonContext.Default.RunReport));
        var root = json.RootElement;
        Assert.Equal(0.1, root.GetProperty("business").GetProperty("discountRate").GetDouble());
        foreach (var figure in new[] { "revenue", "grossMargin", "costOfSales", "contribution", "roi", "discountedContribution" })
        {
            Assert.True(root.GetProperty("business").GetProperty(figure).TryGetProperty("ci95", out _), figure);
        }

        Assert.True(root.GetProperty("business").GetProperty("hunting").GetProperty("cac").GetProperty("mean").GetDecimal() > 0m);
        foreach (var cause in new[] { "acquired", "refusedEarly", "churned", "lostAtHandOver", "lostWithLeavingManager", "wonBack" })
        {
            Assert.True(root.GetProperty("causes").TryGetProperty(cause, out _), cause);
        }

        var groups = root.GetProperty("managers").EnumerateArray().ToList();
        Assert.Equal(["hunters", "farmers"], groups.Select(g => g.GetProperty("group").GetString()));
        Assert.True(groups[1].GetProperty("farmingHours").GetProperty("mean").GetDecimal() > 0m);
        Assert.True(groups[1].GetProperty("availableHours").GetProperty("mean").GetDecimal() >= groups[1].GetProperty("farmingHours").GetProperty("mean").GetDecimal());
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void NormCompliance_IsNull_WhenNoClientHasANorm()
    {
        var scenario = Small(BuiltInScenarios.Generalists) with { Farming = new FarmingSpec { NormA = 0, NormB = 0, NormC = 0 } };
        Assert.All(Run(scenario, runs: 1).Outcomes[0].Ledger.Managers, m => Assert.Null(m.NormCompliance));
        var report = RunReport.From(Run(scenario, runs: 2), scenario);
        Assert.All(report.Managers, g => Assert.Null(g.NormCompliance));
    }
}
