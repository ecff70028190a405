namespace SalesDomain.Simulation.Scenarios;

/// <summary>
/// One client as a calibrated population knows it: its monthly spend while alive and its mean purchase interval. A
/// population with profiles draws each simulated client's spend and interval together from them, so the joint
/// distribution of the client's own base (big spenders buying often, one-time buyers rarely) is kept.
/// </summary>
public sealed record ClientProfile
{
    /// <summary>Monthly spend while alive, currency units; &gt; 0.</summary>
    public double MonthlySpend { get; set; }

    /// <summary>Mean interval between purchases, weeks; &gt; 0 and at most 5,200.</summary>
    public double IntervalWeeks { get; set; }
}
