using FsCheck;
using FsCheck.Fluent;

namespace SalesDomain.Testing;

/// <summary>A value that broke invariants, as FsCheck first found it and after shrinking.</summary>
/// <typeparam name="T">The generated type, e.g. a client base.</typeparam>
/// <param name="Original">The first failing value FsCheck generated.</param>
/// <param name="Shrunk">The smallest failing value shrinking reached.</param>
/// <param name="Violations">The violations of <paramref name="Shrunk"/>.</param>
/// <param name="Tests">Number of tests run until the first failure.</param>
/// <param name="Shrinks">Number of successful shrinking steps from <paramref name="Original"/> to <paramref name="Shrunk"/>.</param>
public sealed record Counterexample<T>(T Original, T Shrunk, IReadOnlyList<InvariantViolation> Violations, int Tests, int Shrinks)
{
    /// <summary>
    /// Whether the two are equal by content: <see cref="Violations"/> element by element in order; the values by the
    /// equality of <typeparamref name="T"/> (a <see cref="Model.ClientBase"/>, a class, by reference); the counts equal.
    /// </summary>
    public bool Equals(Counterexample<T>? other) =>
        other is not null && EqualityComparer<T>.Default.Equals(Original, other.Original)
        && EqualityComparer<T>.Default.Equals(Shrunk, other.Shrunk) && ContentEquality.Sequence(Violations, other.Violations)
        && Tests == other.Tests && Shrinks == other.Shrinks;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ContentEquality.SequenceHash(Violations), Original, Shrunk, Tests, Shrinks);
}

/// <summary>
/// Runs an invariant check as an FsCheck property and hands back the shrunk counterexample as a value, for tests
/// that assert a check catches a bug, or for frameworks without an FsCheck runner.
/// </summary>
public static class Counterexamples
{
    /// <summary>
    /// Tests <paramref name="check"/> on up to <paramref name="maxTest"/> values of <paramref name="arbitrary"/>
    /// (sizes growing as FsCheck grows them, seeded by <paramref name="seed"/> so runs repeat) and returns the shrunk
    /// counterexample, or <see langword="null"/> when every value passed.
    /// </summary>
    /// <param name="arbitrary">Generator and shrinker, e.g. <see cref="ClientBaseShape.ToArbitrary"/>.</param>
    /// <param name="check">The invariant check; a value fails when it returns any violation.</param>
    /// <param name="maxTest">Most values tried; default 100; must be &gt; 0.</param>
    /// <param name="seed">Seed of FsCheck's random generator; default 1.</param>
    /// <exception cref="InvalidOperationException">FsCheck gave up (too many rejected values).</exception>
    public static Counterexample<T>? Find<T>(
        Arbitrary<T> arbitrary, Func<T, IReadOnlyList<InvariantViolation>> check, int maxTest = 100, ulong seed = 1)
    {
        Guard.NotNull(arbitrary);
        Guard.NotNull(check);
        Guard.Positive(maxTest);
        var runner = new CapturingRunner();
        var config = Config.Quick
            .WithMaxTest(maxTest)
            .WithRunner(runner)
            .WithReplay(new Replay(new Rnd(seed, 0x9E3779B97F4A7C15UL), Microsoft.FSharp.Core.FSharpOption<int>.None));
        Check.One(config, Prop.ForAll(arbitrary, value => check(value).Count == 0));
        switch (runner.Result)
        {
            case TestResult.Failed failed:
                // A check that throws fails too; re-running it on the shrunk value rethrows its exception.
                var shrunk = (T)failed.Item3.Head;
                return new Counterexample<T>((T)failed.Item2.Head, shrunk, check(shrunk), failed.Item1.NumberOfTests, failed.Item1.NumberOfShrinks);
            case TestResult.Exhausted:
                throw new InvalidOperationException("FsCheck gave up: too many generated values were rejected.");
            default:
                return null;
        }
    }

    private sealed class CapturingRunner : IRunner
    {
        public TestResult? Result { get; private set; }

        public void OnStartFixture(Type t)
        {
        }

        public void OnArguments(int ntest, Microsoft.FSharp.Collections.FSharpList<object> args, Microsoft.FSharp.Core.FSharpFunc<int, Microsoft.FSharp.Core.FSharpFunc<Microsoft.FSharp.Collections.FSharpList<object>, string>> every)
        {
        }

        public void OnShrink(Microsoft.FSharp.Collections.FSharpList<object> args, Microsoft.FSharp.Core.FSharpFunc<Microsoft.FSharp.Collections.FSharpList<object>, string> everyShrink)
        {
        }

        public void OnFinished(string name, TestResult testResult) => Result = testResult;
    }
}
