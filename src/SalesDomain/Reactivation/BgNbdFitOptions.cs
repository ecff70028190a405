namespace SalesDomain.Reactivation;

/// <summary>The search method of <see cref="BgNbdFitter"/>.</summary>
public enum BgNbdFitMethod
{
    /// <summary>BFGS on (ln r, ln α, ln a, ln b) with the analytic gradient, bounded by the parameter box (the default).</summary>
    QuasiNewton,

    /// <summary>Nelder–Mead on the same log-parameters and box, without gradients; slower, kept as a cross-check.</summary>
    NelderMead,
}

/// <summary>How <see cref="BgNbdFitter"/> searches for the maximum-likelihood parameters and judges the result.</summary>
public sealed record BgNbdFitOptions
{
    /// <summary>The defaults below.</summary>
    public static BgNbdFitOptions Default { get; } = new();

    /// <summary>Starting point (r, α, a, b); default (1, 3, 1, 3), moved into the parameter box if outside it.</summary>
    public BgNbdModel Start { get; init => field = Guard.NotNull(value, nameof(Start)); } = new(1d, 3d, 1d, 3d);

    /// <summary>
    /// Convergence tolerance; default 1e-10; &gt; 0. Quasi-Newton: every component of the projected gradient of
    /// −ln L in log-parameters at most Tolerance · (1 + |ln L|). Nelder–Mead: the simplex's −ln L values within Tolerance.
    /// </summary>
    public double Tolerance { get; init => field = Guard.Positive(value, nameof(Tolerance)); } = 1e-10;

    /// <summary>Limit on log-likelihood evaluations; default 20 000; &gt; 0.</summary>
    public int MaxEvaluations { get; init => field = Guard.Positive(value, nameof(MaxEvaluations)); } = 20_000;

    /// <summary>The search method; default <see cref="BgNbdFitMethod.QuasiNewton"/>.</summary>
    public BgNbdFitMethod Method { get; init => field = Guard.Defined(value, nameof(Method)); } = BgNbdFitMethod.QuasiNewton;

    /// <summary>
    /// Lower bound of each of r, α, a, b in the search; default 1e-6; &gt; 0 and below <see cref="MaxParameter"/>.
    /// A fitted parameter at a bound makes the fit degenerate.
    /// </summary>
    public double MinParameter { get; init => field = Guard.Positive(value, nameof(MinParameter)); } = 1e-6;

    /// <summary>Upper bound of each of r, α, a, b in the search; default 1e6; above <see cref="MinParameter"/>.</summary>
    public double MaxParameter { get; init => field = Guard.Positive(value, nameof(MaxParameter)); } = 1e6;

    /// <summary>
    /// A fit whose mean dropout probability per purchase a/(a+b) is below this is degenerate (it says nobody ever
    /// drops out, so P(alive) would be 1 for everyone); default 1e-4; within [0, 1].
    /// </summary>
    public double MinDropout { get; init => field = Guard.Share(value, nameof(MinDropout)); } = 1e-4;
}
