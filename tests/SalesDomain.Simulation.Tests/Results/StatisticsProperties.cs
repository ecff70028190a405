using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Simulation.Results;

namespace SalesDomain.Simulation.Tests.Results;

/// <summary>Properties of the confidence intervals and of P(Δ &gt; 0) (docs/simulator.md, "Statistics").</summary>
[Properties(MaxTest = 200)]
public class StatisticsProperties
{
    private static decimal[] Sample(int[] values) => [.. values.Select(v => (decimal)v)];

    [Property]
    public Property Ci95_ContainsTheMean(NonEmptyArray<int> values)
    {
        var band = Band.Of(Sample(values.Get));
        return (values.Get.Length < 2 || (band.Ci95Low <= band.Mean && band.Mean <= band.Ci95High && band.StandardError >= 0m))
            .Label($"{band}");
    }

    [Property]
    public Property Ci95_NarrowsWithMoreRuns(NonEmptyArray<int> values)
    {
        // The same outcomes observed twice as often: s shrinks by √((2n − 2) / (2n − 1)), √n grows, t falls.
        var sample = Sample(values.Get);
        var once = Band.Of(sample);
        var twice = Band.Of([.. sample, .. sample]);
        return (sample.Length < 2 || twice.Ci95HalfWidth <= once.Ci95HalfWidth).Label($"{once.Ci95HalfWidth} → {twice.Ci95HalfWidth}");
    }

    [Property]
    public Property PPositive_IsAProbability_AndGrowsWithTheShiftOfTheAlternative(NonEmptyArray<int> differences, NonNegativeInt shift)
    {
        var before = PairedDifference.Of(Sample(differences.Get));
        var after = PairedDifference.Of([.. differences.Get.Select(d => (decimal)d + shift.Get)]);
        return (before.PPositive is >= 0 and <= 1 && after.PPositive is >= 0 and <= 1
                && after.PPositive >= before.PPositive && after.ShareOfRunsPositive >= before.ShareOfRunsPositive)
            .Label($"{before.PPositive} → {after.PPositive}");
    }
}
