namespace SalesDomain.Simulation.Engine;

/// <summary>
/// Money inside a replication: every purchase is booked in whole cents (64-bit per client, 128-bit for sums over
/// clients), so the weekly loop adds integers; amounts leave the engine as <see cref="decimal"/>, exactly.
/// </summary>
internal static class Cents
{
    /// <summary>A purchase of <paramref name="amount"/> currency units in cents: rounded to the cent (to even), capped at <see cref="SimulationPlan.MaxPurchase"/>, 0 when not positive.</summary>
    public static long Of(double amount)
        => amount <= 0 || double.IsNaN(amount) ? 0L : (long)(Math.Round((decimal)Math.Min(amount, SimulationPlan.MaxPurchase), 2) * 100m);

    /// <summary>An amount in currency units.</summary>
    public static decimal ToAmount(Int128 cents) => (decimal)cents / 100m;
}
