using System.Collections.Immutable;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Protection;

/// <summary>An audit record of an export or delete decision: who, what, when, allowed or refused, and why.</summary>
/// <param name="UserId">Who asked.</param>
/// <param name="Role">The user's role at the time.</param>
/// <param name="Action">Export or delete.</param>
/// <param name="ClientId">Which client record.</param>
/// <param name="At">When the decision was made (given by the caller; the policy reads no clock).</param>
/// <param name="Allowed">Whether the action was allowed.</param>
/// <param name="Reason">The rule that allowed it or why it was refused.</param>
public sealed record AuditRecord(string UserId, string Role, BaseAction Action, string ClientId, DateTimeOffset At, bool Allowed, string Reason);

/// <summary>A decision on one client.</summary>
/// <param name="ClientId">The client record.</param>
/// <param name="Allowed">Whether the action is allowed.</param>
/// <param name="Reason">The rule that allowed it or why it was refused.</param>
/// <param name="Audit">
/// The audit record; never null for export and delete, nor for any decision on a malformed user; null for a view by a
/// well-formed user.
/// </param>
public sealed record AccessDecision(string ClientId, bool Allowed, string Reason, AuditRecord? Audit);

/// <summary>
/// Protection of the base (DOMAIN.md §1, seed 002; docs/protection.md in the repository): deny unless a rule grants the action to the
/// user's role for the client's ownership and segment; export and delete also need the user's explicit right; every
/// export and delete decision yields an audit record. Immutable and pure: the caller passes the time.
/// </summary>
/// <param name="Rules">The grants, checked in order; the first that grants decides the reason.</param>
public sealed record AccessPolicy(ImmutableArray<AccessRule> Rules)
{
    /// <summary>
    /// A starting policy: role "manager" may view own and ownerless clients; role "head" may view, export and delete any
    /// client (export and delete still need the head's explicit right).
    /// </summary>
    public static AccessPolicy Default { get; } = new(
    [
        new AccessRule("manager", BaseAction.View, OwnershipScope.OwnOrOwnerless),
        new AccessRule("head", BaseAction.View, OwnershipScope.Any),
        new AccessRule("head", BaseAction.Export, OwnershipScope.Any),
        new AccessRule("head", BaseAction.Delete, OwnershipScope.Any),
    ]);

    /// <summary>The grants, checked in order.</summary>
    public ImmutableArray<AccessRule> Rules { get; init => field = value.IsDefault ? [] : value; } = Rules.IsDefault ? [] : Rules;

    /// <summary>Decides one action on one client.</summary>
    /// <param name="user">Who asks.</param>
    /// <param name="action">View, export or delete.</param>
    /// <param name="client">The client record.</param>
    /// <param name="abc">The client's ABC class, when known (rules restricted to classes never match an unknown class).</param>
    /// <param name="at">When the decision is made, for the audit record; not <c>default</c>.</param>
    /// <remarks>
    /// The user is read once per decision (a snapshot of id, role, manager id and rights), so a user object whose
    /// properties change between reads is judged and audited as one user. A malformed user — an empty id or role, an
    /// empty manager id, null rights, or a property that throws — is refused, with an audit record whatever the action.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="user"/> or <paramref name="client"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is not defined, or <paramref name="at"/> is <c>default</c>.</exception>
    public AccessDecision Decide(IBaseUser user, BaseAction action, Client client, AbcClass? abc, DateTimeOffset at)
    {
        Guard.NotNull(user);
        Guard.NotNull(client);
        Guard.Defined(action);
        if (abc is { } known)
        {
            Guard.Defined(known, nameof(abc));
        }

        if (at == default)
        {
            throw Guard.OutOfRange(nameof(at), at, "must be the time of the decision, not default(DateTimeOffset)");
        }

        if (Snapshot(user, out var problem) is not { } snapshot)
        {
            var refusal = $"refused: the user is malformed ({problem})";
            var audit = new AuditRecord(SafeText(() => user.Id), SafeText(() => user.Role), action, client.Id, at, false, refusal);
            return new AccessDecision(client.Id, false, refusal, audit);
        }

        var (allowed, reason) = Judge(snapshot, action, client, abc);
        var record = action == BaseAction.View ? null : new AuditRecord(snapshot.Id, snapshot.Role, action, client.Id, at, allowed, reason);
        return new AccessDecision(client.Id, allowed, reason, record);
    }

    /// <summary>The user read once, or null with the problem when it is malformed.</summary>
    private static BaseUser? Snapshot(IBaseUser user, out string problem)
    {
        try
        {
            string? id = user.Id, role = user.Role, managerId = user.ManagerId;
            var rights = user.Rights;
            problem = string.IsNullOrWhiteSpace(id) ? "its Id is empty"
                : string.IsNullOrWhiteSpace(role) ? "its Role is empty"
                : managerId is not null && string.IsNullOrWhiteSpace(managerId) ? "its ManagerId is empty"
                : rights is null ? "its Rights are null"
                : string.Empty;
            if (problem.Length > 0)
            {
                return null;
            }

            var held = rights!.ToImmutableHashSet();
            return held.All(Enum.IsDefined)
                ? new BaseUser(id!, role!) { ManagerId = managerId, Rights = held }
                : Malformed("its Rights hold an undefined action", out problem);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Malformed($"reading it threw: {e.Message}", out problem);
        }
    }

    private static BaseUser? Malformed(string reason, out string problem)
    {
        problem = reason;
        return null;
    }

    /// <summary>A property of a malformed user for the audit record: its value, or "(unknown)".</summary>
    private static string SafeText(Func<string?> read)
    {
        try
        {
            return read() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) ? text : "(unknown)";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return "(unknown)";
        }
    }

    /// <summary>Decides one action on many clients (e.g. an export of a list): one decision, and audit record, per client.</summary>
    /// <param name="user">Who asks.</param>
    /// <param name="action">View, export or delete.</param>
    /// <param name="clients">The client records with their ABC class when known.</param>
    /// <param name="at">When the decision is made; not <c>default</c>.</param>
    public ImmutableArray<AccessDecision> DecideMany(
        IBaseUser user, BaseAction action, IEnumerable<(Client Client, AbcClass? Abc)> clients, DateTimeOffset at)
        => [.. Guard.NotNull(clients).Select(c => Decide(user, action, c.Client, c.Abc, at))];

    private (bool Allowed, string Reason) Judge(BaseUser user, BaseAction action, Client client, AbcClass? abc)
    {
        if (action != BaseAction.View && !user.Rights.Contains(action))
        {
            return (false, $"{action} of the base needs an explicit {action} right, which user {user.Id} does not have");
        }

        foreach (var rule in Rules)
        {
            if (rule.Grants(user, action, client, abc))
            {
                return (true, $"allowed by rule: {rule}");
            }
        }

        return (false, $"no rule lets role {user.Role} {action} client {client.Id}");
    }

    /// <summary>Whether the two are equal by content: <see cref="Rules"/> element by element in order.</summary>
    public bool Equals(AccessPolicy? other) =>
        other is not null && ContentEquality.Sequence(Rules, other.Rules);

    /// <inheritdoc />
    public override int GetHashCode() => ContentEquality.SequenceHash(Rules);
}
