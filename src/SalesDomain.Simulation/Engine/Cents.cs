namespace SalesDomain.Simulation.Engine;

/// <summary>
/// Money inside a replication: every purchase is booked in whole cents (64-bit per client, 128-bit for sums over
/// clients), so the weekly loop adds integers; amounts leave the engine as <see cref="decimal"/>, exactly.
/// </summary>
internal static class Cents
{
    /// <summary>Below this amount the double fast path of <see cref="Of"/> is exact (see there).</summary>
    private const double FastLimit = 1e9;

    /// <summary>
    /// A purchase of <paramref name="amount"/> currency units in cents: the amount as a decimal (15 significant digits),
    /// rounded to the cent (to even), capped at <see cref="SimulationPlan.MaxPurchase"/>, 0 when not positive.
    /// </summary>
    /// <remarks>
    /// Below 10⁹ the decimal conversion moves the amount by at most 5·10⁻⁷ (15 significant digits, at least 6 of them
    /// after the point) and the double product amount × 100 is within 10⁻⁵ cent of the exact one, so whenever that
    /// product is more than 10⁻³ cent away from a half cent both roundings give the same whole cent: the result is that
    /// of <see cref="OfDecimal"/> without a decimal operation. Other amounts take the decimal path.
    /// </remarks>
    public static long Of(double amount)
    {
        if (amount > 0 && amount < FastLimit)
        {
            var cents = amount * 100;
            var fraction = cents - Math.Floor(cents);
            if (Math.Abs(fraction - 0.5) > 1e-3)
            {
                return (long)Math.Round(cents);
            }
        }

        return OfDecimal(amount);
    }

    /// <summary>The definition of <see cref="Of"/>, in decimal arithmetic.</summary>
    internal static long OfDecimal(double amount)
        => amount <= 0 || double.IsNaN(amount) ? 0L : (long)(Math.Round((decimal)Math.Min(amount, SimulationPlan.MaxPurchase), 2) * 100m);

    /// <summary>An amount in currency units.</summary>
    public static decimal ToAmount(Int128 cents) => (decimal)cents / 100m;
}
