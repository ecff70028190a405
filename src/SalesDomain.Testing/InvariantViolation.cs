using FsCheck;
using FsCheck.Fluent;

namespace SalesDomain.Testing;

/// <summary>
/// One broken invariant, found by a check such as <see cref="SegmentationInvariants"/>: which invariant, and an
/// explanation with the numbers and client ids needed to see why.
/// </summary>
/// <param name="Invariant">Short name of the invariant, one of the constants of the checking class (e.g. <see cref="SegmentationInvariants.Partition"/>).</param>
/// <param name="Explanation">What was expected and what was found, in one sentence.</param>
public sealed record InvariantViolation(string Invariant, string Explanation)
{
    /// <summary>"Invariant: explanation".</summary>
    public override string ToString() => $"{Invariant}: {Explanation}";
}

/// <summary>Helpers that turn a list of violations into a test outcome in any framework.</summary>
public static class InvariantViolations
{
    /// <summary>One line per violation, or "no violations".</summary>
    public static string Describe(this IEnumerable<InvariantViolation> violations)
    {
        var lines = Guard.NotNull(violations).Select(v => v.ToString()).ToArray();
        return lines.Length == 0 ? "no violations" : string.Join(Environment.NewLine, lines);
    }

    /// <summary>
    /// An FsCheck property that holds when there are no violations and otherwise fails with every explanation as its
    /// label, so the shrunk counterexample is reported with the reasons.
    /// </summary>
    public static Property ToProperty(this IReadOnlyCollection<InvariantViolation> violations)
    {
        Guard.NotNull(violations);
        return (violations.Count == 0).Label(violations.Describe());
    }

    /// <summary>Throws an <see cref="InvariantViolationException"/> listing the violations, if there are any.</summary>
    public static void ThrowIfAny(this IReadOnlyCollection<InvariantViolation> violations)
    {
        Guard.NotNull(violations);
        if (violations.Count > 0)
        {
            throw new InvariantViolationException(violations);
        }
    }
}

/// <summary>Thrown by <see cref="InvariantViolations.ThrowIfAny"/>: a result broke one or more invariants.</summary>
public sealed class InvariantViolationException : Exception
{
    /// <summary>Creates the exception for the given violations.</summary>
    public InvariantViolationException(IReadOnlyCollection<InvariantViolation> violations)
        : base($"{Guard.NotNull(violations).Count} invariant violation(s):{Environment.NewLine}{violations.Describe()}")
        => Violations = violations;

    /// <summary>The violations.</summary>
    public IReadOnlyCollection<InvariantViolation> Violations { get; }
}
