namespace SalesDomain.Reactivation;

/// <summary>
/// Minimisation of a smooth function with an analytic gradient inside a box: BFGS on the free variables with a
/// projected backtracking (Armijo) line search; a variable at a bound whose gradient points out of the box is held
/// there (the active set), and the inverse-Hessian approximation restarts whenever the active set changes.
/// Deterministic. For the few parameters of the BG/NBD fit.
/// </summary>
internal static class BoundedQuasiNewton
{
    /// <summary>The function: value at the point, gradient written to the span; +∞ outside its domain.</summary>
    public delegate double Objective(ReadOnlySpan<double> point, Span<double> gradient);

    /// <summary>The minimum found.</summary>
    /// <param name="Point">Arguments of the minimum.</param>
    /// <param name="Value">Function value at <paramref name="Point"/>.</param>
    /// <param name="Evaluations">Function evaluations used.</param>
    /// <param name="Converged">Whether the projected gradient met the tolerance before the evaluation limit.</param>
    public readonly record struct Minimum(double[] Point, double Value, int Evaluations, bool Converged);

    /// <summary>Minimises <paramref name="f"/> from <paramref name="start"/> within [lower, upper].</summary>
    /// <param name="f">The function with its gradient.</param>
    /// <param name="start">Starting point; moved into the box.</param>
    /// <param name="lower">Lower bounds.</param>
    /// <param name="upper">Upper bounds.</param>
    /// <param name="tolerance">Converged when every projected gradient component is at most tolerance · (1 + |f|).</param>
    /// <param name="maxEvaluations">Limit on function evaluations.</param>
    public static Minimum Minimize(Objective f, double[] start, double[] lower, double[] upper, double tolerance, int maxEvaluations)
    {
        var n = start.Length;
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = Math.Clamp(start[i], lower[i], upper[i]);
        }

        var g = new double[n];
        var value = f(x, g);
        var evaluations = 1;
        if (!double.IsFinite(value))
        {
            return new Minimum(x, value, evaluations, false);
        }

        var h = Identity(n, 1d);
        var active = new bool[n];
        var d = new double[n];
        var trial = new double[n];
        var trialGradient = new double[n];
        var s = new double[n];
        var y = new double[n];
        var scale = 1d;
        var fresh = true;
        var stalls = 0;
        while (true)
        {
            var changed = false;
            var largest = 0d;
            for (var i = 0; i < n; i++)
            {
                var held = (x[i] <= lower[i] && g[i] > 0d) || (x[i] >= upper[i] && g[i] < 0d);
                changed |= held != active[i];
                active[i] = held;
                if (!held)
                {
                    largest = Math.Max(largest, Math.Abs(g[i]));
                }
            }

            if (largest <= tolerance * (1d + Math.Abs(value)))
            {
                return new Minimum(x, value, evaluations, true);
            }

            if (evaluations >= maxEvaluations)
            {
                return new Minimum(x, value, evaluations, false);
            }

            if (changed && !fresh)
            {
                h = Identity(n, scale);
                fresh = true;
            }

            var slope = Direction(h, g, active, d);
            if (slope >= 0d)
            {
                h = Identity(n, scale);
                fresh = true;
                slope = Direction(h, g, active, d);
            }

            // At most 2 units of θ per step (e^2 in the parameters), then halve until the Armijo condition holds.
            var step = Math.Min(1d, 2d / d.Max(Math.Abs));
            var accepted = false;
            var previous = value;
            for (var halving = 0; halving < 30 && evaluations < maxEvaluations; halving++, step *= 0.5)
            {
                var moved = false;
                for (var i = 0; i < n; i++)
                {
                    trial[i] = Math.Clamp(x[i] + (step * d[i]), lower[i], upper[i]);
                    moved |= trial[i] != x[i];
                }

                if (!moved)
                {
                    break;
                }

                var trialValue = f(trial, trialGradient);
                evaluations++;
                var decrease = 0d;
                for (var i = 0; i < n; i++)
                {
                    decrease += g[i] * (trial[i] - x[i]);
                }

                if (double.IsFinite(trialValue) && trialValue <= value + (1e-4 * decrease))
                {
                    accepted = true;
                    for (var i = 0; i < n; i++)
                    {
                        s[i] = trial[i] - x[i];
                        y[i] = trialGradient[i] - g[i];
                    }

                    (x, trial) = (trial, x);
                    (g, trialGradient) = (trialGradient, g);
                    value = trialValue;
                    break;
                }
            }

            if (!accepted)
            {
                if (!fresh)
                {
                    h = Identity(n, scale); // a stale curvature model: retry along the projected gradient
                    fresh = true;
                    continue;
                }

                // No decrease even along the steepest descent: the value is flat to rounding here.
                return new Minimum(x, value, evaluations, largest <= Math.Sqrt(tolerance) * (1d + Math.Abs(value)));
            }

            // Two steps in a row that change the value by less than rounding: a flat optimum (or a flat valley to a
            // bound at infinity, which the caller judges), not worth more evaluations.
            stalls = previous - value <= 1e-14 * (1d + Math.Abs(value)) ? stalls + 1 : 0;
            if (stalls >= 2)
            {
                return new Minimum(x, value, evaluations, true);
            }

            Update(h, s, y, ref scale, fresh);
            fresh = false;
        }
    }

    private static double[,] Identity(int n, double scale)
    {
        var h = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            h[i, i] = scale;
        }

        return h;
    }

    /// <summary>d = −H·g on the free variables (0 on the held ones); returns gᵀd.</summary>
    private static double Direction(double[,] h, double[] g, bool[] active, double[] d)
    {
        var slope = 0d;
        for (var i = 0; i < d.Length; i++)
        {
            d[i] = 0d;
            if (active[i])
            {
                continue;
            }

            for (var j = 0; j < d.Length; j++)
            {
                if (!active[j])
                {
                    d[i] -= h[i, j] * g[j];
                }
            }

            slope += g[i] * d[i];
        }

        return slope;
    }

    /// <summary>The BFGS update of the inverse Hessian; skipped when sᵀy is not safely positive.</summary>
    private static void Update(double[,] h, double[] s, double[] y, ref double scale, bool first)
    {
        var n = s.Length;
        double sy = 0d, yy = 0d, ss = 0d;
        for (var i = 0; i < n; i++)
        {
            sy += s[i] * y[i];
            yy += y[i] * y[i];
            ss += s[i] * s[i];
        }

        if (!(sy > 1e-12 * Math.Sqrt(ss * yy)))
        {
            return;
        }

        if (first)
        {
            scale = sy / yy;
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    h[i, j] = i == j ? scale : 0d;
                }
            }
        }

        // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1/(sᵀy).
        var rho = 1d / sy;
        var hy = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                hy[i] += h[i, j] * y[j];
            }
        }

        var yhy = 0d;
        for (var i = 0; i < n; i++)
        {
            yhy += y[i] * hy[i];
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                h[i, j] += (((1d + (rho * yhy)) * rho * s[i] * s[j]) - (rho * ((hy[i] * s[j]) + (s[i] * hy[j]))));
            }
        }
    }
}
