namespace SalesDomain.Reactivation;

/// <summary>
/// Log-gamma, digamma and the Gauss hypergeometric function ₂F₁, in pure C#, for the BG/NBD model
/// (docs/reactivation.md in the repository).
/// </summary>
internal static class SpecialFunctions
{
    /// <summary>
    /// Limit on series terms. The callers keep their arguments in a domain where the series needs far fewer terms
    /// (see <see cref="BgNbdModel.ExpectedPurchasesIfAlive"/>); reaching it means a programming error.
    /// </summary>
    private const int MaxTerms = 100_000_000;

    /// <summary>Rescaling step of the running sums: terms far above the double range stay representable.</summary>
    private const double Rescale = 1e-280;

    // Lanczos approximation, g = 7, n = 9 (relative error below 1e-15 for x > 0).
    private static readonly double[] LanczosCoefficients =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    private static readonly double HalfLogTwoPi = 0.5 * Math.Log(2 * Math.PI);

    private static readonly double LogRescale = -Math.Log(Rescale);

    /// <summary>ln(1 + x) for x ≥ 0, accurate to a few ulps also for small x (the ratio trick of Goldberg 1991).</summary>
    public static double LogOnePlus(double x)
    {
        var u = 1d + x;
        return u == 1d ? x : Math.Log(u) * x / (u - 1d);
    }

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
    /// ψ(x) = d ln Γ(x) / dx for x &gt; 0: the recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 10, then the asymptotic
    /// series ln x − 1/(2x) − Σ B₂ₖ/(2k x²ᵏ) to k = 6 (absolute error below 1e−14).
    /// </summary>
    public static double Digamma(double x)
    {
        if (!(x > 0d) || !double.IsFinite(x))
        {
            throw Guard.OutOfRange(nameof(x), x, "must be a finite number > 0");
        }

        var result = 0d;
        while (x < 10d)
        {
            result -= 1d / x;
            x += 1d;
        }

        var f = 1d / (x * x);
        var series = f * ((1d / 12d) - (f * ((1d / 120d) - (f * ((1d / 252d) - (f * ((1d / 240d) - (f * ((1d / 132d) - (f * 691d / 32760d))))))))));
        return result + Math.Log(x) - (0.5 / x) - series;
    }

    /// <summary>
    /// ₂F₁(a, b; c; z) by its power series Σ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ for 0 ≤ z &lt; 1, a &gt; 0, b &gt; 0 and c not 0, −1, −2, …
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside that domain.</exception>
    public static double Hypergeometric2F1(double a, double b, double c, double z) => ScaledHypergeometric2F1(a, b, c, z, 0d);

    /// <summary>
    /// e^<paramref name="logScale"/> · ₂F₁(a, b; c; z) for 0 ≤ z &lt; 1, a &gt; 0, b &gt; 0, c not 0, −1, −2, …: the power
    /// series summed term by term (each term is the previous one times (a+n)(b+n)z/((c+n)(n+1))) with the running
    /// sum rescaled by 10⁻²⁸⁰ whenever it grows past 10²⁸⁰, so that neither huge terms (z near 1) nor a tiny scale
    /// overflow or underflow. The sum stops when the whole remaining tail is provably below 10⁻¹⁶ of it: from a
    /// term tₙ on, every ratio is at most R = z · max(1, (a+n)/(n+1)) · max(1, (b+n)/(c+n)), so the tail is at most
    /// tₙ R/(1 − R). The number of terms is about (a + |ln 10⁻¹⁶|)/(1 − z) at worst, whatever b and c are.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside that domain.</exception>
    /// <exception cref="ArithmeticException">The series needed more than 10⁸ terms (a programming error: callers bound the work).</exception>
    public static double ScaledHypergeometric2F1(double a, double b, double c, double z, double logScale)
    {
        CheckSeriesArguments(a, b, z);
        if (!double.IsFinite(c) || (c <= 0d && c == Math.Floor(c)))
        {
            throw Guard.OutOfRange(nameof(c), c, "must be finite and not 0 or a negative integer");
        }

        var sum = new ScaledSum(1d);
        var term = 1d;
        for (var n = 0; z > 0d; n++)
        {
            if (n >= MaxTerms)
            {
                throw new ArithmeticException($"2F1({a}, {b}; {c}; {z}) needs more than {MaxTerms} terms.");
            }

            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum.Add(ref term);
            var m = n + 1d;
            if (Math.Abs(term) <= 1e-16 * Math.Abs(sum.Acc) && c + m > 0d)
            {
                var bound = z * Math.Max(1d, (a + m) / (m + 1d)) * Math.Max(1d, (b + m) / (c + m));
                if (bound < 1d && Math.Abs(term) * bound / (1d - bound) <= 1e-16 * Math.Abs(sum.Acc))
                {
                    break;
                }
            }
        }

        return sum.Value(logScale);
    }

