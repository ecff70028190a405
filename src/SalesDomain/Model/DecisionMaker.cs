namespace SalesDomain.Model;

/// <summary>A named decision maker (ЛПР) at a client organisation (DOMAIN.md §1, seed 001).</summary>
public sealed record DecisionMaker
{
    /// <summary>Creates a decision maker.</summary>
    /// <param name="id">Identifier, unique within the client.</param>
    /// <param name="name">Full name.</param>
    /// <param name="position">Job title; empty when unknown.</param>
    public DecisionMaker(string id, string name, string position = "")
    {
        Id = id;
        Name = name;
        Position = position;
    }

    /// <summary>Identifier, unique within the client; not empty.</summary>
    public string Id { get; init => field = Guard.NotEmpty(value, nameof(Id)); }

    /// <summary>Full name; not empty.</summary>
    public string Name { get; init => field = Guard.NotEmpty(value, nameof(Name)); }

    /// <summary>Job title; empty when unknown.</summary>
    public string Position { get; init => field = Guard.NotNull(value, nameof(Position)); }
}
