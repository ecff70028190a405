using System.Collections.Immutable;

namespace SalesDomain.Managers;

/// <summary>One manager's line of the manager report (docs/managers.md in the repository).</summary>
/// <param name="ManagerId">The manager.</param>
/// <param name="Clients">Clients that belong to the manager (<see cref="SaleAttribution"/>).</param>
/// <param name="ClientsA">Of them, class A in the segmentation's window.</param>
/// <param name="ClientsB">Of them, class B.</param>
/// <param name="ClientsC">Of them, class C.</param>
/// <param name="Revenue">Net revenue of the sales that count for the manager in the analysis window.</param>
/// <param name="PreviousRevenue">The same over the equally long window just before it.</param>
/// <param name="RevenueChange">Revenue ÷ previous revenue − 1; null when the previous revenue is not positive.</param>
/// <param name="ContactCompliance">Share of the manager's clients whose contact norm is met; null without a contact report.</param>
/// <param name="OpenDeals">Open deals, null without deals.</param>
/// <param name="OpenDealsByStage">Open deals per stage of the policy, in stage order (deals before the first stage are not counted); empty without deals.</param>
/// <param name="Won">Won deals; null without deals.</param>
/// <param name="Lost">Lost deals; null without deals.</param>
/// <param name="WinRate">Won ÷ (won + lost); null when no deal is closed or without deals.</param>
/// <param name="WeightedForecast">The weighted forecast of the manager's open deals; null without a forecast.</param>
public sealed record ManagerScorecard(
    string ManagerId,
    int Clients,
    int ClientsA,
    int ClientsB,
    int ClientsC,
    decimal Revenue,
    decimal PreviousRevenue,
    decimal? RevenueChange,
    decimal? ContactCompliance,
    int? OpenDeals,
    ImmutableArray<int> OpenDealsByStage,
    int? Won,
    int? Lost,
    decimal? WinRate,
    decimal? WeightedForecast)
{
    /// <summary>
    /// Whether the two are equal by content: <see cref="OpenDealsByStage"/> element by element in order; the other
    /// values equal.
    /// </summary>
    public bool Equals(ManagerScorecard? other) =>
        other is not null && ManagerId == other.ManagerId && Clients == other.Clients && ClientsA == other.ClientsA
        && ClientsB == other.ClientsB && ClientsC == other.ClientsC && Revenue == other.Revenue
        && PreviousRevenue == other.PreviousRevenue && RevenueChange == other.RevenueChange
        && ContactCompliance == other.ContactCompliance && OpenDeals == other.OpenDeals
        && ContentEquality.Sequence(OpenDealsByStage, other.OpenDealsByStage) && Won == other.Won && Lost == other.Lost
        && WinRate == other.WinRate && WeightedForecast == other.WeightedForecast;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(OpenDealsByStage), ManagerId, Clients, ClientsA, ClientsB, ClientsC, Revenue,
        PreviousRevenue);
}
