using System.Globalization;

namespace SalesDomain.Reactivation;

/// <summary>
/// The BG/NBD model of Fader, Hardie and Lee (2005), "Counting Your Customers the Easy Way" (DOMAIN.md §3;
/// docs/reactivation.md in the repository): while alive a client buys as a Poisson process with rate λ ~ Gamma(r, α); after each
/// purchase the client drops out with probability p ~ Beta(a, b). Parameters are in the time unit of the data they
/// were fitted to.
/// </summary>
public sealed record BgNbdModel
{
    /// <summary>Longest evaluable horizon, as a multiple of α + T.</summary>
    private const double MaxHorizonRatio = 1e6;

    /// <summary>Largest evaluable (r + x)·t/(α + T).</summary>
    private const double MaxNoDropoutPurchases = 1e7;

    /// <summary>Creates a model with the four positive parameters.</summary>
    /// <param name="r">Shape of the purchase-rate gamma distribution; &gt; 0.</param>
    /// <param name="alpha">Scale (rate) of the purchase-rate gamma distribution, in time units; &gt; 0.</param>
    /// <param name="a">First shape of the dropout beta distribution; &gt; 0.</param>
    /// <param name="b">Second shape of the dropout beta distribution; &gt; 0.</param>
    public BgNbdModel(double r, double alpha, double a, double b)
    {
        R = Guard.Positive(r);
        Alpha = Guard.Positive(alpha);
        A = Guard.Positive(a);
        B = Guard.Positive(b);
    }

    /// <summary>r: shape of the purchase-rate gamma distribution.</summary>
    public double R { get; }

    /// <summary>α: scale of the purchase-rate gamma distribution (same unit as time).</summary>
    public double Alpha { get; }

    /// <summary>a: first shape of the dropout beta distribution.</summary>
    public double A { get; }

    /// <summary>b: second shape of the dropout beta distribution.</summary>
    public double B { get; }

    /// <summary>
    /// ln L(r, α, a, b | x, tₓ, T) of one client (Fader, Hardie and Lee 2005, eq. 6):
    /// L = A₁·A₂·(A₃ + δ(x&gt;0)·A₄) with A₁ = Γ(r+x)αʳ/Γ(r), A₂ = Γ(a+b)Γ(b+x)/(Γ(b)Γ(a+b+x)),
    /// A₃ = (α+T)^−(r+x), A₄ = a/(b+x−1)·(α+tₓ)^−(r+x).
    /// </summary>
    public double LogLikelihood(RfmSummary client) => LogLikelihood(R, Alpha, A, B, client);

    /// <summary>
    /// P(alive | x, tₓ, T) = 1 / (1 + δ(x&gt;0)·a/(b+x−1)·((α+T)/(α+tₓ))^(r+x)); 1 for a client with no repeat
    /// purchase (the BG/NBD model lets a client drop out only right after a purchase).
    /// </summary>
    public double ProbabilityAlive(RfmSummary client) => 1d / (1d + DeadOdds(client));

    /// <summary>
    /// E[Y(t) | x, tₓ, T]: expected purchases in the next <paramref name="periods"/> time units
    /// (Fader, Hardie and Lee 2005, eq. 10) = P(alive) · <see cref="ExpectedPurchasesIfAlive"/>.
    /// </summary>
    /// <param name="client">The client's history.</param>
    /// <param name="periods">Horizon t in time units; see <see cref="ExpectedPurchasesIfAlive"/> for its range.</param>
    /// <exception cref="ArgumentOutOfRangeException">The horizon or the client is outside the evaluable range.</exception>
    public double ExpectedPurchases(RfmSummary client, double periods)
        => ExpectedPurchasesIfAlive(client, periods) * ProbabilityAlive(client);

    /// <summary>
    /// Expected purchases in the next <paramref name="periods"/> time units for a client known to be alive now:
    /// (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))].
    /// Within 1e−7 of a = 1 (a removable singularity) and at a + b + x − 1 = 0 the formula's limits are used.
    /// The series takes about (r+x)·t/(α+T) + 37·(α+T+t)/(α+T) terms, so the evaluable range is
    /// t ≤ 10⁶·(α+T) and (r+x)·t/(α+T) ≤ 10⁷ (the purchases the client would make at its posterior mean rate if it
    /// never dropped out): years of horizon for any real base.
    /// </summary>
    /// <param name="client">The client's history.</param>
    /// <param name="periods">Horizon t in time units; finite, ≥ 0 and within the evaluable range.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="periods"/> is negative, not finite or too long, or the client's frequency is too large for the horizon.
    /// </exception>
    public double ExpectedPurchasesIfAlive(RfmSummary client, double periods)
    {
        Guard.NotNegative(periods);
        var ageAlpha = Alpha + client.Age;
        if (periods > MaxHorizonRatio * ageAlpha)
        {
            throw Guard.OutOfRange(nameof(periods), periods, string.Create(CultureInfo.InvariantCulture,
                $"must be at most 1e6 × (alpha + T) = {MaxHorizonRatio * ageAlpha:G6} time units for this client and model"));
        }

        if ((R + client.Frequency) * periods / ageAlpha > MaxNoDropoutPurchases)
        {
            var rule = string.Create(CultureInfo.InvariantCulture,
                $"(r + x) · periods / (alpha + T) must be at most 1e7 (r = {R:G6}, x = {client.Frequency}, alpha + T = {ageAlpha:G6}, periods = {periods:G6})");
            throw client.Frequency * periods / ageAlpha > MaxNoDropoutPurchases
                ? Guard.OutOfRange(nameof(client), client.Frequency, $"Frequency is too large for the horizon: {rule}")
                : Guard.OutOfRange(nameof(periods), periods, $"is too long for this client and model: {rule}");
        }

        return EvaluateIfAlive(client, periods);
    }

