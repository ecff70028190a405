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

    /// <summary>A quadratic ½ xᵀAx − bᵀx in a box, and the points the search evaluates on it.</summary>
    /// <param name="A">The matrix, row by row.</param>
    /// <param name="Trace">Every point evaluated, in order (replayed step by step in double precision outside .NET).</param>
    public sealed record Problem(
        double[] A, double[] B, double[] Start, double[] Lower, double[] Upper, double Tolerance, int MaxEvaluations, bool Converged, double[][] Trace);

    /// <summary>Quadratics that move variables onto and off their bounds, with halvings, curvature updates and both stopping rules.</summary>
    public static readonly TheoryData<int> ProblemNumbers = [0, 1, 2, 3, 4, 5];

    private static readonly Problem[] Problems =
    [
        // 3 variables, stopped by the evaluation limit (12): x reaches its upper bound 2, leaves it and comes back to it.
        new Problem(
            [0.5, 1.3, 0.5, 1.3, 7.4, 0.6, 0.5, 0.6, 8.6], [5.0, 3.0, -1.0], [0.0, -0.1, -0.6], [-10.0, -10.0, -1.0], [2.0, 10.0, 2.0], 1e-10, 12, false,
            [[0.0, -0.1, -0.6], [2.0, 1.4101289134438306, 0.9543278084714545], [1.0, 0.6550644567219154, 0.17716390423572725], [1.5770812537366297, 0.48555593080118686, -0.0041959631639055806], [2.0, 0.049506088608496146, -0.3000463058315753], [2.0, 0.074134668176754, -0.2365745159166578], [2.0, 0.07338631788681257, -0.23771366883661754], [2.0, 0.07333709779777087, -0.23768099588304825], [2.0, 0.07332467491837344, -0.2376738871616508], [2.0, 0.07332491118541867, -0.2376738291713661], [2.0, 0.07332490501838283, -0.23767383063453656], [2.0, 0.07332490518785416, -0.23767383059307381]]),
        // 2 variables: x on its lower bound −1 from the second point on, y moves in from its lower bound 0 and converges.
        new Problem(
            [2.2, 2.1, 2.1, 6.7], [-4.0, -2.0], [-0.2, 0.0], [-1.0, 0.0], [1.0, 1.0], 1e-10, 1000, true,
            [[-0.2, 0.0], [-1.0, 0.0], [-1.0, 0.023783783783783805], [-1.0, 0.014132967638099193], [-1.0, 0.014996255654376456], [-1.0, 0.01491903252756545], [-1.0, 0.014925940316393776], [-1.0, 0.014925322398569578], [-1.0, 0.014925377672760344], [-1.0, 0.014925372728355044]]),
        // 2 variables, y on its lower bound 0: from x = 1.1 the full step to 0.7 fails Armijo's test, the half step to 0.9 is taken, then the Newton step to 1.
        new Problem(
            [4.0, 5.5, 5.5, 9.7], [4.0, 4.0], [1.1, 0.0], [0.0, 0.0], [2.0, 1.0], 1e-10, 12, true,
            [[1.1, 0.0], [0.6999999999999997, 0.0], [0.8999999999999999, 0.0], [1.0, 0.0]]),
        // 2 variables, both end on their lower bounds 0 (the first step stops a rounding error short of y's).
        new Problem(
            [1.3, -0.1, -0.1, 0.1], [-2.0, -5.0], [0.4, 2.0], [0.0, 0.0], [1.0, 10.0], 1e-10, 8, true,
            [[0.4, 2.0], [0.0, 2.220446049250313e-16], [0.0, 0.0]]),
        // 2 variables, stopped by the evaluation limit (8): x moves in 2-unit steps from −9 to its upper bound 1, y drops to its lower bound 0, leaves it and comes back.
        new Problem(
            [0.2, -0.2, -0.2, 2.6], [4.0, 1.0], [-9.0, 1.0], [-10.0, 0.0], [1.0, 1.0], 1e-10, 8, false,
            [[-9.0, 1.0], [-7.0, 0.0], [-5.0, 0.0], [-3.0, 0.0], [-1.0, 0.7042253521126766], [1.0, 0.6424637081326795], [1.0, 0.0], [1.0, 0.05445665670147071]]),
        // 2 variables: x starts on its upper bound 2, y comes down in 2-unit steps to its lower bound 0, then x moves to its lower bound 0.
        new Problem(
            [0.2, -0.6, -0.6, 10.3], [-2.0, -1.0], [2.0, 6.0], [0.0, 0.0], [2.0, 10.0], 1e-06, 1000, true,
            [[2.0, 6.0], [2.0, 4.0], [2.0, 2.0], [1.7689055894786283, 0.005955665406521815], [1.5353900952684856, 0.0], [1.3121594367785552, 0.0], [0.0, 0.0]]),
    ];

    private static double Quadratic(Problem problem, ReadOnlySpan<double> p, Span<double> g)
    {
        var n = problem.B.Length;
        var value = 0d;
        for (var i = 0; i < n; i++)
        {
            var gi = -problem.B[i];
            var ap = 0d;
            for (var j = 0; j < n; j++)
            {
                gi += problem.A[(i * n) + j] * p[j];
                ap += problem.A[(i * n) + j] * p[j];
            }

            g[i] = gi;
            value += (0.5 * p[i] * ap) - (problem.B[i] * p[i]);
        }

        return value;
    }

    [Theory]
    [MemberData(nameof(ProblemNumbers))]
    public void QuadraticsInABox_EvaluateExactlyTheReplayedPoints(int number)
    {
        var problem = Problems[number];
        var (trace, minimum) = Traced(
            (p, g) => Quadratic(problem, p, g), problem.Start, problem.Lower, problem.Upper, problem.Tolerance, problem.MaxEvaluations);

        Assert.Equal(problem.Trace.Length, trace.Length);
        for (var k = 0; k < trace.Length; k++)
        {
            AssertClose(problem.Trace[k], trace[k]);
        }

        Assert.Equal(problem.Trace.Length, minimum.Evaluations);
        Assert.Equal(problem.Converged, minimum.Converged);
    }

    [Fact]
    public void LineSearch_GivesUpAfterThirtyHalvings_ConvergedOnlyWithinTheSquareRootOfTheTolerance()
    {
        // Defined only at the start (value 1, gradient 1): the steps −1, −½, … −2⁻²⁹ are all rejected (31 evaluations);
        // with no decrease along the steepest descent the search stops, converged since the gradient 1 is within
        // √0.25 · (1 + 1) = 1 exactly.
        var (trace, minimum) = Traced(
            (p, g) =>
            {
                g[0] = 1d;
                return p[0] == 0d ? 1d : double.PositiveInfinity;
            },
            [0d],
            [-10d],
            [10d],
            tolerance: 0.25);

        Assert.Equal(31, trace.Length);
        Assert.Equal(-1d, trace[1][0]);
        Assert.Equal(-Math.Pow(2, -29), trace[30][0]);
        Assert.Equal(31, minimum.Evaluations);
        Assert.True(minimum.Converged);
        Assert.Equal([0d], minimum.Point);
    }

    [Fact]
    public void GradientExactlyAtTheTolerance_Converges()
    {
        // f = 10⁻⁶ x at 0: the gradient 10⁻⁶ equals the tolerance 10⁻⁶ · (1 + |0|), so the start is the minimum.
        var minimum = BoundedQuasiNewton.Minimize(
            (p, g) =>
            {
                g[0] = 1e-6;
                return 1e-6 * p[0];
            },
            [0d],
            [-1d],
            [1d],
            1e-6,
            100);

        Assert.True(minimum.Converged);
        Assert.Equal(1, minimum.Evaluations);
    }
}
