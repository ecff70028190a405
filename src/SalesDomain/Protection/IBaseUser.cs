using System.Collections.Immutable;

namespace SalesDomain.Protection;

/// <summary>
/// A user as the protection policy sees it (docs/protection.md in the repository). A CRM implements this over its own user type, or uses
/// <see cref="BaseUser"/>.
/// </summary>
public interface IBaseUser
{
    /// <summary>User id, written into audit records; not empty.</summary>
    string Id { get; }

    /// <summary>Role name the policy's rules refer to (e.g. "manager", "head"); compared ordinally.</summary>
    string Role { get; }

    /// <summary>The manager id whose clients are this user's own; null when the user owns no clients.</summary>
    string? ManagerId { get; }

    /// <summary>Explicit rights granted to this user; <see cref="BaseAction.Export"/> and <see cref="BaseAction.Delete"/> need one.</summary>
    IReadOnlySet<BaseAction> Rights { get; }
}

/// <summary>A plain <see cref="IBaseUser"/>.</summary>
public sealed record BaseUser : IBaseUser
{
    /// <summary>Creates a user with no explicit rights.</summary>
    /// <param name="id">User id; not empty.</param>
    /// <param name="role">Role name; not empty.</param>
    public BaseUser(string id, string role)
    {
        Id = id;
        Role = role;
    }

    /// <inheritdoc />
    public string Id { get; init => field = Guard.NotEmpty(value, nameof(Id)); }

    /// <inheritdoc />
    public string Role { get; init => field = Guard.NotEmpty(value, nameof(Role)); }

    /// <inheritdoc />
    public string? ManagerId { get; init => field = value is null ? null : Guard.NotEmpty(value, nameof(ManagerId)); }

    /// <summary>Explicit rights; default none.</summary>
    public ImmutableHashSet<BaseAction> Rights { get; init => field = Guard.NotNull(value, nameof(Rights)); } = [];

    IReadOnlySet<BaseAction> IBaseUser.Rights => Rights;

    /// <summary>Whether the two are equal by content: <see cref="Rights"/> as sets; the other values equal.</summary>
    public bool Equals(BaseUser? other) =>
        other is not null && Id == other.Id && Role == other.Role && ManagerId == other.ManagerId
        && ContentEquality.Set(Rights, other.Rights);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ContentEquality.SetHash(Rights), Id, Role, ManagerId);
}
