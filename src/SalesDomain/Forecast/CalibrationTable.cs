using System.Collections.Immutable;

namespace SalesDomain.Forecast;

/// <summary>One stage of a calibration table.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Reached">Closed deals that reached the stage.</param>
/// <param name="Won">Of those, the deals won.</param>
public sealed record CalibrationRow(DealStage Stage, int Reached, int Won)
{
    /// <summary>The probability the policy gives the stage.</summary>
    public decimal PolicyProbability => Stage.Probability;

    /// <summary>Won / reached; null when no closed deal reached the stage.</summary>
    public decimal? ObservedWinRate => Reached > 0 ? (decimal)Won / Reached : null;

    /// <summary>Observed − policy probability; null when nothing was observed. Negative means the stage is optimistic.</summary>
    public decimal? Deviation => ObservedWinRate - PolicyProbability;
}

/// <summary>
/// Whether "70 %" really means 70 % (DOMAIN.md §5; docs/forecast.md in the repository): for each stage, the share of closed deals that
/// reached it and were won. A won deal reached every stage; a lost deal reached the stages up to the one its criteria
/// put it in when it was lost. Open deals are not counted (their outcome is unknown).
/// </summary>
public static class CalibrationTable
{
    /// <summary>One row per stage of <paramref name="policy"/>, lowest first.</summary>
    /// <param name="deals">Deals in any order; ids must be distinct.</param>
    /// <param name="policy">The deal ladder; <see cref="DealPolicy.Default"/> when null.</param>
    public static ImmutableArray<CalibrationRow> Build(IEnumerable<Deal> deals, DealPolicy? policy = null)
    {
        policy ??= DealPolicy.Default;
        var reached = new int[policy.Stages.Length];
        var won = 0;
        foreach (var deal in SalesForecast.Distinct(deals))
        {
            if (deal.Status == DealStatus.Won)
            {
                won++;
            }
            else if (deal.Status == DealStatus.Lost)
            {
                for (var i = policy.StageIndexOf(deal.Criteria); i >= 0; i--)
                {
                    reached[i]++;
                }
            }
        }

        return [.. policy.Stages.Select((stage, i) => new CalibrationRow(stage, reached[i] + won, won))];
    }
}
