using System.Globalization;

namespace SalesDomain.Reactivation;

/// <summary>
/// Fits the BG/NBD model by maximum likelihood (DOMAIN.md §3; docs/reactivation.md in the repository): maximises Σ ln L over the
/// clients on (ln r, ln α, ln a, ln b) inside the box [<see cref="BgNbdFitOptions.MinParameter"/>,
/// <see cref="BgNbdFitOptions.MaxParameter"/>]⁴, by default with BFGS and the analytic gradient on the sufficient
/// statistics (clients grouped by (x, tₓ, T)). Never throws on data it accepts: a fit that does not converge, has a
/// non-finite likelihood, ends at a bound or shows no dropout is returned with <see cref="BgNbdFit.DegenerateReason"/>.
/// Pure and deterministic; the result does not depend on the order of the clients.
/// </summary>
public static class BgNbdFitter
{
    /// <summary>Fits the model to client histories.</summary>
    /// <param name="clients">One summary per client, all in the same time unit; at least one.</param>
    /// <param name="options">Search settings; <see cref="BgNbdFitOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">No clients are given, or the options' bounds are out of order.</exception>
    public static BgNbdFit Fit(IEnumerable<RfmSummary> clients, BgNbdFitOptions? options = null)
    {
        Guard.NotNull(clients);
        options ??= BgNbdFitOptions.Default;
        if (!(options.MinParameter < options.MaxParameter))
        {
            throw Guard.OutOfRange(nameof(options), options.MinParameter, $"MinParameter must be below MaxParameter {options.MaxParameter.ToString(CultureInfo.InvariantCulture)}");
        }

        var likelihood = new BgNbdLikelihood(clients);
        var start = options.Start;
        double[] origin = [Math.Log(start.R), Math.Log(start.Alpha), Math.Log(start.A), Math.Log(start.B)];
        var low = Math.Log(options.MinParameter);
        var high = Math.Log(options.MaxParameter);
        double[] lower = [low, low, low, low], upper = [high, high, high, high];
        double[] point;
        double value;
        int evaluations;
        bool converged;
        if (options.Method == BgNbdFitMethod.QuasiNewton)
        {
            var minimum = BoundedQuasiNewton.Minimize(likelihood.NegativeLogLikelihood, origin, lower, upper, options.Tolerance, options.MaxEvaluations);
            (point, value, evaluations, converged) = (minimum.Point, minimum.Value, minimum.Evaluations, minimum.Converged);
        }
        else
        {
            var gradient = new double[4];
            double Boxed(double[] p)
            {
                for (var i = 0; i < p.Length; i++)
                {
                    if (p[i] < low || p[i] > high)
                    {
                        return double.PositiveInfinity;
                    }
                }

                return likelihood.NegativeLogLikelihood(p, gradient);
            }

            for (var i = 0; i < origin.Length; i++)
            {
                origin[i] = Math.Clamp(origin[i], low, high);
            }

            var minimum = NelderMead.Minimize(Boxed, origin, step: 0.5, options.Tolerance, options.MaxEvaluations);
            (point, value, evaluations, converged) = (minimum.Point, minimum.Value, minimum.Evaluations, minimum.Converged);
        }

        var model = new BgNbdModel(Math.Exp(point[0]), Math.Exp(point[1]), Math.Exp(point[2]), Math.Exp(point[3]));
        var reason = DegenerateReason(model, -value, converged, evaluations, options);
        return new BgNbdFit(model, -value, likelihood.Clients, evaluations, converged, reason);
    }

    /// <summary>Why a fit must not be used for P(alive); null when it can be.</summary>
    private static string? DegenerateReason(BgNbdModel model, double logLikelihood, bool converged, int evaluations, BgNbdFitOptions options)
    {
        var c = CultureInfo.InvariantCulture;
        var reasons = new List<string>();
        if (!double.IsFinite(logLikelihood))
        {
            reasons.Add("the log-likelihood is not finite");
        }
        else if (!converged)
        {
            reasons.Add(string.Create(c, $"the fit did not converge within {evaluations} evaluations"));
        }

        foreach (var (name, v) in new[] { ("r", model.R), ("alpha", model.Alpha), ("a", model.A), ("b", model.B) })
        {
            // Within 0.1 % of a bound (Nelder–Mead stops near, not on, a bound).
            if (v <= options.MinParameter * 1.001)
            {
                reasons.Add(string.Create(c, $"{name} = {v:G3} at the lower bound {options.MinParameter:G3}"));
            }
            else if (v >= options.MaxParameter / 1.001)
            {
                reasons.Add(string.Create(c, $"{name} = {v:G3} at the upper bound {options.MaxParameter:G3}"));
            }
        }

        var dropout = model.A / (model.A + model.B);
        if (dropout < options.MinDropout)
        {
            reasons.Add(string.Create(
                c,
                $"mean dropout probability a/(a+b) = {dropout:G3} is below {options.MinDropout:G3}: the data show no dropout the model can identify, so P(alive) would be 1 for every client"));
        }

        return reasons.Count == 0 ? null : string.Join("; ", reasons);
    }
}
