using SalesDomain.Calendar;
using System.Collections.Immutable;
using SalesDomain.Motivation;

namespace SalesDomain.Csv;

/// <summary>
/// Imports monthly sales for the motivation schemes (docs/motivation.md in the repository, "Sales CSV"), from CSV or .xlsx in any dialect
/// of docs/import.md in the repository (Russian headers: Агент, Контрагент, Месяц, Сумма…). The header must name
/// <c>agent_id</c>, <c>client_id</c>, <c>month</c> (<c>yyyy-MM</c>) and <c>amount</c>; optional <c>team</c>,
/// <c>outlet_type</c> and <c>client_class</c> columns give the agent's team and the client's grading attributes;
/// optional yes/no columns <c>activated</c> (the row's agent activated the client that month; with this column the
/// file's activations are exactly the marked rows) and <c>refused</c> (the client refused that month).
/// Names match case-insensitively; other columns are ignored. Amounts follow the one number grammar of docs/import.md in the repository. A row is rejected with its line number and reason when its field count differs from
/// the header's (so that an unquoted <c>1,000</c> is not read as 1), when a field is empty or malformed, or when it gives an agent a team (or a client an attribute) that contradicts an earlier row.
/// </summary>
public static class MonthlySalesCsvImporter
{
    /// <summary>Imports from a file (text or .xlsx, recognised by content).</summary>
    /// <param name="path">Path of the file.</param>
    /// <param name="dialect">Encoding, delimiter, culture and sheet; detected when null.</param>
    /// <param name="cancellationToken">Stops the import between rows.</param>
    /// <exception cref="CsvImportException">Not text or a workbook, no header with the required columns, or a column named twice.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ImportResult<SalesCsvRow> ImportFile(string path, ImportDialect? dialect = null, CancellationToken cancellationToken = default)
    {
        dialect ??= ImportDialect.Detect;
        return ImportInput.Read(path, dialect, input => Import(input, dialect, cancellationToken));
    }

    /// <summary>Imports from a stream (text or .xlsx), from its current position; the stream is left open.</summary>
    /// <inheritdoc cref="ImportFile(string, ImportDialect?, CancellationToken)"/>
    public static ImportResult<SalesCsvRow> Import(Stream stream, ImportDialect? dialect = null, CancellationToken cancellationToken = default)
    {
        dialect ??= ImportDialect.Detect;
        return ImportInput.Read(stream, dialect, input => Import(input, dialect, cancellationToken));
    }

    /// <summary>Imports from decoded text, from its first line.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="dialect">Delimiter, culture; detected when null.</param>
    /// <param name="cancellationToken">Stops the import between rows.</param>
    /// <exception cref="CsvImportException">No header with the required columns, or a column named twice.</exception>
    public static ImportResult<SalesCsvRow> Import(TextReader reader, ImportDialect? dialect = null, CancellationToken cancellationToken = default)
        => Import(ImportInput.Open(reader), dialect ?? ImportDialect.Detect, cancellationToken);

    private static ImportResult<SalesCsvRow> Import(ImportInput input, ImportDialect dialect, CancellationToken cancellationToken)
    {
        var state = new Consistency();
        var rows = ImmutableArray.CreateBuilder<SalesCsvRow>();
        var (rejected, found) = TabularRows.Read(input, dialect, Layout.Resolve, layout => (RowFields fields, out string reason) =>
        {
            var text = fields.ToArray();
            string Field(int? index) => index is { } i ? text[i].Trim() : string.Empty; // read only when the row is as wide as the header
            SalesCsvRow? row = null;
            var problem = text.Length != layout.Width
                ? $"expected {layout.Width} fields as in the header, found {text.Length} (quote a field that holds the delimiter)"
                : Parse(Field(layout.Agent), Field(layout.Client), Field(layout.Month), Field(layout.Amount), dialect.Culture, out var sale)
                  ?? Flag(Field(layout.Activated), "activated", out var activated)
                  ?? Flag(Field(layout.Refused), "refused", out var refused)
                  ?? state.Check(row = new SalesCsvRow(sale!, Field(layout.Team), Field(layout.Outlet), Field(layout.ClientClass))
                  {
                      Activated = layout.Activated is null ? null : activated,
                      Refused = refused,
                  });
            reason = problem ?? string.Empty;
            if (problem is null)
            {
                rows.Add(row!);
            }

            return problem is null;
        }, cancellationToken);
        return new ImportResult<SalesCsvRow>(rows.ToImmutable(), rejected) { Layout = found };
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

    private static string? Parse(string agent, string client, string monthText, ReadOnlySpan<char> amountText, NumberCulture culture, out MonthlySale? sale)
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
            return $"month {EchoText.Quote(monthText)} is not a month in the format yyyy-MM";
        }

        if (!FieldText.TryNumber(amountText, "amount", culture, required: true, out var amount, out var reason))
        {
            return reason;
        }

        sale = new MonthlySale(agent, client, month, amount!.Value);
        return null;
    }

    /// <summary>Column positions of the header; <see cref="Width"/> is the header's field count.</summary>
    private sealed record Layout(
        int Agent, int Client, int Month, int Amount, int? Team, int? Outlet, int? ClientClass, int Width, int? Activated = null, int? Refused = null)
    {
        public static Layout Resolve(HeaderColumns header) => new(
            header.Require("agent_id", ["agent_id", "agent", "Агент", "Менеджер", "Ответственный"], "agent id"),
            header.Require("client_id", ColumnSynonyms.Default.Client, "client id"),
            header.Require("month", ["month", "Месяц", "Период"], "month, yyyy-MM"),
            header.Require("amount", ColumnSynonyms.Default.Amount, "amount"),
            header.Find("team", ["team", "Команда", "Отдел"]),
            header.Find("outlet_type", ["outlet_type", "Тип точки", "Формат точки"]),
            header.Find("client_class", ["client_class", "Класс клиента"]),
            header.Width,
            header.Find("activated", ["activated", "Активация", "Активирован"]),
            header.Find("refused", ["refused", "Отказ"]));
    }

    /// <summary>First non-empty team per agent and attributes per client; later rows must agree.</summary>
    private sealed class Consistency
    {
        private readonly Dictionary<string, string> _team = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _outlet = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _class = new(StringComparer.Ordinal);

        public string? Check(SalesCsvRow row)
        {
            var agent = row.Sale.AgentId!; // the importer always credits an agent
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
                ? $"{column} {EchoText.Quote(value)} contradicts {EchoText.Quote(earlier)} given earlier for {what} {EchoText.Quote(id)}"
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