    /// <summary>
    /// <see cref="ExpectedPurchasesIfAlive"/> when the client and horizon are in its evaluable range; null otherwise
    /// (the ranked list reports such clients instead of failing).
    /// </summary>
    internal double? TryExpectedPurchasesIfAlive(RfmSummary client, double periods)
    {
        var ageAlpha = Alpha + client.Age;
        return periods >= 0d && periods <= MaxHorizonRatio * ageAlpha && (R + client.Frequency) * periods / ageAlpha <= MaxNoDropoutPurchases
            ? EvaluateIfAlive(client, periods)
            : null;
    }

    private double EvaluateIfAlive(RfmSummary client, double periods)
    {
        if (periods == 0d)
        {
            return 0d;
        }

        var a = A;
        var x = client.Frequency;
        var ageAlpha = Alpha + client.Age;
        var z = periods / (ageAlpha + periods);
        var logDecay = -(R + x) * SpecialFunctions.LogOnePlus(periods / ageAlpha); // ln((α+T)/(α+T+t))^(r+x), accurate for large r + x
        if (Math.Abs(a - 1d) < 1e-7)
        {
            // a → 1: the limit (b+x) · decay · Σ (r+x)ₙ zⁿ/n! · Σₖ₌₀ⁿ⁻¹ 1/(b+x+k), from −∂₂F₁/∂c at c = b + x.
            return (B + x) * SpecialFunctions.ScaledHarmonicPochhammerSeries(R + x, B + x, z, logDecay);
        }

        var c = a + B + x - 1d;
        if (c == 0d)
        {
            // x = 0 and a + b = 1: the limit of c·(1 − decay·₂F₁(A, B'; c; z)) as c → 0 is −A·B'·z·decay·₂F₁(A+1, B'+1; 2; z).
            var limit = SpecialFunctions.ScaledHypergeometric2F1(R + 1d, B + 1d, 2d, z, logDecay);
            return Math.Max(0d, -R * B * z * limit / (a - 1d));
        }

        var decayed = SpecialFunctions.ScaledHypergeometric2F1(R + x, B + x, c, z, logDecay);
        return Math.Max(0d, c / (a - 1d) * (1d - decayed));
    }

    /// <summary>The log-likelihood for given parameters; used by the fitter without building a model per step.</summary>
    internal static double LogLikelihood(double r, double alpha, double a, double b, RfmSummary client)
    {
        var x = client.Frequency;
        var lnA1 = SpecialFunctions.LogGamma(r + x) - SpecialFunctions.LogGamma(r) + (r * Math.Log(alpha));
        var lnA2 = SpecialFunctions.LogGamma(a + b) + SpecialFunctions.LogGamma(b + x)
                   - SpecialFunctions.LogGamma(b) - SpecialFunctions.LogGamma(a + b + x);
        var lnA3 = -(r + x) * Math.Log(alpha + client.Age);
        if (x == 0)
        {
            return lnA1 + lnA2 + lnA3;
        }

        var lnA4 = Math.Log(a) - Math.Log(b + x - 1d) - ((r + x) * Math.Log(alpha + client.Recency));
        var max = Math.Max(lnA3, lnA4);
        return lnA1 + lnA2 + max + Math.Log(Math.Exp(lnA3 - max) + Math.Exp(lnA4 - max));
    }

    /// <summary>δ(x&gt;0)·a/(b+x−1)·((α+T)/(α+tₓ))^(r+x), the odds that the client has dropped out.</summary>
    private double DeadOdds(RfmSummary client)
    {
        if (client.Frequency == 0)
        {
            return 0d;
        }

        var x = client.Frequency;
        var logOdds = Math.Log(A) - Math.Log(B + x - 1d)
                      + ((R + x) * (Math.Log(Alpha + client.Age) - Math.Log(Alpha + client.Recency)));
        return Math.Exp(logOdds);
    }
}
