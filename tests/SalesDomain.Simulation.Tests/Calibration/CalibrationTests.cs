using SalesDomain.Csv;
using SalesDomain.Model;
using SalesDomain.Simulation;
using SalesDomain.Simulation.Calibration;
using SalesDomain.Simulation.Results;

namespace SalesDomain.Simulation.Tests.Calibration;

/// <summary>
/// Calibration on a real export (docs/simulator.md, "Calibration"): fitted on CDNOW's first 12 months (1997), the
/// simulated months 13–18 land within stated tolerances of what CDNOW's clients actually did in January–June 1998.
/// </summary>
public class CalibrationTests
{
    private static readonly Lazy<Sale[]> Cdnow = new(() => [.. TransactionCsvImporter.ImportFile(TestData.PathOf("cdnow/CDNOW_master.csv")).Accepted]);

    private static readonly DateOnly AsOf = new(1997, 12, 31);

    [Trait("Category", "Slow")]
    [Fact]
    public void Cdnow_CalibratedOnTwelveMonths_PredictsMonthsThirteenToEighteen()
    {
        var scenario = ScenarioCalibrator.Calibrate(Cdnow.Value, AsOf);
        Assert.Equal(0, scenario.Population.MarketCapacity);
        Assert.Contains("$.clients.baseMonthlyChurn", scenario.Sources!.Keys);
        Assert.Contains("$.population.initialActive", scenario.Sources!.Keys);

        var later = Cdnow.Value.Where(s => s.Date > AsOf && s.Date <= new DateOnly(1998, 6, 30)).ToList();
        var observedRevenue = later.Sum(s => s.Amount);
        var observedBuyersPerMonth = later.GroupBy(s => (s.Date.Year, s.Date.Month)).Average(g => g.Select(s => s.ClientId).Distinct().Count());
        var observedRepeatBuyers = later.Select(s => s.ClientId).Distinct().Count();

        var result = MonteCarlo.Run(scenario, new SimulationOptions { Runs = 4, Months = 6, Seed = 1 });
        var revenue = result.Total(Metric.Revenue).Mean;
        var buyersPerMonth = result.Outcomes.Average(o => o.SeriesOf(Metric.Buyers).ToArray().Average());
        var repeatBuyers = result.Outcomes.Average(o => o.Ledger.Buyers);

        // Tolerances (docs/simulator.md; measured −10 %, −5 %, −2 %): revenue ±15 %, buyers a month and distinct buyers over
        // the 6 months ±10 %. The population draws each client's spend and interval together from the export's own
        // clients (profiles), so the slow one-time buyers stay slow. Revenue runs low by about 4 points of Monte Carlo
        // (40 runs give −6.1 %), 4 points from the 1,000 profiles' mean spend and 2 from first purchases in the spend.
        var message = $"revenue {revenue:N0} vs {observedRevenue:N0}; buyers/month {buyersPerMonth:N0} vs {observedBuyersPerMonth:N0}; distinct buyers {repeatBuyers:N0} vs {observedRepeatBuyers:N0}";
        Assert.True(Math.Abs(revenue / observedRevenue - 1) <= 0.15m, message);
        Assert.True(Math.Abs((decimal)buyersPerMonth / (decimal)observedBuyersPerMonth - 1) <= 0.10m, message);
        Assert.True(Math.Abs((decimal)repeatBuyers / observedRepeatBuyers - 1) <= 0.10m, message);
        Assert.Equal(1_000, scenario.Population.Profiles.Count);
    }

    [Fact]
    public void Calibrate_WithoutSales_Throws()
        => Assert.Throws<ArgumentException>(() => ScenarioCalibrator.Calibrate([new Sale("c1", new DateOnly(2020, 1, 1), 10m)], new DateOnly(2019, 1, 1)));
}
