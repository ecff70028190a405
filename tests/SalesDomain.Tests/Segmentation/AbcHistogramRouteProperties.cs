using FsCheck;
using FsCheck.Fluent;
using SalesDomain.Segmentation;

namespace SalesDomain.Tests.Segmentation;

/// <summary>
/// From <see cref="AbcAnalysis.HistogramFrom"/> positive values on, <see cref="AbcAnalysis.ClassesOf(ReadOnlySpan{long}, AbcOptions?)"/>
/// locates the cutoffs with a histogram: its classes are those of sorting every value, on inputs built to put values
/// at and around the cuts (ties, one value, heavy tails, zeros and returns, huge amounts, thresholds up to 1).
/// </summary>
public class AbcHistogramRouteProperties
{
    private static readonly string[] Kinds = ["lognormal", "few distinct", "all equal", "one dominant", "with zeros and returns", "huge", "consecutive", "pareto"];

    [Property(MaxTest = 60)]
    public Property HistogramRoute_GivesTheClassesOfTheSortedWalk(int kindPick, int sizePick, int seed, int aPick, int bPick)
    {
        var kind = Kinds[Math.Abs(kindPick % Kinds.Length)];
        var n = AbcAnalysis.HistogramFrom + Math.Abs(sizePick % (2 * AbcAnalysis.HistogramFrom));
        var values = Values(kind, n, new Random(seed));
        decimal[] thresholds = [0.8m, 0.95m, 0.5m, 1m, 0.01m, 0.33m, 0.999m];
        var a = thresholds[Math.Abs(aPick % thresholds.Length)];
        var b = Math.Max(a, thresholds[Math.Abs(bPick % thresholds.Length)]);
        var options = new AbcOptions { AThreshold = a, BThreshold = b };

        var positive = values.Count(v => v > 0);
        var expected = AbcAnalysis.ClassesBySorting(values, options);
        var actual = AbcAnalysis.ClassesOf(values, options);
        return (positive < AbcAnalysis.HistogramFrom || actual.SequenceEqual(expected))
            .Label($"{kind}, {n} values, A {a}, B {b}: {Differences(expected, actual)}")
            .Classify(positive >= AbcAnalysis.HistogramFrom, "histogram route");
    }

    [Fact]
    public void HistogramRoute_MatchesTheSortedWalk_OnEveryKindOfInput()
    {
        // Every kind at least once with the default thresholds, so no kind depends on the generator's luck.
        foreach (var kind in Kinds)
        {
            var values = Values(kind, 3 * AbcAnalysis.HistogramFrom, new Random(7));
            Assert.True(values.Count(v => v > 0) >= AbcAnalysis.HistogramFrom, kind);
            Assert.Equal(AbcAnalysis.ClassesBySorting(values, AbcOptions.Default), AbcAnalysis.ClassesOf(values));
        }
    }

    private static long[] Values(string kind, int n, Random random) => kind switch
    {
        "lognormal" => [.. Enumerable.Range(0, n).Select(_ => (long)Math.Exp(6 + (2.5 * Normal(random))) + 1)],
        "few distinct" => [.. Enumerable.Range(0, n).Select(_ => (long)(random.Next(1, 6) * 1_000))],
        "all equal" => [.. Enumerable.Repeat(4_200L, n)],
        "one dominant" => [.. Enumerable.Range(0, n).Select(i => i == n / 2 ? 1_000_000_000_000L : random.Next(1, 100))],
        "with zeros and returns" => [.. Enumerable.Range(0, n).Select(i => i % 3 == 0 ? -random.Next(0, 5_000) : (long)random.Next(1, 1_000_000))],
        "huge" => [.. Enumerable.Range(0, n).Select(_ => long.MaxValue - random.Next(0, 1_000))],
        "consecutive" => [.. Enumerable.Range(1, n).Select(i => (long)i)],
        _ => [.. Enumerable.Range(0, n).Select(_ => (long)(100.0 / Math.Pow(1 - random.NextDouble(), 1 / 1.16)))],
    };

    private static double Normal(Random random)
        => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static string Differences(AbcClass[] expected, AbcClass[] actual)
        => string.Join(", ", expected.Zip(actual).Select((p, i) => (p, i)).Where(x => x.p.First != x.p.Second).Take(5).Select(x => $"#{x.i} {x.p.Second} instead of {x.p.First}"));
}