    /// <summary>
    /// e^<paramref name="logScale"/> · Σₙ≥₁ (a)ₙ zⁿ / n! · Hₙ with Hₙ = Σₖ₌₀ⁿ⁻¹ 1/(b+k): the series −∂₂F₁(a, b; c; z)/∂c
    /// at c = b, for 0 ≤ z &lt; 1, a &gt; 0, b &gt; 0. Summed like <see cref="ScaledHypergeometric2F1"/>; the tail bound
    /// uses Hₙ₊₁/Hₙ ≤ 1 + 1/n.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside that domain.</exception>
    /// <exception cref="ArithmeticException">The series needed more than 10⁸ terms.</exception>
    public static double ScaledHarmonicPochhammerSeries(double a, double b, double z, double logScale)
    {
        CheckSeriesArguments(a, b, z);
        if (z == 0d)
        {
            return 0d;
        }

        var sum = new ScaledSum(0d);
        var pochhammer = 1d; // (a)ₙ zⁿ / n!, rescaled with the sum
        var harmonic = 0d;
        for (var n = 1; ; n++)
        {
            if (n >= MaxTerms)
            {
                throw new ArithmeticException($"The harmonic Pochhammer series ({a}, {b}; {z}) needs more than {MaxTerms} terms.");
            }

            pochhammer *= (a + n - 1) / n * z;
            harmonic += 1d / (b + n - 1);
            var term = pochhammer * harmonic;
            if (sum.Add(ref term))
            {
                pochhammer *= Rescale;
            }

            var bound = z * Math.Max(1d, (a + n) / (n + 1d)) * (1d + (1d / n));
            if (term <= 1e-16 * sum.Acc && bound < 1d && term * bound / (1d - bound) <= 1e-16 * sum.Acc)
            {
                return sum.Value(logScale);
            }
        }
    }

    private static void CheckSeriesArguments(double a, double b, double z)
    {
        if (!(a > 0d) || !double.IsFinite(a))
        {
            throw Guard.OutOfRange(nameof(a), a, "must be a finite number > 0");
        }

        if (!(b > 0d) || !double.IsFinite(b))
        {
            throw Guard.OutOfRange(nameof(b), b, "must be a finite number > 0");
        }

        if (!(z >= 0d && z < 1d))
        {
            throw Guard.OutOfRange(nameof(z), z, "must be within [0, 1)");
        }
    }

    /// <summary>A running sum of terms of one sign kept as Acc · 10^(280·k), rescaled together with the current term.</summary>
    private struct ScaledSum(double start)
    {
        private double _logOffset;

        public double Acc { get; private set; } = start;

        /// <summary>Adds the term; rescales sum and term (and returns true) when the sum passes 10²⁸⁰.</summary>
        public bool Add(ref double term)
        {
            Acc += term;
            if (Math.Abs(Acc) <= 1d / Rescale)
            {
                return false;
            }

            Acc *= Rescale;
            term *= Rescale;
            _logOffset += LogRescale;
            return true;
        }

        public readonly double Value(double logScale)
        {
            if (Acc == 0d)
            {
                return 0d;
            }

            var log = _logOffset + logScale;
            return log is > -700d and < 700d ? Acc * Math.Exp(log) : Math.CopySign(Math.Exp(Math.Log(Math.Abs(Acc)) + log), Acc);
        }
    }
}
