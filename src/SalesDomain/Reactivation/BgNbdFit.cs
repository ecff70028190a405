namespace SalesDomain.Reactivation;

/// <summary>The result of a BG/NBD fit (docs/reactivation.md in the repository).</summary>
/// <param name="Model">The maximum-likelihood parameters found (at a bound of the search box when degenerate).</param>
/// <param name="LogLikelihood">Σ ln L over the clients at <paramref name="Model"/>.</param>
/// <param name="Clients">Number of client histories fitted.</param>
/// <param name="Evaluations">Log-likelihood evaluations used.</param>
/// <param name="Converged">Whether the search met its tolerance before the evaluation limit.</param>
/// <param name="DegenerateReason">
/// Why the fit must not be used for P(alive) — not converged, a non-finite likelihood, a parameter at a bound of the
/// search, or no dropout (a/(a+b) below <see cref="BgNbdFitOptions.MinDropout"/>); null for a usable fit.
/// </param>
public sealed record BgNbdFit(
    BgNbdModel Model, double LogLikelihood, int Clients, int Evaluations, bool Converged, string? DegenerateReason = null)
{
    /// <summary>Whether the fit is degenerate (see <see cref="DegenerateReason"/>).</summary>
    public bool Degenerate => DegenerateReason is not null;
}
