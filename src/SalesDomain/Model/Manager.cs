namespace SalesDomain.Model;

/// <summary>A sales employee who may own clients (DOMAIN.md §1, §7).</summary>
public sealed record Manager
{
    /// <summary>Creates a manager.</summary>
    /// <param name="id">Identifier; not empty.</param>
    /// <param name="name">Display name; not empty.</param>
    /// <param name="role">The manager's job.</param>
    public Manager(string id, string name, ManagerRole role)
    {
        Id = id;
        Name = name;
        Role = role;
    }

    /// <summary>Identifier, unique in a <see cref="ClientBase"/>; not empty.</summary>
    public string Id { get; init => field = Guard.NotEmpty(value, nameof(Id)); }

    /// <summary>Display name; not empty.</summary>
    public string Name { get; init => field = Guard.NotEmpty(value, nameof(Name)); }

    /// <summary>The manager's job.</summary>
    public ManagerRole Role { get; init => field = Guard.Defined(value, nameof(Role)); }

    /// <summary>Team the manager belongs to; empty when none.</summary>
    public string Team { get; init => field = Guard.NotNull(value, nameof(Team)); } = string.Empty;
}
