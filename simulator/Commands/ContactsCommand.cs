using System.CommandLine;
using System.Globalization;
using System.Text.Json.Serialization;
using SalesDomain.Contacts;
using SalesDomain.Csv;
using SalesDomain.Model;
using SalesDomain.Segmentation;
using SalesDomain.Simulator.Localization;
using Spectre.Console;

namespace SalesDomain.Simulator.Commands;

/// <summary>
/// <c>contacts</c>: contact discipline as of a date (docs/contacts.md): per client its norm, contacts made this month,
/// next due date and days overdue; per manager compliance, clients without a contact this month and hours; the
/// redistribution plan with its reasons.
/// </summary>
internal static class ContactsCommand
{
    public static Command Create()
    {
        var transactions = CommonOptions.Transactions();
        var contacts = CommonOptions.InputFile("--contacts", "Contacts file (CSV or .xlsx): client_id, manager_id, date, kind (call, meeting, visit, incoming call)[, result].");
        var asOf = CommonOptions.AsOf(required: true);
        var json = CommonOptions.Json();
        var import = ImportOptions.ForTransactions();
        var files = new Output.FileOptions();
        var command = new Command("contacts", "Contact norms per client and manager: made, next due, overdue, compliance, hours, redistribution.")
        {
            transactions, contacts, asOf, json,
        };
        import.AddTo(command);
        files.AddTo(command);
        command.SetAction((result, cancellationToken) => CliErrors.GuardedAsync(() => Run(
            result.GetRequiredValue(transactions), result.GetRequiredValue(contacts), result.GetValue(asOf)!.Value, result.GetValue(json),
            import.Transactions(result), tables => files.Write(result, tables)), cancellationToken));
        return command;
    }

    private static int Run(
        FileInfo salesFile, FileInfo contactsFile, DateOnly asOf, bool json, TransactionCsvOptions importOptions, Action<IReadOnlyList<Output.ReportTable>> writeFiles)
    {
        var sales = TransactionCsvImporter.ImportFile(salesFile.FullName, importOptions);
        ImportOptions.Report(salesFile, sales);
        var contacts = ContactCsvImporter.ImportFile(contactsFile.FullName, importOptions.Dialect);
        ImportOptions.Report(contactsFile, contacts);
        var clientBase = BaseOf(sales.Accepted, contacts.Accepted);
        var segmentation = new SegmentationAnalyzer().Analyze(clientBase, asOf);
        var report = ContactCompliance.Evaluate(clientBase, ClientSegment.From(segmentation), asOf);
        var plan = Redistribution.Plan(clientBase, report);
        var output = ContactsReport.From(report, plan);
        writeFiles(Tables(output));
        return CommandOutput.Write(output, ContactsJsonContext.Default.ContactsReport, json, Render);
    }

    /// <summary>
    /// The base of the two files: every client and manager they name; a client's manager is the manager of its latest
    /// sale that names one, else of its latest contact (the files carry no separate assignment).
    /// </summary>
    internal static ClientBase BaseOf(IReadOnlyList<Sale> sales, IReadOnlyList<ContactEvent> contacts)
    {
        var owner = new Dictionary<string, (DateOnly Date, string Manager, bool FromSale)>(StringComparer.Ordinal);
        foreach (var c in contacts)
        {
            if (!owner.TryGetValue(c.ClientId, out var o) || (!o.FromSale && c.Date >= o.Date))
            {
                owner[c.ClientId] = (c.Date, c.ManagerId, false);
            }
        }

        foreach (var s in sales)
        {
            if (s.ManagerId is { } m && (!owner.TryGetValue(s.ClientId, out var o) || !o.FromSale || s.Date >= o.Date))
            {
                owner[s.ClientId] = (s.Date, m, true);
            }
        }

        var ids = sales.Select(s => s.ClientId).Concat(contacts.Select(c => c.ClientId)).Distinct(StringComparer.Ordinal);
        var managers = sales.Select(s => s.ManagerId).OfType<string>().Concat(contacts.Select(c => c.ManagerId)).Distinct(StringComparer.Ordinal);
        return new ClientBase(
            ids.Select(id => new Client(id) { HasContract = true, ManagerId = owner.TryGetValue(id, out var o) ? o.Manager : null }),
            managers.Select(m => new Manager(m, m, ManagerRole.Generalist)),
            sales,
            contacts);
    }

    internal static IReadOnlyList<Output.ReportTable> Tables(ContactsReport report)
    {
        static Output.ReportColumn Text(string key, string header) => Output.Column.Of(key, header, Output.CellKind.Text);
        static Output.ReportColumn Count(string key, string header) => Output.Column.Of(key, header, Output.CellKind.Integer);
        static Output.ReportColumn Hours(string key, string header) => Output.Column.Of(key, header, Output.CellKind.Number);
        static DateOnly? Date(string? text) => text is null ? null : DateOnly.Parse(text, CultureInfo.InvariantCulture);
        return
        [
            new(Words.T("Managers"), "managers",
                [Text("managerId", "manager"), Count("clients", "clients"), Count("compliantClients", "compliant"),
                 Output.Column.Of("complianceShare", "compliance", Output.CellKind.Percent), Text("meetsNorm", "meets the norm"),
                 Count("withoutContactThisMonth", "no contact this month"), Hours("requiredHours", "hours needed"), Hours("capacityHours", "capacity, hours")],
                [.. report.Managers.Select(m => new object?[]
                {
                    m.ManagerId, m.Clients, m.CompliantClients, m.ComplianceShare, Words.YesNo(m.MeetsNorm), m.ClientsWithoutContactThisMonth.Count,
                    m.RequiredHours, m.CapacityHours,
                })]),
            new(Words.T("Client list"), "clients",
                [Text("clientId", "client"), Text("managerId", "manager"), Text("segment", "segment"), Count("required", "norm"), Count("made", "made"),
                 Output.Column.Of("lastContact", "last contact", Output.CellKind.Date), Output.Column.Of("nextDue", "next due", Output.CellKind.Date),
                 Count("overdueDays", "days overdue")],
                [.. report.Clients.Select(c => new object?[]
                {
                    c.ClientId, c.ManagerId, c.Segment, c.Required, c.Made, Date(c.LastContact), Date(c.NextDue), c.OverdueDays,
                })]),
            new(Words.T("Redistribution"), "moves",
                [Text("clientId", "client"), Text("from", "from"), Text("to", "to"), Text("reason", "reason"), Hours("hours", "hours"),
                 Text("explanation", "explanation")],
                [.. report.Moves.Select(m => new object?[] { m.ClientId, m.From, m.To, m.Reason, m.Hours, m.Explanation })]),
        ];
    }

