using System.Collections.Immutable;

namespace SalesDomain.Motivation;

/// <summary>
/// The schemes in force, evaluated together (DOMAIN.md §6): an agent may be under several at once. JSON
/// <c>{"schemes": [ … ]}</c> (docs/motivation.md in the repository); read and written by <see cref="SchemeJson"/>.
/// </summary>
public sealed record SchemeSet
{
    /// <summary>Creates a set from schemes.</summary>
    /// <param name="schemes">At least one scheme, names unique.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    public SchemeSet(ImmutableArray<MotivationScheme> schemes) => Schemes = schemes;

    /// <summary>Creates a set from schemes.</summary>
    /// <param name="schemes">At least one scheme, names unique.</param>
    public SchemeSet(params IEnumerable<MotivationScheme> schemes)
        : this([.. Guard.NotNull(schemes)])
    {
    }

    /// <summary>The schemes, in the order given (lines of the same agent and month follow it); at least one; names unique.</summary>
    public ImmutableArray<MotivationScheme> Schemes
    {
        get;
        init
        {
            if (value.IsDefaultOrEmpty)
            {
                throw new ArgumentException($"{nameof(Schemes)} must hold at least one scheme.", nameof(Schemes));
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var scheme in value)
            {
                Guard.NotNull(scheme, nameof(Schemes));
                if (scheme.Name == PayoutEngine.ManualScheme)
                {
                    throw new ArgumentException($"Scheme name '{PayoutEngine.ManualScheme}' is reserved for manual adjustments.", nameof(Schemes));
                }

                if (!names.Add(scheme.Name))
                {
                    throw new ArgumentException($"Scheme name '{scheme.Name}' appears more than once; names must be unique.", nameof(Schemes));
                }
            }

            field = value;
        }
    }

    /// <summary>Whether the two are equal by content: <see cref="Schemes"/> element by element in order.</summary>
    public bool Equals(SchemeSet? other) =>
        other is not null && ContentEquality.Sequence(Schemes, other.Schemes);

    /// <inheritdoc />
    public override int GetHashCode() => ContentEquality.SequenceHash(Schemes);
}
