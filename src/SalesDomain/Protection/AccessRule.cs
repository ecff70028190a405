using System.Collections.Immutable;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Protection;

/// <summary>Which clients a rule covers by ownership.</summary>
public enum OwnershipScope
{
    /// <summary>Clients assigned to the user's own manager id.</summary>
    Own,

    /// <summary>The user's own clients and ownerless clients.</summary>
    OwnOrOwnerless,

    /// <summary>Every client.</summary>
    Any,
}

/// <summary>
/// One grant of a policy (docs/protection.md in the repository): users of <see cref="Role"/> may do <see cref="Action"/> to the clients in
/// <see cref="Scope"/> whose ABC class and channel are in the rule's segment.
/// </summary>
/// <param name="Role">Role name the rule grants to (ordinal); not empty.</param>
/// <param name="Action">The action granted.</param>
/// <param name="Scope">The clients covered by ownership.</param>
public sealed record AccessRule(string Role, BaseAction Action, OwnershipScope Scope)
{
    /// <summary>Role name the rule grants to (ordinal); not empty.</summary>
    public string Role { get; init => field = Guard.NotEmpty(value, nameof(Role)); } = Guard.NotEmpty(Role);

    /// <summary>The action granted.</summary>
    public BaseAction Action { get; init => field = Guard.Defined(value, nameof(Action)); } = Guard.Defined(Action);

    /// <summary>The clients covered by ownership.</summary>
    public OwnershipScope Scope { get; init => field = Guard.Defined(value, nameof(Scope)); } = Guard.Defined(Scope);

    /// <summary>ABC classes covered; empty (the default) covers every class, including an unknown one.</summary>
    public ImmutableHashSet<AbcClass> Classes { get; init => field = Guard.NotNull(value, nameof(Classes)); } = [];

    /// <summary>Sales channels covered (ordinal); empty (the default) covers every channel.</summary>
    public ImmutableHashSet<string> Channels { get; init => field = Guard.NotNull(value, nameof(Channels)); } = [];

    /// <summary>Whether the rule grants <paramref name="action"/> on <paramref name="client"/> to <paramref name="user"/>.</summary>
    public bool Grants(IBaseUser user, BaseAction action, Client client, AbcClass? abc)
    {
        var own = user.ManagerId is { } m && client.ManagerId == m;
        var inScope = Scope switch
        {
            OwnershipScope.Own => own,
            OwnershipScope.OwnOrOwnerless => own || client.IsOwnerless,
            _ => true,
        };
        return inScope && action == Action && string.Equals(user.Role, Role, StringComparison.Ordinal)
               && (Classes.IsEmpty || (abc is { } c && Classes.Contains(c)))
               && (Channels.IsEmpty || Channels.Contains(client.Channel));
    }

    /// <summary>The rule in plain words, e.g. "role manager may View own clients".</summary>
    public override string ToString()
    {
        var scope = Scope switch
        {
            OwnershipScope.Own => "own clients",
            OwnershipScope.OwnOrOwnerless => "own and ownerless clients",
            _ => "any client",
        };
        var classes = Classes.IsEmpty ? string.Empty : $" of class {string.Join('/', Classes.Order())}";
        var channels = Channels.IsEmpty ? string.Empty : $" in channel {string.Join('/', Channels.Order(StringComparer.Ordinal))}";
        return $"role {Role} may {Action} {scope}{classes}{channels}";
    }

    /// <summary>
    /// Whether the two are equal by content: <see cref="Classes"/> and <see cref="Channels"/> as sets; the other values
    /// equal.
    /// </summary>
    public bool Equals(AccessRule? other) =>
        other is not null && Role == other.Role && Action == other.Action && Scope == other.Scope
        && ContentEquality.Set(Classes, other.Classes) && ContentEquality.Set(Channels, other.Channels);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SetHash(Classes), ContentEquality.SetHash(Channels), Role, Action, Scope);
}
