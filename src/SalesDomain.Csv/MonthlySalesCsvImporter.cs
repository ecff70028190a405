using SalesDomain.Calendar;
using System.Collections.Immutable;
using System.Globalization;
using SalesDomain.Motivation;

namespace SalesDomain.Csv;

/// <summary>
/// Imports monthly sales for the motivation schemes (docs/motivation.md, "Sales CSV"). The header must name
/// <c>agent_id</c>, <c>client_id</c>, <c>month</c> (<c>yyyy-MM</c>) and <c>amount</c>; optional <c>team</c>,
/// <c>outlet_type</c> and <c>client_class</c> columns give the agent's team and the client's grading attributes;
/// optional yes/no columns <c>activated</c> (the row's agent activated the client that month; with this column the
/// file's activations are exactly the marked rows) and <c>refused</c> (the client refused that month).
/// Names match case-insensitively; other columns are ignored. Amounts use the invariant culture (<c>1234.56</c>,
/// leading minus for returns). A row is rejected with its line number and reason when its field count differs from
/// the header's (so that an unquoted <c>1,000</c> is not read as 1), when a field is empty or malformed, or when it gives an agent a team (or a client an attribute) that contradicts an earlier row.
/// </summary>
public static class MonthlySalesCsvImporter
{
    private static readonly string[] Required = ["agent_id", "client_id", "month", "amount"];

