using SalesDomain.Reactivation;

namespace SalesDomain.Tests.Reactivation;

/// <summary>
/// The box-constrained BFGS search behind the default BG/NBD fit: the line search (at most 2 units per step, Armijo
/// with 10⁻⁴, halving), the curvature update, the active set at the bounds, the stopping rules, checked on the exact
/// points it evaluates and on whole minimisations.
/// </summary>
public class BoundedQuasiNewtonTests
{
    private static (double[][] Trace, BoundedQuasiNewton.Minimum Minimum) Traced(
        BoundedQuasiNewton.Objective f, double[] start, double[] lower, double[] upper, double tolerance = 1e-10, int maxEvaluations = 1_000)
    {
        var trace = new List<double[]>();
        var minimum = BoundedQuasiNewton.Minimize(
            (point, gradient) =>
            {
                trace.Add(point.ToArray());
                return f(point, gradient);
            },
            start,
            lower,
            upper,
            tolerance,
            maxEvaluations);
        return ([.. trace], minimum);
    }

    private static double Square(ReadOnlySpan<double> p, Span<double> g, double curvature)
    {
        g[0] = 2d * curvature * p[0];
        return curvature * p[0] * p[0];
    }

    private static void AssertClose(double[] expected, double[] actual, double within = 1e-9)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= within, $"coordinate {i}: expected {expected[i]}, was {actual[i]}");
        }
    }

    [Fact]
    public void LineSearch_StepsAtMostTwoUnits_ThenTheCurvatureUpdateTakesTheExactNewtonStep()
    {
        // f = 1000x² from 10: the gradient step is capped at 2 units (10 → 8 → 6 → 4 → 2); after the first step the
        // update has the exact inverse curvature 1/2000, so from 2 the full Newton step lands on 0, where it stops.
        var (trace, minimum) = Traced((p, g) => Square(p, g, 1000d), [10d], [-100d], [100d]);

        Assert.Equal(6, trace.Length);
        AssertClose([10d, 8d, 6d, 4d, 2d, 0d], [.. trace.Select(p => p[0])]);
        Assert.True(minimum.Converged);
        Assert.Equal(6, minimum.Evaluations);
        Assert.Equal(0d, minimum.Point[0], 9);
    }

    [Fact]
    public void LineSearch_StepWithoutEnoughDecrease_IsHalved()
    {
        // f = x² from 1: the full step −2 lands on −1 (no decrease, Armijo fails), half of it on 0.
        var (trace, minimum) = Traced((p, g) => Square(p, g, 1d), [1d], [-10d], [10d]);

        AssertClose([1d, -1d, 0d], [.. trace.Select(p => p[0])]);
        Assert.True(minimum.Converged);
        Assert.Equal(0d, minimum.Value);
    }

    [Fact]
    public void LineSearch_ArmijoNeedsASufficientDecrease_NotJustAnyDecrease()
    {
        // f = x² from 1 with the step capped by the box at −0.9999: f(−0.9999) = 0.99980001 is below f(1) = 1 but
        // not by 10⁻⁴ × 2 × 1.9999, so it is halved to a point inside.
        var (trace, _) = Traced((p, g) => Square(p, g, 1d), [1d], [-0.9999], [10d]);

        Assert.Equal(-0.9999, trace[1][0], 12);
        Assert.Equal(0d, trace[2][0], 12); // half the unclamped step −2
    }

    [Fact]
    public void Start_OutsideTheBox_IsMovedOntoIt()
    {
        var (trace, _) = Traced(
            (p, g) =>
            {
                g[0] = 2d * (p[0] - 5d);
                g[1] = 2d * (p[1] + 5d);
                return Math.Pow(p[0] - 5d, 2) + Math.Pow(p[1] + 5d, 2);
            },
            [10d, -10d],
            [0d, -2d],
            [2d, 2d]);

        Assert.Equal([2d, -2d], trace[0]);
    }

    [Fact]
    public void MinimumOutsideTheBox_EndsOnTheBound_Converged()
    {
        // f = (x − 5)² + (y − 1)² on [0, 2]²: x is held at its upper bound (its gradient points out), y reaches 1.
        var (_, minimum) = Traced(
            (p, g) =>
            {
                g[0] = 2d * (p[0] - 5d);
                g[1] = 2d * (p[1] - 1d);
                return Math.Pow(p[0] - 5d, 2) + Math.Pow(p[1] - 1d, 2);
            },
            [0.5, 0.2],
            [0d, 0d],
            [2d, 2d]);

        Assert.True(minimum.Converged);
        AssertClose([2d, 1d], minimum.Point, 1e-8);
        Assert.Equal(9d, minimum.Value, 9);
    }

    [Fact]
    public void HeldVariable_StaysOnItsBound_WhileTheOthersMove()
    {
        // x starts on its lower bound with the gradient pointing out of the box: every point evaluated keeps x = 0.
        var (trace, minimum) = Traced(
            (p, g) =>
            {
                g[0] = 2d * (p[0] + 1d) + p[1];
                g[1] = 2d * (p[1] - 0.5) + p[0];
                return Math.Pow(p[0] + 1d, 2) + Math.Pow(p[1] - 0.5, 2) + (p[0] * p[1]);
            },
            [0d, 0.9],
            [0d, -1d],
            [1d, 1d]);

        Assert.All(trace, p => Assert.Equal(0d, p[0]));
        Assert.True(minimum.Converged);
        AssertClose([0d, 0.5], minimum.Point, 1e-8);
    }

    [Fact]
    public void IllConditionedQuadratic_ConvergesInFewEvaluations()
    {
        // f = ½ xᵀAx − bᵀx with A = [[1, 0.9], [0.9, 100]] (condition number about 100): BFGS reaches A⁻¹b in
        // 23 evaluations.
        double[] b = [1d, 2d];
        var (_, minimum) = Traced(
            (p, g) =>
            {
                g[0] = p[0] + (0.9 * p[1]) - b[0];
                g[1] = (0.9 * p[0]) + (100d * p[1]) - b[1];
                return (0.5 * ((p[0] * p[0]) + (1.8 * p[0] * p[1]) + (100d * p[1] * p[1]))) - (b[0] * p[0]) - (b[1] * p[1]);
            },
            [0d, 0d],
            [-100d, -100d],
            [100d, 100d],
            tolerance: 1e-12);

        var det = 100d - 0.81;
        Assert.True(minimum.Converged);
        AssertClose([((100d * b[0]) - (0.9 * b[1])) / det, (b[1] - (0.9 * b[0])) / det], minimum.Point, 1e-9);
        Assert.InRange(minimum.Evaluations, 3, 30);
    }

    [Fact]
    public void NonFiniteValueAtTheStart_ReturnsAtOnce_NotConverged()
    {
        var minimum = BoundedQuasiNewton.Minimize((_, _) => double.PositiveInfinity, [1d], [0d], [2d], 1e-9, 100);

        Assert.False(minimum.Converged);
        Assert.Equal(1, minimum.Evaluations);
        Assert.Equal(double.PositiveInfinity, minimum.Value);
    }

    [Fact]
    public void NonFiniteValueAlongTheStep_IsRejectedLikeAnIncrease()
    {
        // Undefined (+∞) below 0.5: from 1 the full step to −1 and the half step to 0 are rejected, ¼ step to 0.5 taken.
        var (trace, _) = Traced(
            (p, g) =>
            {
                g[0] = 2d * p[0];
                return p[0] < 0.5 ? double.PositiveInfinity : p[0] * p[0];
            },
            [1d],
            [-10d],
            [10d],
            maxEvaluations: 4);

        AssertClose([1d, -1d, 0d, 0.5], [.. trace.Select(p => p[0])]);
    }

    [Fact]
    public void EvaluationLimit_StopsNotConverged()
    {
        var (trace, minimum) = Traced((p, g) => Square(p, g, 1000d), [10d], [-100d], [100d], maxEvaluations: 3);

        Assert.False(minimum.Converged);
        Assert.Equal(3, minimum.Evaluations);
        Assert.Equal(3, trace.Length);
        AssertClose([6d], minimum.Point);
    }

    [Fact]
    public void StartAtTheMinimum_ConvergesWithOneEvaluation()
    {
        var minimum = BoundedQuasiNewton.Minimize((p, g) => Square(p, g, 3d), [0d], [-1d], [1d], 1e-10, 100);

        Assert.True(minimum.Converged);
        Assert.Equal(1, minimum.Evaluations);
    }

    [Fact]
    public void ToleranceIsRelativeToTheValue()
    {
        // Gradient 1e-6 at a value of 1e6: within 1e-10 · (1 + 1e6), so converged at once.
        var minimum = BoundedQuasiNewton.Minimize(
            (p, g) =>
            {
                g[0] = 1e-6;
                return 1e6 + (1e-6 * p[0]);
            },
            [0d],
            [-1d],
            [1d],
            1e-10,
            100);

        Assert.True(minimum.Converged);
        Assert.Equal(1, minimum.Evaluations);
    }
}
