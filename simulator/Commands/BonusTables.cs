using System.Globalization;
using SalesDomain.Calendar;
using SalesDomain.Localization;
using SalesDomain.Motivation;
using SalesDomain.Simulator.Localization;
using SalesDomain.Simulator.Output;

namespace SalesDomain.Simulator.Commands;

/// <summary>The tables of <c>bonus</c> for the CSV and spreadsheet files: totals per agent, per scheme and month, every line.</summary>
internal static class BonusTables
{
    public static IReadOnlyList<ReportTable> Of(BonusReport report)
    {
        static ReportColumn Money(string key, string header) => Column.Of(key, header, CellKind.Money);
        static ReportColumn Text(string key, string header) => Column.Of(key, header, CellKind.Text);
        var agents = new ReportTable(
            Words.T("Agents"),
            "agents",
            [
                Text("agentId", "agent"), Money("paid", "paid"), Money("clawedBack", "clawed back"), Money("net", "net"), Money("pendingClawback", "pending clawback"),
                Money("revenue", "revenue"), Column.Of("payoutRatio", "payout ratio", CellKind.Percent),
            ],
            [.. report.ByAgent.Select(p => new object?[] { p.Key, p.Value.Paid, p.Value.ClawedBack, p.Value.Net, p.Value.PendingClawback, p.Value.Revenue, p.Value.PayoutRatio })]);
        var schemes = new ReportTable(
            Words.T("Schemes by month"),
            "schemes",
            [
                Text("scheme", "scheme"), Column.Of("month", "month", CellKind.Month), Money("paid", "paid"), Money("clawedBack", "clawed back"),
                Money("nonCash", "non-cash"), Money("cost", "cost"), Money("revenue", "revenue"), Column.Of("payoutRatio", "payout ratio", CellKind.Percent),
            ],
            [.. report.BySchemeMonth.Select(m => new object?[] { m.Scheme, SalesMonth.Parse(m.Month), m.Paid, m.ClawedBack, m.NonCash, m.Cost, m.Revenue, m.PayoutRatio })]);
        var lines = new ReportTable(
            Words.T("Statement"),
            "lines",
            [
                Text("agentId", "agent"), Column.Of("month", "month", CellKind.Month), Text("kind", "kind"), Money("amount", "amount"), Text("scheme", "scheme"),
                Text("rule", "rule"), Text("clientId", "client"), Column.Of("eventMonth", "event month", CellKind.Month), Text("cause", "cause"),
                Money("clawbackExposure", "clawback exposure"),
            ],
            [
                .. report.Statement.SelectMany(m => m.Lines.Select(l => new object?[]
                {
                    m.AgentId, SalesMonth.Parse(m.Month), ShowKind(l.Kind), l.Amount, l.Scheme, l.Rule, l.ClientId,
                    l.EventMonth is { } e ? SalesMonth.Parse(e) : null, l.Cause, l.ClawbackExposure,
                })),
            ]);
        return [agents, schemes, lines];
    }

    /// <summary>A payout line kind (JSON: <c>accrual</c>, <c>payment</c>, <c>clawback</c>, <c>adjustment</c>) in the current language.</summary>
    public static string ShowKind(string kind) =>
        Enum.TryParse<PayoutLineKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? DisplayNames.Of(k, CultureInfo.CurrentUICulture) : kind;
}
