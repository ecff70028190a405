using SalesDomain.Reactivation;

namespace SalesDomain.Tests.Reactivation;

/// <summary>
/// The Nelder–Mead simplex search behind <see cref="BgNbdFitMethod.NelderMead"/>: each move (reflection 1,
/// expansion 2, outside and inside contraction ½, shrink ½) checked on the exact points it evaluates, then whole
/// minimisations. The first two evaluations of every trace are the start (once for the best point, once as the
/// first vertex), the third the start plus the step.
/// </summary>
public class NelderMeadTests
{
    private static (double[][] Trace, NelderMead.Minimum Minimum) Traced(
        Func<double[], double> f, double[] start, double step, int maxEvaluations, double tolerance = 1e-12)
    {
        var trace = new List<double[]>();
        var minimum = NelderMead.Minimize(
            p =>
            {
                trace.Add((double[])p.Clone());
                return f(p);
            },
            start,
            step,
            tolerance,
            maxEvaluations);
        return ([.. trace], minimum);
    }

    private static void AssertTrace(double[][] expected, double[][] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Length, actual[i].Length);
            for (var j = 0; j < expected[i].Length; j++)
            {
                Assert.True(Math.Abs(expected[i][j] - actual[i][j]) <= 1e-12, $"evaluation {i + 1}, coordinate {j}: expected {expected[i][j]}, was {actual[i][j]}");
            }
        }
    }

    [Fact]
    public void Reflection_BetterThanTheBest_IsExpanded_AndTheExpansionKeptWhenBetter()
    {
        // Simplex {0 (25), 1 (36)}: reflection through 0 gives −1 (16), expansion −2 (9) is better still.
        var (trace, minimum) = Traced(p => (p[0] + 5d) * (p[0] + 5d), [0d], 1d, 5);

        AssertTrace([[0d], [0d], [1d], [-1d], [-2d]], trace);
        Assert.Equal(-2d, minimum.Point[0]);
        Assert.Equal(9d, minimum.Value);
        Assert.Equal(5, minimum.Evaluations);
        Assert.False(minimum.Converged);
    }

    [Fact]
    public void Expansion_WorseThanTheReflection_KeepsTheReflection()
    {
        // Simplex {1 (1), 2 (4)}: reflection 0 (0) beats the best, expansion −1 (1) does not beat the reflection.
        var (trace, minimum) = Traced(p => p[0] * p[0], [1d], 1d, 5);

        AssertTrace([[1d], [1d], [2d], [0d], [-1d]], trace);
        Assert.Equal(0d, minimum.Point[0]);
        Assert.Equal(0d, minimum.Value);
    }

    [Fact]
    public void Reflection_BetweenTheBestAndTheSecondWorst_IsAccepted_AndTheNextStepStartsFromIt()
    {
        // f = x² + 2y² on {(1,1) 3, (2,1) 6, (1,2) 9}: the reflection (2,0) (4) is not below the best (3) but below
        // the second worst (6), so it replaces the worst; then the worst is (2,1) and the reflection through the
        // centroid (1.5, 0.5) is (1,0) (1), expanded to (0.5, −0.5) (0.75).
        var (trace, minimum) = Traced(p => (p[0] * p[0]) + (2d * p[1] * p[1]), [1d, 1d], 1d, 7);

        AssertTrace([[1d, 1d], [1d, 1d], [2d, 1d], [1d, 2d], [2d, 0d], [1d, 0d], [0.5, -0.5]], trace);
        Assert.Equal([0.5, -0.5], minimum.Point);
        Assert.Equal(0.75, minimum.Value);
        Assert.Equal(7, minimum.Evaluations);
    }

    [Fact]
    public void Reflection_BetweenTheSecondWorstAndTheWorst_IsContractedOutside()
    {
        // Simplex {0.5 (0.25), 3.5 (12.25)}: reflection −2.5 (6.25) is only better than the worst, so the outside
        // contraction halfway from the centroid to it, −1 (1), is taken.
        var (trace, minimum) = Traced(p => p[0] * p[0], [0.5], 3d, 5);

        AssertTrace([[0.5], [0.5], [3.5], [-2.5], [-1d]], trace);
        Assert.Equal(0.5, minimum.Point[0]);
        Assert.Equal(0.25, minimum.Value);
    }

    [Fact]
    public void Reflection_NoBetterThanTheWorst_IsContractedInside()
    {
        // Simplex {0 (0), 2 (4)}: reflection −2 (4) ties the worst, so the inside contraction 1 (1) is taken.
        var (trace, minimum) = Traced(p => p[0] * p[0], [0d], 2d, 5);

        AssertTrace([[0d], [0d], [2d], [-2d], [1d]], trace);
        Assert.Equal(0d, minimum.Point[0]);
        Assert.Equal(0d, minimum.Value);
    }

    [Fact]
    public void Contraction_NoBetter_ShrinksEveryVertexButTheBestHalfwayToIt()
    {
        // As above, but the contraction point 1 is a spike (100): every vertex but the best moves halfway to the best.
        static double Spiked(double[] p) => p[0] == 1d ? 100d : p[0] * p[0];
        var (trace, _) = Traced(Spiked, [0d], 2d, 6);

        AssertTrace([[0d], [0d], [2d], [-2d], [1d], [1d]], trace);

        // In two dimensions both other vertices shrink when the contraction (1, 0.5) is a spike: {(0,0), (2,0), (0,2)} →
        // (1,0) and (0,1).
        static double Spiked2(double[] p) => p[0] == 1d && p[1] == 0.5 ? 100d : (p[0] * p[0]) + (p[1] * p[1]) + (0.1 * p[0]);
        var (trace2, _) = Traced(Spiked2, [0d, 0d], 2d, 7);
        Assert.Equal([[1d, 0d], [0d, 1d]], trace2[^2..]);
    }

    [Fact]
    public void NotANumber_CountsAsPositiveInfinity()
    {
        // Undefined below 1: from {3 (9), 4 (16)} reflection 2 and expansion 1 (1); then the reflection −1 is NaN, which
        // must count as worse than everything, so the inside contraction 2 (4) is taken instead of a shrink.
        var (trace, minimum) = Traced(p => p[0] < 1d ? double.NaN : p[0] * p[0], [3d], 1d, 7);

        AssertTrace([[3d], [3d], [4d], [2d], [1d], [-1d], [2d]], trace);
        Assert.Equal(1d, minimum.Value);

        var full = NelderMead.Minimize(p => p[0] < 1d ? double.NaN : p[0] * p[0], [3d], 1d, 1e-12, 10_000);
        Assert.Equal(1d, full.Value, 9);
        Assert.True(full.Point[0] >= 1d);
    }

    [Fact]
    public void Minimize_Quadratic_ConvergesToItsMinimum()
    {
        var minimum = NelderMead.Minimize(p => Math.Pow(p[0] - 1d, 2) + (10d * Math.Pow(p[1] + 2d, 2)), [0d, 0d], 0.5, 1e-14, 10_000);

        Assert.True(minimum.Converged);
        Assert.Equal(1d, minimum.Point[0], 5);
        Assert.Equal(-2d, minimum.Point[1], 5);
        Assert.Equal(0d, minimum.Value, 12);
        Assert.InRange(minimum.Evaluations, 10, 10_000);
    }

    [Fact]
    public void Minimize_StopsAtTheEvaluationLimit_NotConverged()
    {
        var calls = 0;
        var minimum = NelderMead.Minimize(
            p =>
            {
                calls++;
                return Math.Pow(p[0] - 1d, 2) + (10d * Math.Pow(p[1] + 2d, 2));
            },
            [0d, 0d],
            0.5,
            1e-14,
            40);

        Assert.False(minimum.Converged);
        Assert.Equal(calls, minimum.Evaluations);
        Assert.InRange(minimum.Evaluations, 40, 42); // a move in progress finishes: at most n more evaluations
    }

    [Fact]
    public void Minimize_StartAtTheMinimumOfAFlatFunction_ConvergesWithoutRestarts()
    {
        // A constant: the first simplex has no spread, so the search converges at once and a restart improves nothing.
        var minimum = NelderMead.Minimize(_ => 7d, [2d, 3d], 1d, 1e-9, 1_000);

        Assert.True(minimum.Converged);
        Assert.Equal([2d, 3d], minimum.Point);
        Assert.Equal(7d, minimum.Value);
        Assert.Equal(4, minimum.Evaluations); // the start, then the three vertices of one simplex
    }

    [Fact]
    public void Ties_AreNoImprovement_AndAZeroToleranceStopsOnlyOnEqualValues()
    {
        // f = max(0, |x − 4| − 4) is 0 on [0, 8]. From −3 (3) with step 2: simplex {−1 (1), −3 (3)}; the reflection 1
        // (0) is expanded to 3 (0), a tie, so the reflection is kept. Simplex {1 (0), −1 (1)}: the reflection 3 (0)
        // ties the best, so it is neither expanded nor taken; the outside contraction 2 (0) ties it too, so the simplex
        // shrinks towards 1: −1 becomes 0 (0). All values equal: with tolerance 0 the run stops, and a restart from 1
        // (1, 3) finds nothing better.
        var (trace, minimum) = Traced(p => Math.Max(0d, Math.Abs(p[0] - 4d) - 4d), [-3d], 2d, maxEvaluations: 60, tolerance: 0d);

        AssertTrace([[-3d], [-3d], [-1d], [1d], [3d], [3d], [2d], [0d], [1d], [3d]], trace);
        Assert.Equal([1d], minimum.Point);
        Assert.Equal(0d, minimum.Value);
        Assert.Equal(10, minimum.Evaluations);
        Assert.True(minimum.Converged);
    }

    [Fact]
    public void Restarts_StopAfterTwenty_EvenWhenEachImproves()
    {
        // A function that drifts down by 0.01 with every evaluation: every run collapses (spread within 0.01) yet
        // improves on the best by more than the tolerance, so only the limit of 20 restarts ends the search, after
        // 59 evaluations, far below the evaluation limit.
        var calls = 0;
        var minimum = NelderMead.Minimize(
            p =>
            {
                calls++;
                return (p[0] * p[0]) - (0.01 * calls);
            },
            [1d],
            0.01,
            tolerance: 0.01,
            maxEvaluations: 5_000);

        Assert.Equal(59, minimum.Evaluations);
        Assert.True(minimum.Converged);
    }

    [Fact]
    public void EvaluationLimitOfOne_EvaluatesTheStartOnly_NotConverged()
    {
        var minimum = NelderMead.Minimize(p => p[0] * p[0], [2d], 1d, 1e-9, 1);

        Assert.Equal(1, minimum.Evaluations);
        Assert.Equal([2d], minimum.Point);
        Assert.Equal(4d, minimum.Value);
        Assert.False(minimum.Converged);
    }
}
