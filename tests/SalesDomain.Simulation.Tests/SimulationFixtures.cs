using SalesDomain.Simulation;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulation.Tests;

/// <summary>Small versions of the built-in scenarios and the ledger's conservation laws (docs/simulator.md).</summary>
internal static class SimulationFixtures
{
    /// <summary>A built-in scenario with a 600 + 150 client population and a 6-month horizon.</summary>
    public static Scenario Small(Scenario s) => s with
    {
        Months = 6,
        Population = s.Population with { MarketCapacity = 600, InitialActive = 150 },
    };

    /// <summary>Every violated conservation law of one replication; empty when the books balance.</summary>
    public static IEnumerable<string> Violations(ReplicationOutcome o)
    {
        var l = o.Ledger;
        var hunted = l.AcquiredByHunters + l.AcquiredByGeneralists;
        var lost = l.ChurnedByHazard + l.EarlyRefusals + l.HandOverLosses + l.LostWithManager;
        if (l.FinalActive + l.FinalPotential + l.FinalLost != l.Population)
        {
            yield return $"active {l.FinalActive} + potential {l.FinalPotential} + lost {l.FinalLost} != population {l.Population}";
        }

        if (l.InitialActive + l.InitialPotential != l.Population)
        {
            yield return $"initial active {l.InitialActive} + potential {l.InitialPotential} != population {l.Population}";
        }

        if (l.FinalPotential != l.InitialPotential - hunted)
        {
            yield return $"potential {l.FinalPotential} != initial {l.InitialPotential} - won {hunted}";
        }

        if (l.FinalActive != l.InitialActive + hunted + l.Reactivated - lost)
        {
            yield return $"active {l.FinalActive} != initial {l.InitialActive} + won {hunted} + reactivated {l.Reactivated} - lost {lost}";
        }

        if (l.FinalLost != lost - l.Reactivated)
        {
            yield return $"lost {l.FinalLost} != lost {lost} - reactivated {l.Reactivated}";
        }

        var revenue = Sum(o, Metric.Revenue);
        if (revenue != l.PurchaseTotal)
        {
            yield return $"revenue series {revenue} != sum of purchases {l.PurchaseTotal}";
        }

        if (Sum(o, Metric.Acquired) != hunted || Sum(o, Metric.Reactivated) != l.Reactivated || Sum(o, Metric.Churned) != lost)
        {
            yield return "monthly flows do not add up to the ledger";
        }

        var series = o.SeriesOf(Metric.ActiveClients);
        if (series[^1] != l.FinalActive)
        {
            yield return $"last month's active clients {series[^1]} != ledger {l.FinalActive}";
        }
    }

    public static decimal Sum(ReplicationOutcome o, Metric metric)
    {
        var sum = 0m;
        foreach (var v in o.SeriesOf(metric))
        {
            sum += v;
        }

        return sum;
    }

    public static SimulationResult Run(Scenario s, int runs = 4, long seed = 7, int workers = 0)
        => MonteCarlo.Run(s, new SimulationOptions { Seed = seed, Runs = runs, Workers = workers });
}
