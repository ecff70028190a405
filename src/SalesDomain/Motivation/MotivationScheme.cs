using SalesDomain.Calendar;
using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace SalesDomain.Motivation;

/// <summary>
/// A motivation scheme as data (DOMAIN.md §6; format in docs/motivation.md in the repository). Serialised with a <c>"type"</c>
/// discriminator: <c>commission</c>, <c>active-base-bonus</c>, <c>upfront-bonus</c>, <c>quartile-graded-bonus</c>,
/// <c>team-reward</c>, <c>rotating-focus</c>. Schemes compose: <see cref="PayoutEngine"/> evaluates each scheme of a
/// <see cref="SchemeSet"/> independently and an agent may be under several.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(CommissionScheme), CommissionScheme.TypeName)]
[JsonDerivedType(typeof(ActiveBaseBonusScheme), ActiveBaseBonusScheme.TypeName)]
[JsonDerivedType(typeof(UpfrontBonusScheme), UpfrontBonusScheme.TypeName)]
[JsonDerivedType(typeof(QuartileGradedBonusScheme), QuartileGradedBonusScheme.TypeName)]
[JsonDerivedType(typeof(TeamRewardScheme), TeamRewardScheme.TypeName)]
[JsonDerivedType(typeof(RotatingFocusScheme), RotatingFocusScheme.TypeName)]
public abstract record MotivationScheme
{
    private protected MotivationScheme(string name, ImmutableArray<string>? agents)
    {
        Name = name;
        Agents = agents;
    }

    /// <summary>Name of the scheme, unique within a <see cref="SchemeSet"/>; required; not empty. Lines name it.</summary>
    public string Name { get; init => field = Guard.NotEmpty(value, nameof(Name)).Trim(); }

    /// <summary>Ids of the agents under the scheme; null (the default) puts every agent under it.</summary>
    public ImmutableArray<string>? Agents
    {
        get;
        init
        {
            if (value is { } ids)
            {
                if (ids.IsDefault)
                {
                    throw new ArgumentException($"{nameof(Agents)} must be null (every agent) or a list of ids, was a default array.", nameof(Agents));
                }

                foreach (var id in ids)
                {
                    Guard.NotEmpty(id, nameof(Agents));
                }
            }

            field = value;
        }
    }

    /// <summary>The rule name, equal to the JSON <c>type</c> discriminator (e.g. <c>upfront-bonus</c>).</summary>
    [JsonIgnore]
    public abstract string Rule { get; }

    /// <summary>Whether the agent is under this scheme.</summary>
    public bool Covers(string agentId) => Agents is not { } ids || ids.Contains(agentId, StringComparer.Ordinal);

    /// <summary>The scheme's lines over the whole input, in any order.</summary>
    internal abstract IEnumerable<PayoutLine> Evaluate(EvaluationContext context);

    /// <summary>
    /// Whether the two are the same scheme by content: the same kind of scheme, name and agents (element by element in
    /// order, or both every agent); a derived scheme compares its own settings too.
    /// </summary>
    public virtual bool Equals(MotivationScheme? other) =>
        other is not null && EqualityContract == other.EqualityContract && Name == other.Name
        && ContentEquality.Sequence(Agents, other.Agents);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EqualityContract, Name, ContentEquality.SequenceHash(Agents));

    /// <summary>A line of this scheme.</summary>
    private protected PayoutLine Line(string agentId, SalesMonth month, PayoutLineKind kind, decimal amount, string cause)
        => new(agentId, month, kind, amount, Name, Rule, cause);
}
