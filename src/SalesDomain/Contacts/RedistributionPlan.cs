using System.Collections.Immutable;
using SalesDomain.Model;

namespace SalesDomain.Contacts;

/// <summary>Why a client is proposed for another manager (DOMAIN.md §1, §3; seeds 002 and 004).</summary>
public enum RedistributionReason
{
    /// <summary>The client's manager is leaving; nothing may be lost (seed 002).</summary>
    OwnerLeaving,

    /// <summary>The client has no manager.</summary>
    Ownerless,

    /// <summary>The client's norm was not met and its manager misses the compliance threshold (seed 004).</summary>
    OwnerMissesNorm,

    /// <summary>No decision maker is recorded; such clients go to managers with fewer clients (seed 004).</summary>
    MissingContactData,
}

/// <summary>Settings of the redistribution planner.</summary>
public sealed record RedistributionOptions
{
    /// <summary>The defaults below.</summary>
    public static RedistributionOptions Default { get; } = new();

    /// <summary>Roles that may receive clients; default farmers and generalists (the roles that develop a base, DOMAIN.md §7).</summary>
    public ImmutableHashSet<ManagerRole> ReceivingRoles
    {
        get;
        init => field = Guard.NotNull(value, nameof(ReceivingRoles));
    } = [ManagerRole.Farmer, ManagerRole.Generalist];

    /// <summary>Managers who are leaving: all their clients are redistributed and they receive none; default none.</summary>
    public ImmutableHashSet<string> LeavingManagerIds
    {
        get;
        init => field = Guard.NotNull(value, nameof(LeavingManagerIds));
    } = ImmutableHashSet<string>.Empty.WithComparer(StringComparer.Ordinal);

    /// <summary>Whether the settings are equal by content: the same receiving roles and leaving managers, in any order.</summary>
    public bool Equals(RedistributionOptions? other) =>
        other is not null && ContentEquality.Set(ReceivingRoles, other.ReceivingRoles) && ContentEquality.Set(LeavingManagerIds, other.LeavingManagerIds);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ContentEquality.SetHash(ReceivingRoles), ContentEquality.SetHash(LeavingManagerIds));
}

/// <summary>A proposed move of one client.</summary>
/// <param name="ClientId">Id of the client.</param>
/// <param name="FromManagerId">The current manager; null for an ownerless client.</param>
/// <param name="ToManagerId">The proposed manager.</param>
/// <param name="Reason">Why the client moves.</param>
/// <param name="Hours">Contact hours a month the client's norm needs.</param>
/// <param name="Explanation">The reason in plain words, with the receiver's load.</param>
public sealed record RedistributionMove(
    string ClientId, string? FromManagerId, string ToManagerId, RedistributionReason Reason, decimal Hours, string Explanation);

/// <summary>A client that should move but fits no receiver.</summary>
/// <param name="ClientId">Id of the client.</param>
/// <param name="ManagerId">The current manager; null for an ownerless client.</param>
/// <param name="Reason">Why the client should move.</param>
/// <param name="Hours">Contact hours a month the client's norm needs.</param>
/// <param name="Explanation">Why no receiver fits.</param>
public sealed record UnplacedClient(string ClientId, string? ManagerId, RedistributionReason Reason, decimal Hours, string Explanation);

/// <summary>
/// A redistribution proposal (docs/contacts.md in the repository): every candidate client is either moved or reported unplaced, exactly
/// once. Nothing is changed until <see cref="ApplyTo"/> returns a new base.
/// </summary>
/// <param name="Moves">Proposed moves, in planning order.</param>
/// <param name="Unplaced">Candidates no receiver could take.</param>
public sealed record RedistributionPlan(ImmutableArray<RedistributionMove> Moves, ImmutableArray<UnplacedClient> Unplaced)
{
    /// <summary>A new base in which every moved client has its proposed manager; the given base is not changed.</summary>
    /// <exception cref="ArgumentException">A moved client is missing or no longer has the manager the plan was made for.</exception>
    public ClientBase ApplyTo(ClientBase clientBase)
    {
        Guard.NotNull(clientBase);
        var moves = Moves.ToDictionary(m => m.ClientId, StringComparer.Ordinal);
        foreach (var move in Moves)
        {
            if (!clientBase.TryGetClient(move.ClientId, out var client) || client.ManagerId != move.FromManagerId)
            {
                throw new ArgumentException(
                    $"Client '{move.ClientId}' is not in the base with manager '{move.FromManagerId ?? "none"}' as planned.", nameof(clientBase));
            }
        }

        var clients = clientBase.Clients.Select(c => moves.TryGetValue(c.Id, out var m) ? c with { ManagerId = m.ToManagerId } : c);
        return new ClientBase(clients, clientBase.Managers, clientBase.Sales, clientBase.Contacts);
    }

    /// <summary>Whether the plans are equal by content: the same moves and unplaced clients, in order.</summary>
    public bool Equals(RedistributionPlan? other) =>
        other is not null && ContentEquality.Sequence(Moves, other.Moves) && ContentEquality.Sequence(Unplaced, other.Unplaced);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ContentEquality.SequenceHash(Moves), ContentEquality.SequenceHash(Unplaced));
}
