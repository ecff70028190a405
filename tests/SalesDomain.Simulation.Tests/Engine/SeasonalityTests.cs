using SalesDomain.Model;
using SalesDomain.Simulation.Calibration;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;
using static SalesDomain.Simulation.Tests.SimulationFixtures;

namespace SalesDomain.Simulation.Tests.Engine;

/// <summary>Seasonal factors: fitted from an export by calibrate, applied to purchases by the engine, validated.</summary>
public class SeasonalityTests
{
    // December sells twice the average month, July half; the rest share what is left so that the mean is 1.
    private static readonly double[] ByCalendarMonth = [0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.5, 0.95, 0.95, 0.95, 0.95, 2.0];

    [Fact]
    public void Calibrate_RecoversTheSeasonalFactors_ThroughATrend()
    {
        // 40 clients buying every month of 2021–2023 on the 10th, the base growing 2 % a month.
        var sales = new List<Sale>();
        for (var t = 0; t < 36; t++)
        {
            var date = new DateOnly(2021, 1, 10).AddMonths(t);
            for (var c = 0; c < 40; c++)
            {
                sales.Add(new Sale($"c{c}", date, Math.Round((decimal)(100 * ByCalendarMonth[date.Month - 1] * Math.Pow(1.02, t)), 2)));
            }
        }

        var factors = ScenarioCalibrator.Seasonality(sales, new DateOnly(2023, 12, 31), out var source);

        // The simulation starts in January 2024: the factors run January..December.
        Assert.Equal(12, factors.Length);
        for (var m = 0; m < 12; m++)
        {
            Assert.InRange(factors[m], ByCalendarMonth[m] - 0.02, ByCalendarMonth[m] + 0.02);
        }

        Assert.Contains("2021-02..2023-12 (35 complete months)", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Calibrate_LeavesSeasonalityOut_WithFewerThan24CompleteMonths()
    {
        var sales = Enumerable.Range(0, 20).Select(t => new Sale("c", new DateOnly(2024, 1, 5).AddMonths(t), 10m)).ToList();
        Assert.Empty(ScenarioCalibrator.Seasonality(sales, new DateOnly(2025, 8, 31), out var source));
        Assert.Equal("none: 19 complete months of sales, seasonal factors need 24 or more", source);
    }

    [Fact]
    public void Engine_WithFactorsOfOne_IsTheEngineWithoutSeasonality()
    {
        var plain = Small(BuiltInScenarios.SplitClawback);
        var ones = plain with { Clients = plain.Clients with { Seasonality = [.. Enumerable.Repeat(1d, 12)] } };
        var options = new SimulationOptions { Seed = 5, Runs = 3 };
        var a = MonteCarlo.Run(plain, options);
        var b = MonteCarlo.Run(ones, options);
        for (var r = 0; r < a.Runs; r++)
        {
            Assert.Equal(a.Outcomes[r].Ledger, b.Outcomes[r].Ledger);
            Assert.True(a.Outcomes[r].SeriesOf(Metric.Revenue).SequenceEqual(b.Outcomes[r].SeriesOf(Metric.Revenue)));
        }
    }

    [Fact]
    public void Engine_SellsMoreInAStrongMonth()
    {
        // Month 4 of the horizon three times the others (and month 5 a fifth): its revenue rises, the next falls.
        var plain = Small(BuiltInScenarios.SplitClawback);
        double[] factors = [1, 1, 1, 1, 3, 0.2, 1, 1, 1, 1, 1, 1];
        var seasonal = plain with { Clients = plain.Clients with { Seasonality = factors } };
        var options = new SimulationOptions { Seed = 5, Runs = 20 };
        var flat = MonteCarlo.Run(plain, options).Outcomes.Select(o => o.SeriesOf(Metric.Revenue).ToArray()).ToList();
        var peaked = MonteCarlo.Run(seasonal, options).Outcomes.Select(o => o.SeriesOf(Metric.Revenue).ToArray()).ToList();
        Assert.True(peaked.Average(s => s[4]) > 2 * flat.Average(s => s[4]), "the strong month sells more than twice as much");
        Assert.True(peaked.Average(s => s[5]) < 0.5m * flat.Average(s => s[5]), "the weak month sells less than half");
    }

    [Theory]
    [InlineData(11, 1.0, "$.clients.seasonality must list 12 monthly factors or none, had 11")]
    [InlineData(12, 0.0, "$.clients.seasonality[0] must be in (0, 10], was 0")]
    [InlineData(12, 10.5, "$.clients.seasonality[0] must be in (0, 10], was 10.5")]
    public void Validator_NamesABadFactor(int count, double first, string error)
    {
        var factors = Enumerable.Repeat(1d, count).ToArray();
        factors[0] = first;
        var scenario = BuiltInScenarios.Split with { Clients = BuiltInScenarios.Split.Clients with { Seasonality = factors } };
        Assert.Contains(error, ScenarioValidator.Errors(scenario));
    }
}
