namespace SalesDomain.Reactivation;

/// <summary>
/// Nelder–Mead downhill simplex minimisation (reflection 1, expansion 2, contraction ½, shrink ½), restarted from
/// the best point until a restart no longer improves the minimum. Deterministic.
/// </summary>
internal static class NelderMead
{
    /// <summary>The minimum found.</summary>
    /// <param name="Point">Arguments of the minimum.</param>
    /// <param name="Value">Function value at <paramref name="Point"/>.</param>
    /// <param name="Evaluations">Number of function evaluations used.</param>
    /// <param name="Converged">Whether the simplex collapsed below the tolerance before the evaluation limit.</param>
    public readonly record struct Minimum(double[] Point, double Value, int Evaluations, bool Converged);

    /// <summary>Minimises <paramref name="f"/> from <paramref name="start"/>.</summary>
    /// <param name="f">The function; may return +∞ or NaN outside its domain (treated as +∞).</param>
    /// <param name="start">Starting point.</param>
    /// <param name="step">Initial simplex edge along each axis.</param>
    /// <param name="tolerance">Stop when the spread of function values in the simplex is below this.</param>
    /// <param name="maxEvaluations">Limit on function evaluations over all restarts.</param>
    public static Minimum Minimize(Func<double[], double> f, double[] start, double step, double tolerance, int maxEvaluations)
    {
        var evaluations = 0;
        double Eval(double[] p)
        {
            evaluations++;
            var v = f(p);
            return double.IsNaN(v) ? double.PositiveInfinity : v;
        }

        var best = (double[])start.Clone();
        var bestValue = Eval(best);
        var converged = false;
        for (var restart = 0; restart < 20 && evaluations < maxEvaluations; restart++)
        {
            var (point, value, collapsed) = Run(Eval, best, step, tolerance, maxEvaluations, () => evaluations);
            var improvement = bestValue - value;
            if (value <= bestValue)
            {
                best = point;
                bestValue = value;
            }

            converged = collapsed;
            if (collapsed && improvement <= tolerance)
            {
                break;
            }
        }

        return new Minimum(best, bestValue, evaluations, converged);
    }

    private static (double[] Point, double Value, bool Collapsed) Run(
        Func<double[], double> eval, double[] start, double step, double tolerance, int maxEvaluations, Func<int> used)
    {
        var n = start.Length;
        var simplex = new double[n + 1][];
        var values = new double[n + 1];
        simplex[0] = (double[])start.Clone();
        values[0] = eval(simplex[0]);
        for (var i = 0; i < n; i++)
        {
            simplex[i + 1] = (double[])start.Clone();
            simplex[i + 1][i] += step;
            values[i + 1] = eval(simplex[i + 1]);
        }

        var order = new int[n + 1];
        while (true)
        {
            for (var i = 0; i <= n; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (x, y) => values[x].CompareTo(values[y]));
            int lo = order[0], hi = order[n], nextHi = order[n - 1];
            if (Math.Abs(values[hi] - values[lo]) <= tolerance || used() >= maxEvaluations)
            {
                return (simplex[lo], values[lo], Math.Abs(values[hi] - values[lo]) <= tolerance);
            }

            var centroid = new double[n];
            for (var i = 0; i <= n; i++)
            {
                if (i == hi)
                {
                    continue;
                }

                for (var j = 0; j < n; j++)
                {
                    centroid[j] += simplex[i][j] / n;
                }
            }

            double[] Along(double t) => [.. centroid.Select((c, j) => c + (t * (simplex[hi][j] - c)))];

            var reflected = Along(-1d);
            var reflectedValue = eval(reflected);
            if (reflectedValue < values[lo])
            {
                var expanded = Along(-2d);
                var expandedValue = eval(expanded);
                (simplex[hi], values[hi]) = expandedValue < reflectedValue ? (expanded, expandedValue) : (reflected, reflectedValue);
            }
            else if (reflectedValue < values[nextHi])
            {
                (simplex[hi], values[hi]) = (reflected, reflectedValue);
            }
            else
            {
                var outside = reflectedValue < values[hi];
                var contracted = Along(outside ? -0.5 : 0.5);
                var contractedValue = eval(contracted);
                if (contractedValue < Math.Min(reflectedValue, values[hi]))
                {
                    (simplex[hi], values[hi]) = (contracted, contractedValue);
                }
                else
                {
                    for (var i = 0; i <= n; i++)
                    {
                        if (i == lo)
                        {
                            continue;
                        }

                        for (var j = 0; j < n; j++)
                        {
                            simplex[i][j] = simplex[lo][j] + (0.5 * (simplex[i][j] - simplex[lo][j]));
                        }

                        values[i] = eval(simplex[i]);
                    }
                }
            }
        }
    }
}
