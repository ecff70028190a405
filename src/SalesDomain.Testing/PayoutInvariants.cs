using System.Globalization;
using SalesDomain.Motivation;

namespace SalesDomain.Testing;

/// <summary>
/// Invariants of a payout statement (DOMAIN.md §6): net = paid − clawed back (+ manual adjustments) in every summary,
/// and a clawback never takes back more than was paid — per agent, scheme and client, at every month.
/// </summary>
public static class PayoutInvariants
{
    /// <summary>Net = paid − clawed back + adjustments, with paid and clawed back ≥ 0, and equal to what the lines say.</summary>
    public const string NetIsPaidMinusClawedBack = "NetIsPaidMinusClawedBack";

    /// <summary>By every month, what was clawed back from an agent under a scheme for a client never exceeds what was paid.</summary>
    public const string ClawbackWithinPaid = "ClawbackWithinPaid";

    /// <summary>Checks a statement's totals and every summary (per agent, team, scheme, agent-month) against its lines.</summary>
    public static IReadOnlyList<InvariantViolation> Check(PayoutStatement statement)
    {
        Guard.NotNull(statement);
        var violations = new List<InvariantViolation>(Check(statement.Lines));
        var lines = statement.Lines;
        Totals("the statement", statement.Totals, lines, violations);
        foreach (var (agent, totals) in statement.ByAgent())
        {
            Totals($"agent '{agent}'", totals, lines.Where(l => l.AgentId == agent), violations);
        }

        foreach (var (scheme, totals) in statement.ByScheme())
        {
            Totals($"scheme '{scheme}'", totals, lines.Where(l => l.Scheme == scheme), violations);
        }

        foreach (var month in statement.ByAgentMonth)
        {
            Totals($"agent '{month.AgentId}' in {month.Month}", month.Totals, month.Lines, violations);
        }

        return violations;
    }

    /// <summary>Checks that no clawback exceeds the payments before it (per agent, scheme and client, cumulative by month).</summary>
    public static IReadOnlyList<InvariantViolation> Check(IEnumerable<PayoutLine> lines)
    {
        var violations = new List<InvariantViolation>();
        foreach (var group in Guard.NotNull(lines).GroupBy(l => (l.AgentId, l.Scheme, l.ClientId)))
        {
            decimal paid = 0m, clawedBack = 0m;
            foreach (var month in group.GroupBy(l => l.Month).OrderBy(g => g.Key))
            {
                paid += month.Where(l => l.Kind == PayoutLineKind.Payment).Sum(l => l.Amount);
                clawedBack -= month.Where(l => l.Kind == PayoutLineKind.Clawback).Sum(l => l.Amount);
                if (clawedBack > paid)
                {
                    violations.Add(new(ClawbackWithinPaid,
                        $"by {month.Key} agent '{group.Key.AgentId}' under '{group.Key.Scheme}'{(group.Key.ClientId is { } c ? $" for client '{c}'" : "")} had {Money(clawedBack)} clawed back but only {Money(paid)} paid."));
                    break;
                }
            }
        }

        return violations;
    }

    private static void Totals(string what, PayoutTotals totals, IEnumerable<PayoutLine> lines, List<InvariantViolation> violations)
    {
        var list = lines.ToList();
        var paid = list.Where(l => l.Kind == PayoutLineKind.Payment).Sum(l => l.Amount);
        var clawedBack = -list.Where(l => l.Kind == PayoutLineKind.Clawback).Sum(l => l.Amount);
        var adjustments = list.Where(l => l.Kind == PayoutLineKind.Adjustment).Sum(l => l.Amount);
        if (totals.Paid != paid || totals.ClawedBack != clawedBack || totals.Paid < 0m || totals.ClawedBack < 0m
            || totals.Net != totals.Paid - totals.ClawedBack + totals.Adjustments || totals.Adjustments != adjustments)
        {
            violations.Add(new(NetIsPaidMinusClawedBack,
                $"{what}: paid {Money(totals.Paid)}, clawed back {Money(totals.ClawedBack)}, adjustments {Money(totals.Adjustments)}, net {Money(totals.Net)}; " +
                $"its lines say paid {Money(paid)}, clawed back {Money(clawedBack)}, adjustments {Money(adjustments)}, net {Money(paid - clawedBack + adjustments)}."));
        }
    }

    private static string Money(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
