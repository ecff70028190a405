namespace SalesDomain.Motivation;

/// <summary>A sales agent (manager, sales representative) who can be paid under motivation schemes (DOMAIN.md §6).</summary>
public sealed record Agent
{
    /// <summary>Creates an agent.</summary>
    /// <param name="id">Identifier; not empty.</param>
    /// <param name="team">Team the agent belongs to; empty (the default) when none.</param>
    public Agent(string id, string team = "")
    {
        Id = id;
        Team = team;
    }

    /// <summary>Identifier; not empty.</summary>
    public string Id { get; init => field = Guard.NotEmpty(value, nameof(Id)); }

    /// <summary>Team the agent belongs to (for team rewards and per-team summaries); empty when none.</summary>
    public string Team { get; init => field = Guard.NotNull(value, nameof(Team)).Trim(); }

    /// <summary>Whether the agent belongs to a team.</summary>
    public bool HasTeam => Team.Length > 0;
}
