namespace SalesDomain.Simulation.Results;

/// <summary>
/// The few distribution functions the simulator's statistics need (docs/simulator.md in the repository, "Statistics"): the 97.5 %
/// quantile of Student's t for a 95 % confidence interval and the standard normal distribution function. Computed in
/// double precision; deterministic (no state, no randomness).
/// </summary>
public static class SampleStatistics
{
    /// <summary>The 97.5 % quantile of the standard normal distribution.</summary>
    public const double Z975 = 1.959963984540054;

    // Coefficients of the Chebyshev fit of erfc, highest power of t first (Numerical Recipes, erfcc).
    private static readonly double[] Erfc =
    [
        0.17087277, -0.82215223, 1.48851587, -1.13520398, 0.27886807, -0.18628806, 0.09678418, 0.37409196, 1.00002368, -1.26551223,
    ];

    // t(0.975, ν) for ν = 1 … 30, to nine decimals.
    private static readonly double[] T975 =
    [
        12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836, 2.446911851, 2.364624252, 2.306004135,
        2.262157163, 2.228138852, 2.200985160, 2.178812830, 2.160368656, 2.144786688, 2.131449546, 2.119905299,
        2.109815578, 2.100922040, 2.093024054, 2.085963447, 2.079613845, 2.073873068, 2.068657610, 2.063898562,
        2.059538553, 2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456,
    ];

    /// <summary>
    /// The 97.5 % quantile of Student's t with <paramref name="degreesOfFreedom"/> degrees of freedom: tabulated for
    /// 1 … 30, above that the Cornish–Fisher expansion around the normal quantile (error below 10⁻⁶).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreesOfFreedom"/> is below 1.</exception>
    public static double StudentT975(int degreesOfFreedom)
    {
        if (degreesOfFreedom < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, $"degreesOfFreedom must be >= 1, was {degreesOfFreedom}.");
        }

        if (degreesOfFreedom <= T975.Length)
        {
            return T975[degreesOfFreedom - 1];
        }

        double v = degreesOfFreedom, z = Z975, z2 = z * z, z3 = z2 * z, z5 = z3 * z2, z7 = z5 * z2, z9 = z7 * z2;
        return z + ((z3 + z) / (4 * v))
            + (((5 * z5) + (16 * z3) + (3 * z)) / (96 * v * v))
            + (((3 * z7) + (19 * z5) + (17 * z3) - (15 * z)) / (384 * v * v * v))
            + (((79 * z9) + (776 * z7) + (1482 * z5) - (1920 * z3) - (945 * z)) / (92160 * v * v * v * v));
    }

    /// <summary>
    /// The standard normal distribution function Φ(x), from the complementary error function (Chebyshev fit of
    /// Numerical Recipes, relative error below 1.2 × 10⁻⁷); 0 and 1 in the far tails.
    /// </summary>
    public static double NormalCdf(double x)
    {
        var y = -x / Math.Sqrt(2);
        var t = 1 / (1 + (0.5 * Math.Abs(y)));
        var poly = 0.0;
        foreach (var c in Erfc)
        {
            poly = (poly * t) + c;
        }

        var erfc = t * Math.Exp((-y * y) + poly);
        return Math.Clamp(0.5 * (y >= 0 ? erfc : 2 - erfc), 0, 1);
    }
}
