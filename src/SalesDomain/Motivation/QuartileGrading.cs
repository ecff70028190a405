namespace SalesDomain.Motivation;

/// <summary>
/// Ranks agents into quartiles by refusal share (DOMAIN.md §6, seed 002): quartile 1 has the lowest refusals.
/// </summary>
/// <remarks>
/// With n graded agents and, for agent a, L(a) = the number of agents with a strictly lower (better) share, the
/// quartile is q(a) = 1 + ⌊4 × L(a) ÷ n⌋. Consequences (docs/motivation.md in the repository): every agent gets exactly one quartile in
/// 1..4; tied agents share a quartile, the better one of the positions they occupy; an agent with a lower share never
/// gets a higher quartile; with fewer than 4 agents some quartiles stay empty (1 agent → Q1; 2 → Q1, Q3; 3 → Q1, Q2,
/// Q3); when all shares tie, everyone is in Q1.
/// </remarks>
public static class QuartileGrading
{
    /// <summary>The quartile (1..4) of each agent.</summary>
    /// <param name="shares">Refusal share per agent id.</param>
    public static IReadOnlyDictionary<string, int> Assign(IReadOnlyDictionary<string, RefusalShare> shares)
    {
        Guard.NotNull(shares);
        var sorted = shares.Values.Order().ToArray();
        var result = new Dictionary<string, int>(shares.Count, StringComparer.Ordinal);
        foreach (var (agent, share) in shares)
        {
            var lower = LowerBound(sorted, share);
            result[agent] = 1 + (int)(4L * lower / sorted.Length);
        }

        return result;
    }

    private static int LowerBound(RefusalShare[] sorted, RefusalShare share)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] < share)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