    private static void Render(ContactsReport report)
    {
        var console = AnsiConsole.Console;
        console.MarkupLine(Words.F(
            "Contact norms as of {0} (month {1}): {2:N0} clients, {3:N0} overdue", report.AsOf, report.Month, report.Clients.Count, report.Clients.Count(c => c.OverdueDays > 0)));
        var managers = new Table().Title(Words.T("Managers")).AddColumns(
            [.. new[] { "manager", "clients", "compliant", "compliance", "no contact this month", "hours needed", "capacity, hours" }.Select(Words.T)]);
        foreach (var m in report.Managers)
        {
            managers.AddRow(
                Markup.Escape(m.ManagerId), m.Clients.ToString("N0", CultureInfo.CurrentCulture), m.CompliantClients.ToString("N0", CultureInfo.CurrentCulture),
                m.ComplianceShare.ToString("P0", CultureInfo.CurrentCulture), m.ClientsWithoutContactThisMonth.Count.ToString(CultureInfo.CurrentCulture),
                m.RequiredHours.ToString("N1", CultureInfo.CurrentCulture), m.CapacityHours?.ToString("N1", CultureInfo.CurrentCulture) ?? "—");
        }

        console.Write(managers);
        var overdue = new Table().Title(Words.T("Most overdue clients"))
            .AddColumns([.. new[] { "client", "manager", "segment", "made / norm", "next due", "days overdue" }.Select(Words.T)]);
        foreach (var c in report.Clients.Where(c => c.OverdueDays > 0).OrderByDescending(c => c.OverdueDays).ThenBy(c => c.ClientId, StringComparer.Ordinal).Take(20))
        {
            overdue.AddRow(
                Markup.Escape(c.ClientId), Markup.Escape(c.ManagerId ?? "—"), c.Segment, $"{c.Made} / {c.Required}", Dates.Show(c.NextDue),
                c.OverdueDays.ToString(CultureInfo.CurrentCulture));
        }

        console.Write(overdue);
        console.MarkupLine(Words.F("Redistribution: {0:N0} moves, {1:N0} clients without a receiver.", report.Moves.Count, report.Unplaced));
    }
}

/// <summary>The JSON shape of <c>contacts --json</c>: a public contract, extend rather than rename.</summary>
internal sealed record ContactsReport(
    string AsOf, string Month, IReadOnlyList<ContactClientReport> Clients, IReadOnlyList<ContactManagerReport> Managers,
    IReadOnlyList<MoveReport> Moves, int Unplaced)
{
    public static ContactsReport From(ContactReport report, RedistributionPlan plan)
    {
        static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new(
            Day(report.AsOf)!,
            report.Month.ToString(),
            [.. report.Clients.Select(c => new ContactClientReport(
                c.ClientId, c.ManagerId, $"{c.Segment.Abc}{c.Segment.Xyz}", c.Required, c.Made, Day(c.LastContact), Day(c.NextDue),
                c.Overdue && c.NextDue is { } due ? report.AsOf.DayNumber - due.DayNumber : 0))],
            [.. report.Managers.Select(m => new ContactManagerReport(
                m.ManagerId, m.Clients, m.CompliantClients, m.ComplianceShare, m.MeetsNorm, m.ClientsWithoutContactThisMonth, m.RequiredHours, m.CapacityHours))],
            [.. plan.Moves.Select(m => new MoveReport(m.ClientId, m.FromManagerId, m.ToManagerId, m.Reason.ToString(), m.Hours, m.Explanation))],
            plan.Unplaced.Length);
    }
}

/// <summary>One client's contact status in JSON output.</summary>
internal sealed record ContactClientReport(
    string ClientId, string? ManagerId, string Segment, int Required, int Made, string? LastContact, string? NextDue, int OverdueDays);

/// <summary>One manager's contact discipline in JSON output.</summary>
internal sealed record ContactManagerReport(
    string ManagerId, int Clients, int CompliantClients, decimal ComplianceShare, bool MeetsNorm, IReadOnlyList<string> ClientsWithoutContactThisMonth,
    decimal RequiredHours, decimal? CapacityHours);

/// <summary>One move of the redistribution plan in JSON output.</summary>
internal sealed record MoveReport(string ClientId, string? From, string To, string Reason, decimal Hours, string Explanation);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ContactsReport))]
internal sealed partial class ContactsJsonContext : JsonSerializerContext;
