using System.Text.Json.Serialization;
using SalesDomain.Csv;
using SalesDomain.Motivation;

namespace SalesDomain.Simulator.Commands;

/// <summary>The JSON shape of <c>bonus --json</c>: a public contract, extend rather than rename.</summary>
internal sealed record BonusReport(
    decimal TotalPaid,
    decimal TotalClawedBack,
    decimal TotalAdjustments,
    decimal TotalNonCash,
    decimal Net,
    decimal Cost,
    decimal Revenue,
    decimal? PayoutRatio,
    string? FirstMonth,
    string? AsOf,
    IReadOnlyList<string> Schemes,
    SortedDictionary<string, TotalsReport> ByAgent,
    SortedDictionary<string, TotalsReport> ByTeam,
    SortedDictionary<string, TotalsReport> ByScheme,
    IReadOnlyList<SchemeMonthReport> BySchemeMonth,
    IReadOnlyList<AgentMonthReport> Statement,
    int RejectedRows,
    IReadOnlyList<RejectedRowReport> Rejected,
    decimal TotalPendingClawback,
    int Activations,
    string ActivationSource,
    int Refusals)
{
    public static BonusReport From(SchemeSet schemes, PayoutStatement statement, ImportResult<SalesCsvRow> import, PayoutInput input)
    {
        static SortedDictionary<string, TotalsReport> Map(IReadOnlyDictionary<string, PayoutTotals> totals)
            => new(totals.ToDictionary(p => p.Key, p => TotalsReport.From(p.Value)), StringComparer.Ordinal);

        var t = statement.Totals;
        return new BonusReport(
            t.Paid,
            t.ClawedBack,
            t.Adjustments,
            t.NonCash,
            t.Net,
            t.Cost,
            t.Revenue,
            Round(t.PayoutRatio),
            statement.FirstMonth?.ToString(),
            statement.AsOf?.ToString(),
            [.. schemes.Schemes.Select(s => s.Name)],
            Map(statement.ByAgent()),
            Map(statement.ByTeam()),
            Map(statement.ByScheme()),
            [.. statement.BySchemeMonth().Select(s => new SchemeMonthReport(
                s.Scheme, s.Month.ToString(), s.Totals.Paid, s.Totals.ClawedBack, s.Totals.NonCash, s.Totals.Cost, s.Totals.Revenue, Round(s.Totals.PayoutRatio)))],
            [.. statement.ByAgentMonth.Select(m => new AgentMonthReport(
                m.AgentId, m.Month.ToString(), m.Totals.Paid, m.Totals.ClawedBack, m.Totals.Net,
                [.. m.Lines.Select(l => new LineReport(
                    l.Kind.ToString().ToLowerInvariant(), l.Amount, l.Scheme, l.Rule, l.ClientId, l.EventMonth?.ToString(), l.Cause, l.ClawbackExposure))]))],
            import.Rejected.Length,
            [.. import.Rejected.Select(r => new RejectedRowReport(r.LineNumber, r.Reason))],
            t.PendingClawback,
            input.Activations.Length,
            import.Accepted.Any(r => r.Activated is not null) ? "activated-column" : "derived",
            input.Refusals.Length);
    }

    internal static decimal? Round(decimal? ratio) => ratio is { } r ? Math.Round(r, 6) : null;
}

/// <summary>Paid, clawed back and net of an agent, a team or a scheme.</summary>
internal sealed record TotalsReport(
    decimal Paid, decimal ClawedBack, decimal Net, decimal Adjustments, decimal NonCash, decimal Cost, decimal Revenue, decimal? PayoutRatio,
    decimal PendingClawback)
{
    public static TotalsReport From(PayoutTotals t)
        => new(t.Paid, t.ClawedBack, t.Net, t.Adjustments, t.NonCash, t.Cost, t.Revenue, BonusReport.Round(t.PayoutRatio), t.PendingClawback);
}

/// <summary>The cost of one scheme in one month.</summary>
internal sealed record SchemeMonthReport(string Scheme, string Month, decimal Paid, decimal ClawedBack, decimal NonCash, decimal Cost, decimal Revenue, decimal? PayoutRatio);

/// <summary>One agent's lines in one month.</summary>
internal sealed record AgentMonthReport(string AgentId, string Month, decimal Paid, decimal ClawedBack, decimal Net, IReadOnlyList<LineReport> Lines);

/// <summary>One payout line.</summary>
internal sealed record LineReport(
    string Kind, decimal Amount, string Scheme, string Rule, string? ClientId, string? EventMonth, string Cause, decimal ClawbackExposure);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(BonusReport))]
internal sealed partial class BonusJsonContext : JsonSerializerContext;
