using SalesDomain.Model;
using SalesDomain.Simulation;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulation.Tests.Engine;

/// <summary>
/// The answers come from mechanisms, not inputs (docs/simulator.md, "Sweeps"): sweeping the upfront rate, the number of
/// hunters or the number of farmers gives a monotone curve whose gains shrink (saturation), on small runs with common
/// random numbers.
/// </summary>
public class SweepCurveTests
{
    private static readonly SimulationOptions Options = new() { Runs = 8, Seed = 4 };

    private static Scenario Base() => BuiltInScenarios.SplitClawback with
    {
        Months = 12,
        Population = BuiltInScenarios.Split.Population with { MarketCapacity = 1_500, InitialActive = 300 },
        SalesForce =
        [
            new ManagerSpec { Name = "hunters", Role = ManagerRole.Hunter, Count = 3 },
            new ManagerSpec { Name = "farmers", Role = ManagerRole.Farmer, Count = 2, MonthlySalary = 3_800m },
        ],
    };

    private static double[] Sweep(string path, decimal[] values, Func<ReplicationOutcome, decimal> figure)
        => [.. values.Select(v => (double)MonteCarlo.Run(ScenarioParameter.With(Base(), path, v), Options).Outcomes.Average(figure))];

    /// <summary>
    /// Non-decreasing within <paramref name="slack"/> of the range (Monte Carlo noise of small runs), and the gain per unit
    /// of the last step below that of the first.
    /// </summary>
    private static void AssertMonotoneSaturating(decimal[] x, double[] y, double slack = 0.15)
    {
        var text = string.Join(", ", x.Zip(y, (a, b) => $"{a} → {b:N1}"));
        var range = y.Max() - y.Min();
        Assert.True(range > 0, text);
        for (var k = 1; k < y.Length; k++)
        {
            Assert.True(y[k] >= y[k - 1] - (slack * range), text);
        }

        var first = (y[1] - y[0]) / (double)(x[1] - x[0]);
        var last = (y[^1] - y[^2]) / (double)(x[^1] - x[^2]);
        Assert.True(last < first, text);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void UpfrontRate_ClientsKept_RiseAndSaturate()
    {
        // Effort saturates fast: at a rate of 2 a hunter already earns several times its hourly salary per hour.
        decimal[] rates = [0m, 0.1m, 0.25m, 0.5m, 1m, 2m];
        var kept = Sweep("$.bonus.upfrontRatePerDollar", rates, o => o.Ledger.AcquiredByHunters - o.Ledger.EarlyRefusals);
        AssertMonotoneSaturating(rates, kept);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Hunters_ClientsWon_RiseAndSaturate()
    {
        decimal[] hunters = [0m, 2m, 4m, 8m, 12m];
        var won = Sweep("$.salesForce[0].count", hunters, o => o.Ledger.AcquiredByHunters);
        AssertMonotoneSaturating(hunters, won);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Farmers_Revenue_RisesAndSaturates()
    {
        decimal[] farmers = [1m, 2m, 4m, 8m];
        var revenue = Sweep("$.salesForce[1].count", farmers, o => o.SeriesOf(Metric.Revenue).ToArray().Sum());
        AssertMonotoneSaturating(farmers, revenue);
    }
}
