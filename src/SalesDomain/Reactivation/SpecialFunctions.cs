namespace SalesDomain.Reactivation;

/// <summary>
/// Log-gamma and the Gauss hypergeometric function ₂F₁, in pure C#, for the BG/NBD model (docs/reactivation.md).
/// </summary>
internal static class SpecialFunctions
{
    // Lanczos approximation, g = 7, n = 9 (relative error below 1e-15 for x > 0).
    private static readonly double[] LanczosCoefficients =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    private static readonly double HalfLogTwoPi = 0.5 * Math.Log(2 * Math.PI);

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    public static double LogGamma(double x)
    {
        if (!(x > 0d) || !double.IsFinite(x))
        {
            throw Guard.OutOfRange(nameof(x), x, "must be a finite number > 0");
        }

        if (x < 0.5)
        {
            // Reflection: Γ(x) Γ(1 − x) = π / sin(πx).
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1d - x);
        }

        x -= 1d;
        var sum = LanczosCoefficients[0];
        for (var i = 1; i < LanczosCoefficients.Length; i++)
        {
            sum += LanczosCoefficients[i] / (x + i);
        }

        var t = x + 7.5;
        return HalfLogTwoPi + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    /// <summary>
    /// ₂F₁(a, b; c; z) by its power series Σ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ for 0 ≤ z &lt; 1 and c not 0, −1, −2, …,
    /// summed until a term changes the sum by less than 1e-15 relative.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">z is outside [0, 1) or c is a non-positive integer.</exception>
    /// <exception cref="ArithmeticException">The series did not converge within the term limit.</exception>
    public static double Hypergeometric2F1(double a, double b, double c, double z) => ScaledHypergeometric2F1(a, b, c, z, 0d);

    /// <summary>
    /// e^<paramref name="logScale"/> · ₂F₁(a, b; c; z), summing the scaled terms in log space so that neither a tiny
    /// scale nor huge intermediate terms overflow or underflow (for z near 1 the terms peak near n ≈ a·z/(1−z)).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">z is outside [0, 1) or c is a non-positive integer.</exception>
    /// <exception cref="ArithmeticException">The series did not converge within the term limit.</exception>
    public static double ScaledHypergeometric2F1(double a, double b, double c, double z, double logScale)
    {
        if (!(z >= 0d && z < 1d))
        {
            throw Guard.OutOfRange(nameof(z), z, "must be within [0, 1)");
        }

        if (!double.IsFinite(c) || (c <= 0d && c == Math.Floor(c)))
        {
            throw Guard.OutOfRange(nameof(c), c, "must not be 0 or a negative integer");
        }

        const int MaxTerms = 20_000_000;
        var logZ = Math.Log(z);
        var logTerm = 0d;
        var sign = 1d;
        var sum = ScaledSum.One();
        var floor = Math.Max(Math.Abs(a), Math.Max(Math.Abs(b), Math.Abs(c)));
        for (var n = 0; n < MaxTerms && z > 0d; n++)
        {
            var ratio = (a + n) * (b + n) / ((c + n) * (n + 1));
            if (ratio == 0d)
            {
                return sum.Value(logScale); // a or b is a non-positive integer: the series ends
            }

            sign *= Math.Sign(ratio);
            logTerm += Math.Log(Math.Abs(ratio)) + logZ;
            if (sum.AddIsNegligible(sign, logTerm) && n > floor)
            {
                return sum.Value(logScale);
            }

            if (!sum.IsFinite)
            {
                break;
            }
        }

        if (z == 0d)
        {
            return Math.Exp(logScale);
        }

        throw new ArithmeticException($"2F1({a}, {b}; {c}; {z}) did not converge within {MaxTerms} terms.");
    }

    /// <summary>
    /// e^<paramref name="logScale"/> · Σₙ≥₁ (a)ₙ zⁿ / n! · Hₙ with Hₙ = Σₖ₌₀ⁿ⁻¹ 1/(b+k): the series −∂₂F₁(a, b; c; z)/∂c
    /// at c = b, for 0 ≤ z &lt; 1, a &gt; 0, b &gt; 0. Summed in log space like <see cref="ScaledHypergeometric2F1"/>.
    /// </summary>
    /// <exception cref="ArithmeticException">The series did not converge within the term limit.</exception>
    public static double ScaledHarmonicPochhammerSeries(double a, double b, double z, double logScale)
    {
        if (!(z >= 0d && z < 1d))
        {
            throw Guard.OutOfRange(nameof(z), z, "must be within [0, 1)");
        }

        const int MaxTerms = 20_000_000;
        var sum = default(ScaledSum);
        if (z == 0d)
        {
            return 0d;
        }

        var logZ = Math.Log(z);
        var logPochhammer = 0d; // ln((a)ₙ / n!)
        var harmonic = 0d;
        for (var n = 1; n < MaxTerms; n++)
        {
            logPochhammer += Math.Log((a + n - 1) / n);
            harmonic += 1d / (b + n - 1);
            if (sum.AddIsNegligible(1d, logPochhammer + (n * logZ) + Math.Log(harmonic)) && n > a)
            {
                return sum.Value(logScale);
            }

            if (!sum.IsFinite)
            {
                break;
            }
        }

        throw new ArithmeticException($"The harmonic Pochhammer series ({a}, {b}; {z}) did not converge within {MaxTerms} terms.");
    }

    /// <summary>
    /// A running sum kept as acc · e^logMax, logMax the largest log-magnitude added so far, so that terms far below the
    /// double range (a tiny scale) or far above it (z near 1) still add up.
    /// </summary>
    private struct ScaledSum
    {
        private bool _started;
        private double _logMax;
        private double _acc;

        public readonly bool IsFinite => double.IsFinite(_acc);

        /// <summary>A sum that already holds the term 1 (the n = 0 term of a hypergeometric series).</summary>
        public static ScaledSum One() => new() { _started = true, _acc = 1d };

        /// <summary>Adds sign · e^logAbs; true when it changed the sum by less than 1e−15 relative.</summary>
        public bool AddIsNegligible(double sign, double logAbs)
        {
            if (!_started)
            {
                (_started, _logMax, _acc) = (true, logAbs, sign);
                return false;
            }

            if (logAbs > _logMax)
            {
                _acc *= Math.Exp(_logMax - logAbs);
                _logMax = logAbs;
            }

            var relative = sign * Math.Exp(logAbs - _logMax);
            _acc += relative;
            return Math.Abs(relative) <= 1e-15 * Math.Abs(_acc);
        }

        public readonly double Value(double logScale) => _started ? _acc * Math.Exp(_logMax + logScale) : 0d;
    }
}
