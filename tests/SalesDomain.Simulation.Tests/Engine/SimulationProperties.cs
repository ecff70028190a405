using SalesDomain.Model;
using SalesDomain.Simulation;
using SalesDomain.Simulation.Scenarios;
using SalesDomain.Testing;
using static SalesDomain.Simulation.Tests.SimulationFixtures;

namespace SalesDomain.Simulation.Tests.Engine;

/// <summary>Invariants of the engine over generated valid scenarios (docs/simulator.md; DOMAIN.md §3, §4, §7).</summary>
[Properties(Arbitrary = new[] { typeof(ScenarioArbitraries) }, MaxTest = 100)]
public class SimulationProperties
{
    private static SimulationOptions Two { get; } = new() { Runs = 2, Seed = 11 };

    [Trait("Category", "Slow")]
    [Property]
    public Property Conservation_HoldsForAnyScenario(Scenario scenario)
    {
        var violations = MonteCarlo.Run(scenario, Two).Outcomes.SelectMany(Violations).ToList();
        return (violations.Count == 0).Label(string.Join("; ", violations));
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool ZeroHunters_AcquireNoClientByHunting(Scenario scenario)
    {
        var noHunters = scenario with
        {
            SalesForce = [.. scenario.SalesForce.Select(g => g.Role == ManagerRole.Hunter ? g with { Count = 0 } : g)],
        };
        return MonteCarlo.Run(noHunters, Two).Outcomes.All(o => o.Ledger.AcquiredByHunters == 0);
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool NoAcquirers_LeaveThePotentialPoolIntact(Scenario scenario)
    {
        var none = scenario with
        {
            SalesForce = [.. scenario.SalesForce.Select(g => g.Role is ManagerRole.Hunter or ManagerRole.Generalist ? g with { Count = 0 } : g)],
        };
        return MonteCarlo.Run(none, Two).Outcomes.All(o => o.Ledger.FinalPotential == scenario.Population.MarketCapacity);
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool ZeroFarmerCapacity_MakesNoNormContact(Scenario scenario)
    {
        // Keepers (farmers, generalists) whose week is shorter than one call cannot make any contact.
        var idle = scenario with
        {
            SalesForce = [.. scenario.SalesForce.Select(g => g.Role is ManagerRole.Farmer or ManagerRole.Generalist
                ? g with { CapacityHours = g.CallHours / 2 } : g)],
        };
        return MonteCarlo.Run(idle, Two).Outcomes.All(o => o.Ledger.NormContacts == 0);
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool NoKeepers_MakeNoNormContact(Scenario scenario)
    {
        var none = scenario with
        {
            SalesForce = [.. scenario.SalesForce.Select(g => g.Role is ManagerRole.Farmer or ManagerRole.Generalist ? g with { Count = 0 } : g)],
        };
        return MonteCarlo.Run(none, Two).Outcomes.All(o => o.Ledger.NormContacts == 0);
    }

    [Trait("Category", "Slow")]
    [Property]
    public bool Payouts_NeverExceedTheUpfrontBound(Scenario scenario)
    {
        // Kept upfront bonus ≤ max rate × first-month revenue of the closed windows.
        var b = scenario.Bonus;
        var rate = b.QuartileRates.Count == 4 ? b.QuartileRates.Max() : b.UpfrontRatePerDollar;
        return MonteCarlo.Run(scenario, Two).Outcomes.All(o =>
            o.Ledger.UpfrontRetained >= 0m && o.Ledger.UpfrontRetained <= rate * o.Ledger.UpfrontFirstMonthRevenue);
    }
}
