using System.Collections.Immutable;
using System.CommandLine;
using SalesDomain.Calendar;
using SalesDomain.Contacts;
using SalesDomain.Csv;
using SalesDomain.Forecast;
using SalesDomain.Managers;
using SalesDomain.Model;
using SalesDomain.Segmentation;

namespace SalesDomain.Simulator.Commands;

/// <summary>What the report reads and computes once for all its sections.</summary>
internal sealed record ReportData(
    ClientBase Base,
    ImportResult<Sale> Sales,
    DateOnly AsOf,
    SegmentationResult Segmentation,
    ContactsReport? Contacts,
    ContactReport? ContactReport,
    ForecastReport? Forecast,
    ImmutableArray<Deal>? Deals,
    ForecastResult? ForecastResult,
    ImmutableArray<ManagerTarget>? Targets,
    DealPolicy Policy);

/// <summary>The inputs of <c>report</c> and <c>report managers</c>: transactions, and optionally contacts, deals and targets.</summary>
internal sealed class ReportInputs
{
    private readonly Option<FileInfo> _transactions = CommonOptions.Transactions();
    private readonly Option<FileInfo?> _contacts = new("--contacts") { Description = "Contacts file: client_id, manager_id, date, kind[, result] (contact discipline)." };
    private readonly Option<FileInfo?> _deals = new("--deals") { Description = "Deals file, as for forecast (funnel, win rate and weighted forecast)." };
    private readonly Option<FileInfo?> _targets = new("--targets") { Description = "Plans: manager_id, month (yyyy-MM), target (plan vs fact per manager and month)." };
    private readonly Option<DateOnly?> _asOf = CommonOptions.AsOf(required: false);
    private readonly ImportOptions _import = ImportOptions.ForTransactions();

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_transactions);
        command.Options.Add(_contacts);
        command.Options.Add(_deals);
        command.Options.Add(_targets);
        command.Options.Add(_asOf);
        _import.AddTo(command);
    }

    /// <summary>Reads the files the parsed command names and computes what every section shares.</summary>
    public ReportData Load(ParseResult result)
    {
        var file = result.GetRequiredValue(_transactions);
        var options = _import.Transactions(result);
        var sales = TransactionCsvImporter.ImportFile(file.FullName, options);
        ImportOptions.Report(file, sales);
        if (sales.Accepted.IsEmpty)
        {
            throw new CsvImportException($"{file.Name} has no sales to report on.");
        }

        var asOf = result.GetValue(_asOf) ?? sales.Accepted.Max(s => s.Date);
        ImmutableArray<ContactEvent>? contactEvents = null;
        if (result.GetValue(_contacts) is { } contactsFile)
        {
            var contacts = ContactCsvImporter.ImportFile(contactsFile.FullName, options.Dialect);
            ImportOptions.Report(contactsFile, contacts);
            contactEvents = contacts.Accepted;
        }

        var clientBase = contactEvents is { } events ? ContactsCommand.BaseOf(sales.Accepted, events) : ClientBase.FromSales(sales.Accepted);
        var segmentation = new SegmentationAnalyzer(SegmentationOptions.Default with { Window = AnalysisWindowRule.Default }).Analyze(clientBase, asOf);
        ContactReport? contactReport = null;
        ContactsReport? contactsReport = null;
        if (contactEvents is not null)
        {
            contactReport = ContactCompliance.Evaluate(clientBase, ClientSegment.From(segmentation), asOf);
            contactsReport = ContactsReport.From(contactReport, Redistribution.Plan(clientBase, contactReport));
        }

        var policy = DealPolicy.Default;
        ImmutableArray<Deal>? deals = null;
        ForecastReport? forecast = null;
        ForecastResult? forecastResult = null;
        if (result.GetValue(_deals) is { } dealsFile)
        {
            var import = DealCsvImporter.ImportFile(dealsFile.FullName, new DealCsvOptions { Dialect = options.Dialect });
            ImportOptions.Report(dealsFile, import);
            var categories = PerspectiveLadder.Classify(clientBase, asOf)
                .Where(p => p.Value is not null)
                .ToDictionary(p => p.Key, p => p.Value!.Value, StringComparer.Ordinal);
            var forecastOptions = ForecastOptions.Default with { ClientCategories = categories };
            forecastResult = SalesForecast.Build(import.Accepted, asOf, forecastOptions);
            forecast = ForecastReport.From(import, forecastResult, forecastOptions, "transactions");
            deals = import.Accepted;
            policy = forecastOptions.Policy;
        }

        ImmutableArray<ManagerTarget>? targets = null;
        if (result.GetValue(_targets) is { } targetsFile)
        {
            var import = ManagerTargetCsvImporter.ImportFile(targetsFile.FullName, options.Dialect);
            ImportOptions.Report(targetsFile, import);
            targets = import.Accepted;
        }

        return new ReportData(clientBase, sales, asOf, segmentation, contactsReport, contactReport, forecast, deals, forecastResult, targets, policy);
    }
}