    /// <summary>Imports from a file.</summary>
    /// <param name="path">Path of the CSV file.</param>
    /// <exception cref="CsvImportException">The header is missing or lacks a required column.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ImportResult<SalesCsvRow> ImportFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path);
        return Import(reader);
    }

    /// <summary>Imports from a reader positioned at the header line.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <exception cref="CsvImportException">The header is missing or lacks a required column.</exception>
    public static ImportResult<SalesCsvRow> Import(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var state = new Consistency();
        return CsvRows.Read(reader, ',', Layout.Resolve, (string[] fields, Layout layout, out SalesCsvRow row, out string reason) =>
        {
            string Field(int? index) => index is { } i && i < fields.Length ? fields[i].Trim() : string.Empty;
            row = null!;
            var problem = fields.Length != layout.Width
                ? $"expected {layout.Width} fields as in the header, found {fields.Length} (quote a field that holds a comma)"
                : Parse(Field(layout.Agent), Field(layout.Client), Field(layout.Month), Field(layout.Amount), out var sale)
                  ?? Flag(Field(layout.Activated), "activated", out var activated)
                  ?? Flag(Field(layout.Refused), "refused", out var refused)
                  ?? state.Check(row = new SalesCsvRow(sale!, Field(layout.Team), Field(layout.Outlet), Field(layout.ClientClass))
                  {
                      Activated = layout.Activated is null ? null : activated,
                      Refused = refused,
                  });
            reason = problem ?? string.Empty;
            return problem is null;
        });
    }

    /// <summary>
    /// The payout input of the accepted rows (<see cref="PayoutInput.FromSales"/>): agents with their teams, clients
    /// with their outlet types and classes, refusals from the <c>refused</c> column, and activations — the rows marked
    /// in the <c>activated</c> column when the file has one (one per client and month, by the first marked row's
    /// agent), else derived from the sales by <paramref name="activationRule"/> — as of the latest month.
    /// </summary>
    /// <param name="rows">The accepted rows.</param>
    /// <param name="activationRule">How activations are derived without an <c>activated</c> column; <see cref="ActivationRule.Default"/> when null.</param>
    public static PayoutInput ToPayoutInput(IEnumerable<SalesCsvRow> rows, ActivationRule? activationRule = null)
    {
        var list = rows?.ToList() ?? throw new ArgumentNullException(nameof(rows));
        var agents = list.Where(r => r.Sale.AgentId is not null).GroupBy(r => r.Sale.AgentId!, StringComparer.Ordinal)
            .Select(g => new Agent(g.Key, g.Select(r => r.Team).FirstOrDefault(t => t.Length > 0) ?? string.Empty));
        var clients = list.GroupBy(r => r.Sale.ClientId, StringComparer.Ordinal)
            .Select(g => new ClientAccount(g.Key)
            {
                OutletType = g.Select(r => r.OutletType).FirstOrDefault(t => t.Length > 0) ?? string.Empty,
                ClientClass = g.Select(r => r.ClientClass).FirstOrDefault(t => t.Length > 0) ?? string.Empty,
            });
        var marked = list.Any(r => r.Activated is not null)
            ? list.Where(r => r.Activated == true).GroupBy(r => (r.Sale.ClientId, r.Sale.Month))
                .Select(g => new Activation(g.First().Sale.AgentId!, g.Key.ClientId, g.Key.Month)).ToList()
            : null;
        var refusals = list.Where(r => r.Refused).Select(r => (r.Sale.ClientId, r.Sale.Month)).Distinct()
            .Select(p => new Refusal(p.ClientId, p.Month));
        var derived = PayoutInput.FromSales(list.Select(r => r.Sale), agents, asOf: null, activationRule: activationRule, activations: marked, refusals: refusals);
        var assigned = derived.Clients.ToDictionary(c => c.Id, c => c.AgentId, StringComparer.Ordinal);
        return new PayoutInput(
            derived.Agents,
            clients.Select(c => c with { AgentId = assigned[c.Id] }),
            derived.Sales,
            derived.Activations,
            derived.Refusals,
            asOf: derived.AsOf);
    }

    private static string? Flag(string text, string column, out bool value)
        => CsvFlag.TryParse(text, out value) ? null : $"{column} '{text}' is not {CsvFlag.Expected}";

    private static string? Parse(string agent, string client, string monthText, string amountText, out MonthlySale? sale)
    {
        sale = null;
        if (agent.Length == 0)
        {
            return "agent_id is empty";
        }

        if (client.Length == 0)
        {
            return "client_id is empty";
        }

        if (!SalesMonth.TryParse(monthText, out var month))
        {
            return $"month '{monthText}' is not a month in the format yyyy-MM";
        }

        if (amountText.Length == 0)
        {
            return "amount is empty";
        }

        if (!decimal.TryParse(amountText, CsvRows.NumberStyle, CultureInfo.InvariantCulture, out var amount))
        {
            return $"amount '{amountText}' is not a number (use a point for decimals, no thousands separators)";
        }

        sale = new MonthlySale(agent, client, month, amount);
        return null;
    }

    /// <summary>Column positions of the header; <see cref="Width"/> is the header's field count.</summary>
    private sealed record Layout(
        int Agent, int Client, int Month, int Amount, int? Team, int? Outlet, int? ClientClass, int Width, int? Activated = null, int? Refused = null)
    {
        public static Layout Resolve(string[] header)
        {
            var find = CsvRows.Finder(header);
            var columns = Required.Select(name => find(name) ?? throw new CsvImportException(
                $"The header has no '{name}' column; required: {string.Join(",", Required)}; it has: {string.Join(", ", header.Select(h => h.Trim()))}.")).ToArray();
            return new Layout(
                columns[0], columns[1], columns[2], columns[3], find("team"), find("outlet_type"), find("client_class"), header.Length,
                find("activated"), find("refused"));
        }
    }

    /// <summary>First non-empty team per agent and attributes per client; later rows must agree.</summary>
    private sealed class Consistency
    {
        private readonly Dictionary<string, string> _team = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _outlet = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _class = new(StringComparer.Ordinal);

        public string? Check(SalesCsvRow row)
        {
            var agent = row.Sale.AgentId ?? string.Empty; // the importer always credits an agent
            var conflict = Conflict(_team, agent, row.Team, "team", "agent")
                ?? Conflict(_outlet, row.Sale.ClientId, row.OutletType, "outlet_type", "client")
                ?? Conflict(_class, row.Sale.ClientId, row.ClientClass, "client_class", "client");
            if (conflict is null)
            {
                Remember(_team, agent, row.Team);
                Remember(_outlet, row.Sale.ClientId, row.OutletType);
                Remember(_class, row.Sale.ClientId, row.ClientClass);
            }

            return conflict;
        }

        private static string? Conflict(Dictionary<string, string> known, string id, string value, string column, string what)
            => value.Length > 0 && known.TryGetValue(id, out var earlier) && earlier != value
                ? $"{column} '{value}' contradicts '{earlier}' given earlier for {what} '{id}'"
                : null;

        private static void Remember(Dictionary<string, string> known, string id, string value)
        {
            if (value.Length > 0)
            {
                known.TryAdd(id, value);
            }
        }
    }
}
