using SalesDomain.Reactivation;

namespace SalesDomain.Tests.Reactivation;

/// <summary>
/// The BG/NBD log-likelihood: one client's ln L against arbitrary-precision values (mpmath, 30 digits) on both sides of
/// the log-sum-exp, and the grouped likelihood of a base against the sum over its clients, its gradient against finite
/// differences, and a base of more than one chunk of groups (evaluated in parallel).
/// </summary>
public class BgNbdLikelihoodTests
{
    private static readonly BgNbdModel Cdnow = new(0.243, 4.414, 0.793, 2.426);

    private static double[] ThetaOf(BgNbdModel m) => [Math.Log(m.R), Math.Log(m.Alpha), Math.Log(m.A), Math.Log(m.B)];

    [Theory]
    [InlineData(2, 30.43, 38.86, -9.45860630706627124509)]
    [InlineData(2, 38.86, 38.86, -9.56981022687646145163)] // bought at the end: A₃ is the larger term
    [InlineData(5, 0.5, 38.86, -8.75490580906087005983)] // bought only at the start: A₄ is the larger term
    public void LogLikelihood_RepeatBuyer_MatchesTheReference(int x, double recency, double age, double expected)
        => Assert.Equal(1d, Cdnow.LogLikelihood(new RfmSummary(x, recency, age)) / expected, 13);

    private static RfmSummary[] Mixed() =>
    [
        new(0, 0d, 10d), new(0, 0d, 10d), new(0, 0d, 38.86), new(1, 3d, 10d), new(2, 30.43, 38.86), new(2, 30.43, 38.86),
        new(5, 0.5, 38.86), new(7, 38.86, 38.86), new(1, 10d, 10d),
    ];

    [Fact]
    public void NegativeLogLikelihood_IsMinusTheSumOverTheClients_OnGroups()
    {
        var clients = Mixed();
        var likelihood = new BgNbdLikelihood(clients);

        var value = likelihood.NegativeLogLikelihood(ThetaOf(Cdnow), new double[4]);

        Assert.Equal(9, likelihood.Clients);
        Assert.Equal(7, likelihood.Groups);
        Assert.Equal(1d, value / -clients.Sum(Cdnow.LogLikelihood), 13);
    }

    [Fact]
    public void Gradient_MatchesCentralDifferences()
    {
        var likelihood = new BgNbdLikelihood(Mixed());
        double[] theta = [Math.Log(0.7), Math.Log(3d), Math.Log(1.3), Math.Log(0.8)];
        var gradient = new double[4];
        likelihood.NegativeLogLikelihood(theta, gradient);

        for (var i = 0; i < 4; i++)
        {
            const double H = 1e-5;
            double[] up = [.. theta], down = [.. theta];
            up[i] += H;
            down[i] -= H;
            var numeric = (likelihood.NegativeLogLikelihood(up, new double[4]) - likelihood.NegativeLogLikelihood(down, new double[4])) / (2 * H);
            Assert.True(Math.Abs(gradient[i] - numeric) <= 1e-6 * (1d + Math.Abs(numeric)), $"component {i}: analytic {gradient[i]}, numeric {numeric}");
        }
    }

    [Fact]
    public void ManyGroups_AreSummedInChunks_ToTheSameValue_InAnyClientOrder()
    {
        // 20,000 distinct repeat histories (more than one chunk of 16,384 groups) and 500 without a repeat purchase.
        var clients = new List<RfmSummary>();
        for (var i = 0; i < 20_000; i++)
        {
            var age = 10d + (i % 97);
            clients.Add(new RfmSummary(1 + (i % 13), age * ((i % 89) + 1) / 90d, age + (i / 97)));
        }

        for (var i = 0; i < 500; i++)
        {
            clients.Add(new RfmSummary(0, 0d, 5d + i));
        }

        var likelihood = new BgNbdLikelihood(clients);
        var gradient = new double[4];
        var value = likelihood.NegativeLogLikelihood(ThetaOf(Cdnow), gradient);

        Assert.True(likelihood.Groups > 16_384);
        Assert.Equal(1d, value / -clients.Sum(Cdnow.LogLikelihood), 11);
        var reversed = new double[4];
        Assert.Equal(value, new BgNbdLikelihood(Enumerable.Reverse(clients)).NegativeLogLikelihood(ThetaOf(Cdnow), reversed));
        Assert.Equal(gradient, reversed);
        Assert.All(gradient, g => Assert.NotEqual(0d, g));
    }

    [Fact]
    public void ParametersBeyondTheDoubleRange_GiveInfinity()
        => Assert.Equal(double.PositiveInfinity, new BgNbdLikelihood(Mixed()).NegativeLogLikelihood([1000d, 0d, 0d, 0d], new double[4]));

    [Fact]
    public void NoClients_ThrowsNamingThem()
        => Assert.Equal("clients", Assert.Throws<ArgumentException>(() => new BgNbdLikelihood([])).ParamName);
}
