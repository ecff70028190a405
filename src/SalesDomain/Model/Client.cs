using System.Collections.Immutable;

namespace SalesDomain.Model;

/// <summary>
/// A client organisation in the base (DOMAIN.md §1). Immutable; every property is validated on construction and on
/// <c>with</c>.
/// </summary>
public sealed record Client
{
    /// <summary>
    /// Formerly the most decision makers a client could hold. A client now holds any number; 5 is the funnel's
    /// counting norm per organisation (<see cref="Funnels.FunnelDefinition.CountedDecisionMakersPerOrganisation"/>).
    /// </summary>
    [Obsolete("A client holds any number of decision makers; the funnel counts at most FunnelDefinition.CountedDecisionMakersPerOrganisation per organisation.")]
    public const int MaxDecisionMakers = 5;

    /// <summary>Creates a client with only an id; the other properties take their defaults.</summary>
    /// <param name="id">Client identifier; not empty.</param>
    public Client(string id)
    {
        Id = id;
        Name = id;
    }

    /// <summary>Client identifier, unique in a <see cref="ClientBase"/>; not empty.</summary>
    public string Id { get; init => field = Guard.NotEmpty(value, nameof(Id)); }

    /// <summary>Display name; defaults to the id.</summary>
    public string Name { get; init => field = Guard.NotEmpty(value, nameof(Name)); }

    /// <summary>Sales channel (online shop, retail, chain, end user B2B…); empty when unknown.</summary>
    public string Channel { get; init => field = Guard.NotNull(value, nameof(Channel)); } = string.Empty;

    /// <summary>Region; empty when unknown.</summary>
    public string Region { get; init => field = Guard.NotNull(value, nameof(Region)); } = string.Empty;

    /// <summary>Industry; empty when unknown.</summary>
    public string Industry { get; init => field = Guard.NotNull(value, nameof(Industry)); } = string.Empty;

    /// <summary>Id of the assigned manager, or <see langword="null"/> for an ownerless client.</summary>
    public string? ManagerId
    {
        get;
        init => field = value is null ? null : Guard.NotEmpty(value, nameof(ManagerId));
    }

    /// <summary>Manual Partner/VIP marks.</summary>
    public ClientFlags Flags
    {
        get;
        init => field = (value & ~(ClientFlags.Partner | ClientFlags.Vip)) == 0
            ? value
            : throw Guard.OutOfRange(nameof(Flags), value, "must combine only Partner and Vip");
    }

    /// <summary>
    /// Whether the client has signed a contract (DOMAIN.md §1: active and lost clients have one); always true when
    /// <see cref="ContractDate"/> is set. Set it alone for a contract whose date is unknown.
    /// </summary>
    public bool HasContract { get => field || ContractDate is not null; init; }

    /// <summary>
    /// The day the client's current contract was signed, when known; null when there is no contract or its date is
    /// unknown. A contract dated after an as-of date does not exist yet as of that date (<see cref="HasContractAsOf"/>).
    /// </summary>
    public DateOnly? ContractDate { get; init; }

    /// <summary>Revenue potential per year in the base currency, when known (DOMAIN.md §2, ABCDE); 0..<see cref="Money.MaxAmount"/>.</summary>
    public decimal? Potential
    {
        get;
        init => field = value is { } v ? Money.NonNegativeAmount(v, nameof(Potential)) : null;
    }

    /// <summary>
    /// Decision makers (ЛПР), any number, with distinct ids. The seed's "at most 5 per organisation" is a counting norm
    /// of the active funnel (<see cref="Funnels.FunnelStage.MaxDecisionMakersPerClient"/>), not a limit on the base.
    /// </summary>
    public ImmutableArray<DecisionMaker> DecisionMakers
    {
        get;
        init
        {
            var list = value.IsDefault ? [] : value;
            for (var i = 0; i < list.Length; i++)
            {
                Guard.NotNull(list[i], nameof(DecisionMakers));
                for (var j = 0; j < i; j++)
                {
                    if (list[j].Id == list[i].Id)
                    {
                        throw new ArgumentException(
                            $"{nameof(DecisionMakers)} must have distinct ids, '{list[i].Id}' repeats (client '{Id}').",
                            nameof(DecisionMakers));
                    }
                }
            }

            field = list;
        }
    } = [];

    /// <summary>
    /// Whether the client has a contract as of <paramref name="asOf"/>: a dated contract signed on or before it, or an
    /// undated one.
    /// </summary>
    /// <param name="asOf">The as-of date.</param>
    public bool HasContractAsOf(DateOnly asOf) => ContractDate is { } signed ? signed <= asOf : HasContract;

    /// <summary>Whether the client is ownerless (no assigned manager).</summary>
    public bool IsOwnerless => ManagerId is null;

    /// <inheritdoc />
    public bool Equals(Client? other) =>
        other is not null && Id == other.Id && Name == other.Name && Channel == other.Channel &&
        Region == other.Region && Industry == other.Industry && ManagerId == other.ManagerId &&
        Flags == other.Flags && HasContract == other.HasContract && ContractDate == other.ContractDate && Potential == other.Potential &&
        ContentEquality.Sequence(DecisionMakers, other.DecisionMakers);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, ManagerId, Flags, ContentEquality.SequenceHash(DecisionMakers));
}
