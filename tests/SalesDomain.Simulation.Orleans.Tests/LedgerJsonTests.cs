using SalesDomain.Simulation.Results;
using SalesDomain.Simulation.Scenarios;

namespace SalesDomain.Simulation.Orleans.Tests;

public sealed class LedgerJsonTests
{
    [Fact]
    public void An_outcome_survives_the_wire_bit_for_bit()
    {
        var outcome = MonteCarlo.RunReplications(BuiltInScenarios.Named(BuiltInScenarios.DefaultName), new SimulationOptions { Seed = 3, Months = 4 }, 5, 1)[0];

        var back = LedgerJson.FromPayload(LedgerJson.ToPayload(outcome));

        Assert.Equal(outcome.Replication, back.Replication);
        Assert.Equal(outcome.Ledger, back.Ledger);
        foreach (var metric in Enum.GetValues<Metric>())
        {
            Assert.Equal(Bits(outcome.SeriesOf(metric).ToArray()), Bits(back.SeriesOf(metric).ToArray()));
        }

        Assert.Equal(LedgerJson.ToPayload(outcome).Ledger, LedgerJson.ToPayload(back).Ledger);
    }

    [Fact]
    public void Ledger_decimals_keep_their_scale()
    {
        var ledger = new ReplicationLedger
        {
            PurchaseTotal = 1.50m,
            HuntingHours = 2.000m,
            RevenueFromHunted = new ValueList<decimal>([0.10m, 3m]),
            Managers = new ValueList<ManagerLedger>([new ManagerLedger { Group = "hunters", NormCompliance = 0.950m }]),
        };
        var series = Enum.GetValues<Metric>().Select(_ => new[] { 1.0m }).ToArray();

        var back = LedgerJson.FromPayload(LedgerJson.ToPayload(ReplicationOutcome.Restore(0, series, ledger))).Ledger;

        Assert.Equal(decimal.GetBits(1.50m), decimal.GetBits(back.PurchaseTotal));
        Assert.Equal(decimal.GetBits(2.000m), decimal.GetBits(back.HuntingHours));
        Assert.Equal(decimal.GetBits(0.10m), decimal.GetBits(back.RevenueFromHunted[0]));
        Assert.Equal(decimal.GetBits(0.950m), decimal.GetBits(back.Managers[0].NormCompliance!.Value));
    }

    [Fact]
    public void Merge_refuses_replications_out_of_order()
    {
        var scenario = BuiltInScenarios.Named(BuiltInScenarios.DefaultName);
        var options = new SimulationOptions { Months = 2 };
        var outcomes = MonteCarlo.RunReplications(scenario, options, 0, 3);

        Assert.Throws<ArgumentException>(() => MonteCarlo.Merge(scenario, options, [outcomes[0], outcomes[2], outcomes[1]]));
        Assert.Equal(3, MonteCarlo.Merge(scenario, options, outcomes).Runs);
    }

    private static string[] Bits(decimal[] values) => [.. values.Select(v => string.Join('.', decimal.GetBits(v)))];
}
