using System.Globalization;
using System.Text.Json.Serialization;
using SalesDomain.Forecast;
using SalesDomain.Managers;
using SalesDomain.Simulator.Localization;
using SalesDomain.Simulator.Output;

namespace SalesDomain.Simulator.Commands;

/// <summary>The manager report of <c>report</c> and <c>report managers</c>: scorecards and plan vs fact.</summary>
internal static class ManagerTables
{
    /// <summary>The report's scorecards and, with targets, plan vs fact.</summary>
    public static ManagersReport Compute(ReportData data)
    {
        var cards = ManagerReport.Build(data.Base, data.Segmentation, data.ContactReport, data.Deals, data.ForecastResult, data.Policy);
        var window = data.Segmentation.Window!.Value;
        return new ManagersReport(
            data.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            WindowReport.Of(window),
            [
                .. cards.Select(c => new ManagerItem(
                    c.ManagerId, c.Clients, new ManagerClasses(c.ClientsA, c.ClientsB, c.ClientsC), c.Revenue, c.PreviousRevenue, c.RevenueChange,
                    c.ContactCompliance, c.OpenDeals,
                    c.OpenDealsByStage.IsDefaultOrEmpty ? null : data.Policy.Stages.Select((st, i) => (st.Name, c.OpenDealsByStage[i])).ToDictionary(p => p.Name, p => p.Item2),
                    c.Won, c.Lost, c.WinRate, c.WeightedForecast)),
            ],
            data.Targets is { } targets
                ? [.. PlanFact.Build(data.Base, targets, data.AsOf).Select(l => new PlanFactItem(l.ManagerId, l.Month.ToString(), l.Target, l.Fact, l.Fulfilment, l.Complete))]
                : null);
    }

    /// <summary>
    /// The tables: clients and revenue per manager; deals per manager when deals were given; plan vs fact when targets
    /// were given.
    /// </summary>
    public static IReadOnlyList<ReportTable> Of(ManagersReport report, DealPolicy policy)
    {
        var hasContacts = report.Managers.Any(m => m.ContactCompliance is not null);
        var columns = new List<ReportColumn>
        {
            Column.Of("managerId", "manager", CellKind.Text), Column.Of("clients", "clients", CellKind.Integer),
            new("a", "A", CellKind.Integer), new("b", "B", CellKind.Integer), new("c", "C", CellKind.Integer),
            Column.Of("revenue", "revenue", CellKind.Money), Column.Of("previousRevenue", "previous window", CellKind.Money),
            Column.Of("revenueChange", "change", CellKind.Percent),
        };
        if (hasContacts)
        {
            columns.Add(Column.Of("contactCompliance", "compliance", CellKind.Percent));
        }

        var tables = new List<ReportTable>
        {
            new(Words.T("Managers"), "managers", columns, [.. report.Managers.Select(m => (object?[])
            [
                m.ManagerId, m.Clients, m.ByClass.A, m.ByClass.B, m.ByClass.C, m.Revenue, m.PreviousRevenue, m.RevenueChange,
                .. hasContacts ? new object?[] { m.ContactCompliance } : [],
            ])]),
        };
        if (report.Managers.Any(m => m.OpenDeals is not null))
        {
            tables.Add(new ReportTable(
                Words.T("Deals by manager"),
                "deals",
                [
                    Column.Of("managerId", "manager", CellKind.Text), Column.Of("openDeals", "open deals", CellKind.Integer),
                    .. policy.Stages.Select(s => new ReportColumn("stage:" + s.Name, StageName(s), CellKind.Integer)),
                    Column.Of("won", "won", CellKind.Integer), Column.Of("lost", "lost", CellKind.Integer), Column.Of("winRate", "win rate", CellKind.Percent),
                    Column.Of("weightedForecast", "weighted forecast", CellKind.Money),
                ],
                [.. report.Managers.Select(m => (object?[])
                [
                    m.ManagerId, m.OpenDeals, .. policy.Stages.Select(s => (object?)(m.OpenDealsByStage?.GetValueOrDefault(s.Name) ?? 0)),
                    m.Won, m.Lost, m.WinRate, m.WeightedForecast,
                ])]));
        }

        if (report.PlanFact is { } planFact)
        {
            tables.Add(new ReportTable(
                Words.T("Plan vs fact"),
                "plan",
                [
                    Column.Of("managerId", "manager", CellKind.Text), Column.Of("month", "month", CellKind.Month), Column.Of("target", "plan", CellKind.Money),
                    Column.Of("fact", "fact", CellKind.Money), Column.Of("fulfilment", "fulfilment", CellKind.Percent), Column.Of("complete", "month closed", CellKind.Text),
                ],
                [.. planFact.Select(p => new object?[] { p.ManagerId, Calendar.SalesMonth.Parse(p.Month), p.Target, p.Fact, p.Fulfilment, Words.YesNo(p.Complete) })]));
        }

        return tables;
    }

    /// <summary>A stage's name in the current language: in Russian its first Russian alias, else its name.</summary>
    private static string StageName(DealStage stage) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ru"
            ? stage.Aliases.FirstOrDefault(a => a.Any(c => c is >= 'А' and <= 'я')) ?? stage.Name
            : stage.Name;
}

/// <summary>The JSON shape of <c>report managers --json</c>: a public contract, extend rather than rename.</summary>
internal sealed record ManagersReport(string AsOf, WindowReport Window, IReadOnlyList<ManagerItem> Managers, IReadOnlyList<PlanFactItem>? PlanFact);

/// <summary>One manager in JSON output; parts without their input are null.</summary>
internal sealed record ManagerItem(
    string ManagerId,
    int Clients,
    ManagerClasses ByClass,
    decimal Revenue,
    decimal PreviousRevenue,
    decimal? RevenueChange,
    decimal? ContactCompliance,
    int? OpenDeals,
    Dictionary<string, int>? OpenDealsByStage,
    int? Won,
    int? Lost,
    decimal? WinRate,
    decimal? WeightedForecast);

/// <summary>A manager's clients by ABC class: <c>{"a": n, "b": n, "c": n}</c>.</summary>
internal sealed record ManagerClasses(int A, int B, int C);

/// <summary>One manager and month of plan vs fact in JSON output.</summary>
internal sealed record PlanFactItem(string ManagerId, string Month, decimal Target, decimal Fact, decimal? Fulfilment, bool Complete);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ManagersReport))]
internal sealed partial class ManagerJsonContext : JsonSerializerContext;
