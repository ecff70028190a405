using System.Collections.Immutable;

namespace SalesDomain.Forecast;

/// <summary>An open deal flagged by <see cref="FairyTaleDetector"/>.</summary>
/// <param name="Deal">The deal.</param>
/// <param name="Reasons">Every reason that applies (at least one).</param>
/// <param name="DaysInStage">Days since <see cref="Deal.StageSince"/> as of the detection date; null when unknown.</param>
public sealed record FlaggedDeal(Deal Deal, FairyTaleReason Reasons, int? DaysInStage);

/// <summary>
/// Surfaces open deals that make a forecast a "fairy tale" (DOMAIN.md §5, seed 000): stuck beyond their stage's
/// limit, a vague next step, or an expected close date already past.
/// </summary>
/// <remarks>
/// As of a date D, an open deal is
/// <list type="bullet">
/// <item><b>stuck</b> when its <see cref="Deal.StageSince"/> is known and D − StageSince &gt; the limit of its
/// stage (<see cref="DealStage.StuckLimitDays"/>; <see cref="FairyTaleOptions.UnqualifiedStuckLimitDays"/> when it
/// meets no stage);</item>
/// <item><b>vague</b> when its <see cref="Deal.NextStep"/> is recorded (not null) and <see cref="IsVague(string, FairyTaleOptions?)"/>;</item>
/// <item><b>overdue</b> when its expected close date is before D.</item>
/// </list>
/// Won and lost deals are never flagged.
/// </remarks>
public static class FairyTaleDetector
{
    /// <summary>The flagged open deals, ordered by manager id then deal id.</summary>
    /// <param name="deals">Deals in any order; ids must be distinct.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="policy">The deal ladder; <see cref="DealPolicy.Default"/> when null.</param>
    /// <param name="options">Vague phrases and limits; <see cref="FairyTaleOptions.Default"/> when null.</param>
    public static ImmutableArray<FlaggedDeal> Detect(
        IEnumerable<Deal> deals, DateOnly asOf, DealPolicy? policy = null, FairyTaleOptions? options = null)
    {
        policy ??= DealPolicy.Default;
        options ??= FairyTaleOptions.Default;
        var phrases = VaguePhrase.ParseAll(options.VaguePhrases);
        var flagged = new List<FlaggedDeal>();
        foreach (var deal in SalesForecast.Distinct(deals))
        {
            if (deal.Status != DealStatus.Open)
            {
                continue;
            }

            var reasons = FairyTaleReason.None;
            int? days = deal.StageSince is { } since ? asOf.DayNumber - since.DayNumber : null;
            var limit = policy.StageOf(deal.Criteria)?.StuckLimitDays ?? options.UnqualifiedStuckLimitDays;
            if (days > limit)
            {
                reasons |= FairyTaleReason.Stuck;
            }

            if (deal.NextStep is { } step && IsVague(step, phrases))
            {
                reasons |= FairyTaleReason.VagueNextStep;
            }

            if (deal.ExpectedClose < asOf)
            {
                reasons |= FairyTaleReason.OverdueDate;
            }

            if (reasons != FairyTaleReason.None)
            {
                flagged.Add(new FlaggedDeal(deal, reasons, days));
            }
        }

        return [.. flagged.OrderBy(f => f.Deal.ManagerId, StringComparer.Ordinal).ThenBy(f => f.Deal.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Whether a next step is vague: empty (nothing planned), or holding no digit (no date, time or amount that would
    /// make it concrete) and one of the vague phrases, matched by whole words and word stems
    /// (<see cref="FairyTaleOptions.VaguePhrases"/>).
    /// </summary>
    /// <param name="nextStep">The next-step text.</param>
    /// <param name="options">The vague phrases; <see cref="FairyTaleOptions.Default"/> when null.</param>
    public static bool IsVague(string nextStep, FairyTaleOptions? options = null)
        => IsVague(Guard.NotNull(nextStep), VaguePhrase.ParseAll((options ?? FairyTaleOptions.Default).VaguePhrases));

    private static bool IsVague(string nextStep, ImmutableArray<VaguePhrase> phrases)
    {
        var words = VaguePhrase.Words(nextStep);
        if (words.Length == 0)
        {
            return true;
        }

        if (nextStep.Any(char.IsDigit))
        {
            return false;
        }

        return phrases.Any(phrase => phrase.IsFoundIn(words));
    }
}
