using SalesDomain.Simulation;
using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;
using static SalesDomain.Simulation.Tests.SimulationFixtures;

namespace SalesDomain.Simulation.Tests.Behaviour;

/// <summary>
/// The gaming seed 002 reports, derived by the choice model and visible in the ledger (docs/simulator.md, "Gaming"):
/// smallest outlets under an ungraded active-base bonus, one-off activations, just-above-threshold first orders,
/// downgrades; and the SaaS case with its refusals observed under the scheme.
/// </summary>
public class GamingTests
{
    private static readonly SimulationOptions Options = new() { Runs = 4, Seed = 9 };

    private static Scenario Split(BonusProgramSpec bonus) => Small(BuiltInScenarios.Split) with { Bonus = bonus };

    private static List<ReplicationLedger> Ledgers(Scenario s) => [.. MonteCarlo.Run(s, Options).Outcomes.Select(o => o.Ledger)];

    [Trait("Category", "Slow")]
    [Fact]
    public void UngradedActivationBonus_WinsSmallerOutlets_GradedByOutletWinsLarger()
    {
        var salary = Ledgers(Split(new BonusProgramSpec())).Average(l => l.MeanPotentialWon);
        var flat = Ledgers(Split(new BonusProgramSpec { ActivationBonus = 200m })).Average(l => l.MeanPotentialWon);
        // Chains (factor 3) pay most: hunters go for the big outlets.
        var graded = Ledgers(Split(new BonusProgramSpec { ActivationBonusByChannel = [100m, 150m, 600m, 80m] })).Average(l => l.MeanPotentialWon);
        Assert.True(flat < salary, $"flat {flat} salary {salary}");
        Assert.True(graded > flat, $"graded {graded} flat {flat}");
    }

    [Fact]
    public void ActivationBonus_InvitesOneOffActivations_RisingWithTheBonus()
    {
        Assert.All(Ledgers(Split(new BonusProgramSpec())), l => Assert.Equal(0, l.OneOffActivations));
        var small = Ledgers(Split(new BonusProgramSpec { ActivationBonus = 50m })).Sum(l => l.OneOffActivations);
        var large = Ledgers(Split(new BonusProgramSpec { ActivationBonus = 400m })).Sum(l => l.OneOffActivations);
        Assert.True(large > small && small >= 0, $"{small} {large}");
        Assert.True(large > 0);
    }

    [Fact]
    public void ActivationMinimum_InvitesJustAboveThresholdFirstOrders()
    {
        var threshold = new BonusProgramSpec { ActivationBonus = 100m, ActivationMinimumVolume = 1_000m };
        Assert.True(Ledgers(Split(threshold)).Sum(l => l.ThresholdPadded) > 0);
        // Without a bonus nobody games the threshold.
        Assert.All(Ledgers(Split(new BonusProgramSpec { ActivationMinimumVolume = 1_000m })), l => Assert.Equal(0, l.ThresholdPadded));
    }

    [Fact]
    public void FirstOrdersAreInflated_OnlyWhenNoRenewalToleranceCatchesIt()
    {
        var tolerant = Ledgers(Split(new BonusProgramSpec { UpfrontRatePerDollar = 2m, ClawbackMonths = 4, RenewalTolerance = 0m }));
        var strict = Ledgers(Split(new BonusProgramSpec { UpfrontRatePerDollar = 2m, ClawbackMonths = 4, RenewalTolerance = 1m }));
        Assert.All(tolerant, l => Assert.True(l.FrontLoad > 0m));
        Assert.All(strict, l => Assert.Equal(0m, l.FrontLoad));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Saas_RefusalsAreThoseObservedUnderTheScheme_AndClientsDowngrade()
    {
        var ledgers = MonteCarlo.Run(BuiltInScenarios.Saas, new SimulationOptions { Runs = 8, Seed = 1 }).Outcomes.Select(o => o.Ledger).ToList();

        // Early refusals of clients won at least 20 weeks before the horizon; the seed observed 10–40 % by agent, 25 % on average.
        var share = (double)ledgers.Sum(l => l.EarlyRefusals) / ledgers.Sum(l => l.AcquiredByHunters);
        Assert.InRange(share, 0.17, 0.27);
        Assert.All(ledgers, l => Assert.True(l.Downgrades > 0));
        var kept = ledgers.Sum(l => l.UpfrontRetained) / ledgers.Sum(l => l.UpfrontWindowRevenue);
        Assert.InRange(kept, 0.22m, 0.28m);
    }

    [Fact]
    public void Downgrades_AreOffByDefault()
        => Assert.All(Ledgers(Small(BuiltInScenarios.SplitClawback)), l => Assert.Equal(0, l.Downgrades));
}
