using System.Collections.Frozen;
using SalesDomain.Calendar;
using SalesDomain.Segmentation;

namespace SalesDomain.Forecast;

/// <summary>Inputs of a weighted forecast besides the deals (DOMAIN.md §5; docs/forecast.md in the repository).</summary>
public sealed record ForecastOptions
{
    /// <summary>The defaults: the seed's deal ladder, no client categories (every client counts), no teams, no horizon.</summary>
    public static ForecastOptions Default { get; } = new();

    /// <summary>The deal ladder that turns criteria into probabilities; default <see cref="DealPolicy.Default"/>.</summary>
    public DealPolicy Policy { get; init => field = Guard.NotNull(value, nameof(Policy)); } = DealPolicy.Default;

    /// <summary>
    /// Perspectiveness category per client id (DOMAIN.md §2). Deals of clients in a non-target category go to the
    /// assistant's list instead of the forecast. Default: empty.
    /// </summary>
    public IReadOnlyDictionary<string, PerspectiveCategory> ClientCategories
    {
        get;
        init => field = Guard.NotNull(value, nameof(ClientCategories));
    } = FrozenDictionary<string, PerspectiveCategory>.Empty;

    /// <summary>
    /// The ladder options whose <see cref="PerspectiveLadderOptions.ForecastTargets"/> say which categories are
    /// forecast targets; default <see cref="PerspectiveLadderOptions.Default"/> (the seed's five).
    /// </summary>
    public PerspectiveLadderOptions Ladder { get; init => field = Guard.NotNull(value, nameof(Ladder)); } = PerspectiveLadderOptions.Default;

    /// <summary>
    /// Whether deals of clients missing from <see cref="ClientCategories"/> count in the forecast. Default true: a client
    /// not yet classified stays in view rather than silently leaving the forecast.
    /// </summary>
    public bool UnclassifiedClientsAreTargets { get; init; } = true;

    /// <summary>Team per manager id; managers missing from it belong to the team "" (no team). Default: empty.</summary>
    public IReadOnlyDictionary<string, string> ManagerTeams
    {
        get;
        init => field = Guard.NotNull(value, nameof(ManagerTeams));
    } = FrozenDictionary<string, string>.Empty;

    /// <summary>The last month of the forecast horizon (inclusive); deals forecast for a later month are left out. Default: none.</summary>
    public SalesMonth? Through { get; init; }

    /// <summary>
    /// Whether this client is a forecast target: its category in <see cref="ClientCategories"/> is one of
    /// <see cref="Ladder"/>'s <see cref="PerspectiveLadderOptions.ForecastTargets"/>, or it has no category and
    /// <see cref="UnclassifiedClientsAreTargets"/>.
    /// </summary>
    public bool IsTargetClient(string clientId) => ClientCategories.TryGetValue(Guard.NotNull(clientId), out var category)
        ? ForecastTargets.IsTarget(category, Ladder)
        : UnclassifiedClientsAreTargets;

    /// <summary>
    /// Whether a deal belongs in its manager's forecast: its client is a target (<see cref="IsTargetClient"/>) or the
    /// deal <see cref="Deal.StaysWithManager"/> (a complex order of a non-target client, seed 000). Otherwise it goes
    /// to the assistant's list.
    /// </summary>
    public bool IsManagersDeal(Deal deal) => Guard.NotNull(deal).StaysWithManager || IsTargetClient(deal.ClientId);

    /// <summary>The team of a manager, "" when none.</summary>
    public string TeamOf(string managerId) => ManagerTeams.TryGetValue(Guard.NotNull(managerId), out var team) ? team : string.Empty;

    /// <summary>
    /// Whether the two are equal by content: <see cref="ClientCategories"/> and <see cref="ManagerTeams"/> by key and
    /// value in any order; the other values equal.
    /// </summary>
    public bool Equals(ForecastOptions? other) =>
        other is not null && Policy == other.Policy && ContentEquality.Map(ClientCategories, other.ClientCategories)
        && Ladder == other.Ladder && UnclassifiedClientsAreTargets == other.UnclassifiedClientsAreTargets
        && ContentEquality.Map(ManagerTeams, other.ManagerTeams) && Through == other.Through;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.MapHash(ClientCategories), ContentEquality.MapHash(ManagerTeams), Policy, Ladder,
        UnclassifiedClientsAreTargets, Through);
}
