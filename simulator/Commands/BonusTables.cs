using SalesDomain.Simulator.Output;

namespace SalesDomain.Simulator.Commands;

/// <summary>The tables of <c>bonus</c> for the CSV and spreadsheet files: totals per agent, per scheme and month, every line.</summary>
internal static class BonusTables
{
    public static IReadOnlyList<ReportTable> Of(BonusReport report)
    {
        ReportColumn Money(string key) => new(key, key, CellKind.Money);
        ReportColumn Text(string key) => new(key, key, CellKind.Text);
        var agents = new ReportTable(
            "Agents",
            "agents",
            [Text("agentId"), Money("paid"), Money("clawedBack"), Money("net"), Money("pendingClawback"), Money("revenue"), new("payoutRatio", "payoutRatio", CellKind.Percent)],
            [.. report.ByAgent.Select(p => new object?[] { p.Key, p.Value.Paid, p.Value.ClawedBack, p.Value.Net, p.Value.PendingClawback, p.Value.Revenue, p.Value.PayoutRatio })]);
        var schemes = new ReportTable(
            "Schemes by month",
            "schemes",
            [Text("scheme"), Text("month"), Money("paid"), Money("clawedBack"), Money("nonCash"), Money("cost"), Money("revenue"), new("payoutRatio", "payoutRatio", CellKind.Percent)],
            [.. report.BySchemeMonth.Select(m => new object?[] { m.Scheme, m.Month, m.Paid, m.ClawedBack, m.NonCash, m.Cost, m.Revenue, m.PayoutRatio })]);
        var lines = new ReportTable(
            "Statement",
            "lines",
            [
                Text("agentId"), Text("month"), Text("kind"), Money("amount"), Text("scheme"), Text("rule"), Text("clientId"), Text("eventMonth"),
                Text("cause"), Money("clawbackExposure"),
            ],
            [
                .. report.Statement.SelectMany(m => m.Lines.Select(l => new object?[]
                {
                    m.AgentId, m.Month, l.Kind, l.Amount, l.Scheme, l.Rule, l.ClientId, l.EventMonth, l.Cause, l.ClawbackExposure,
                })),
            ]);
        return [agents, schemes, lines];
    }
}
