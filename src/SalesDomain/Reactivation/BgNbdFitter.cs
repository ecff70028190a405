using System.Collections.Immutable;

namespace SalesDomain.Reactivation;

/// <summary>How <see cref="BgNbdFitter"/> searches for the maximum-likelihood parameters.</summary>
public sealed record BgNbdFitOptions
{
    /// <summary>The defaults below.</summary>
    public static BgNbdFitOptions Default { get; } = new();

    /// <summary>Starting point (r, α, a, b); default (1, 3, 1, 3), a start that converges on common data sets.</summary>
    public BgNbdModel Start { get; init => field = Guard.NotNull(value, nameof(Start)); } = new(1d, 3d, 1d, 3d);

    /// <summary>Stop when the simplex's log-likelihood values differ by less than this; default 1e-10; &gt; 0.</summary>
    public double Tolerance { get; init => field = Guard.Positive(value, nameof(Tolerance)); } = 1e-10;

    /// <summary>Limit on log-likelihood evaluations; default 20 000; &gt; 0.</summary>
    public int MaxEvaluations { get; init => field = Guard.Positive(value, nameof(MaxEvaluations)); } = 20_000;
}

/// <summary>The result of a BG/NBD fit.</summary>
/// <param name="Model">The maximum-likelihood parameters.</param>
/// <param name="LogLikelihood">Σ ln L over the clients at <paramref name="Model"/>.</param>
/// <param name="Clients">Number of client histories fitted.</param>
/// <param name="Evaluations">Log-likelihood evaluations used.</param>
/// <param name="Converged">Whether the search met its tolerance before the evaluation limit.</param>
public sealed record BgNbdFit(BgNbdModel Model, double LogLikelihood, int Clients, int Evaluations, bool Converged);

/// <summary>
/// Fits the BG/NBD model by maximum likelihood (DOMAIN.md §3; docs/reactivation.md): maximises Σ ln L over the
/// clients with Nelder–Mead on (ln r, ln α, ln a, ln b), so every parameter stays positive. Clients with the same
/// (x, tₓ, T) are evaluated once and weighted by their count. Pure and deterministic.
/// </summary>
public static class BgNbdFitter
{
    /// <summary>Fits the model to client histories.</summary>
    /// <param name="clients">One summary per client, all in the same time unit; at least one.</param>
    /// <param name="options">Search settings; <see cref="BgNbdFitOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">No clients are given.</exception>
    public static BgNbdFit Fit(IEnumerable<RfmSummary> clients, BgNbdFitOptions? options = null)
    {
        Guard.NotNull(clients);
        options ??= BgNbdFitOptions.Default;
        var groups = clients.GroupBy(c => c).Select(g => (Summary: g.Key, Count: g.Count())).ToImmutableArray();
        var total = groups.Sum(g => g.Count);
        if (total == 0)
        {
            throw new ArgumentException("At least one client history is required to fit the BG/NBD model, was 0.", nameof(clients));
        }

        double NegativeLogLikelihood(double[] p)
        {
            double r = Math.Exp(p[0]), alpha = Math.Exp(p[1]), a = Math.Exp(p[2]), b = Math.Exp(p[3]);
            if (!double.IsFinite(r + alpha + a + b) || r <= 0d || alpha <= 0d || a <= 0d || b <= 0d)
            {
                return double.PositiveInfinity;
            }

            var sum = 0d;
            foreach (var (summary, count) in groups)
            {
                sum += count * BgNbdModel.LogLikelihood(r, alpha, a, b, summary);
            }

            return -sum;
        }

        var start = options.Start;
        double[] origin = [Math.Log(start.R), Math.Log(start.Alpha), Math.Log(start.A), Math.Log(start.B)];
        var minimum = NelderMead.Minimize(NegativeLogLikelihood, origin, step: 0.5, options.Tolerance, options.MaxEvaluations);
        var p = minimum.Point;
        var model = new BgNbdModel(Math.Exp(p[0]), Math.Exp(p[1]), Math.Exp(p[2]), Math.Exp(p[3]));
        return new BgNbdFit(model, -minimum.Value, total, minimum.Evaluations, minimum.Converged);
    }
}
