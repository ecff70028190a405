// A CRM's use of SalesDomain: every area configured from appsettings.json through dependency injection, the analyses
// run on the data files that ship with the sample, a payout statement of the example bonus scheme, and the model and
// deals written as JSON and read back equal.
// Exits 0 when everything agrees, 1 otherwise.
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesDomain;
using SalesDomain.Calendar;
using SalesDomain.Contacts;
using SalesDomain.Csv;
using SalesDomain.Forecast;
using SalesDomain.Model;
using SalesDomain.Motivation;
using SalesDomain.Reactivation;
using SalesDomain.Segmentation;
using SalesDomain.Serialization;

var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: false)
    .Build();

var services = new ServiceCollection();
services.AddSalesDomain();
services.Configure<SalesDomainOptions>(configuration.GetSection("SalesDomain"));
using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

// Options are validated when first read (the validator names the key and the value of a bad setting).
var settings = provider.GetRequiredService<IOptions<SalesDomainOptions>>().Value;
var failures = new List<string>();
void Check(bool ok, string what)
{
    if (!ok)
    {
        failures.Add(what);
    }
}

Check(settings.Segmentation.Abc.AThreshold == 0.75m, "Segmentation:Abc:AThreshold is bound");
Check(AbcOptions.Default.AThreshold == 0.80m, "binding leaves AbcOptions.Default alone");
Check(provider.GetRequiredService<ContactNorms>().HoursPerContact == 0.5m, "Contacts:HoursPerContact is bound");
Check(provider.GetRequiredService<ReactivationOptions>().HorizonDays == 90, "Reactivation:HorizonDays is bound");
Check(provider.GetRequiredService<LostClientOptions>().Top == 20, "LostClients:Top is bound");
Check(!provider.GetRequiredService<ForecastOptions>().UnclassifiedClientsAreTargets, "Forecast settings are bound");
Check(provider.GetRequiredService<ActivationRule>().MonthsWithoutPurchase == 12, "Motivation settings are bound");

var dataDirectory = Path.Combine(AppContext.BaseDirectory, "data");
var salesImport = TransactionCsvImporter.ImportFile(Path.Combine(dataDirectory, "sales.csv"));
var dealsImport = DealCsvImporter.ImportFile(Path.Combine(dataDirectory, "deals.csv"));
Console.WriteLine($"sales.csv: {salesImport.Summary}; deals.csv: {dealsImport.Summary}");
Check(salesImport.Accepted.Length > 0 && dealsImport.Accepted.Length > 0, "the data files import");

var clientBase = ClientBase.FromSales(salesImport.Accepted);
var asOf = new DateOnly(2025, 12, 20);

var segmentation = provider.GetRequiredService<ISegmentationAnalyzer>().Analyze(clientBase, asOf);
var contacts = ContactCompliance.Evaluate(clientBase, ClientSegment.From(segmentation), asOf, norms: provider.GetRequiredService<ContactNorms>());
var reactivation = ReactivationList.Build(clientBase, asOf, provider.GetRequiredService<ReactivationOptions>());
var lost = LostClients.Build(clientBase, asOf, provider.GetRequiredService<LostClientOptions>());
var forecast = SalesForecast.Build(dealsImport.Accepted, asOf, provider.GetRequiredService<ForecastOptions>());
Console.WriteLine($"segmentation over {segmentation.Window}: {clientBase.Clients.Length} clients");
Console.WriteLine($"contacts: {contacts.GetType().Name}; reactivation: {reactivation.GetType().Name}; lost: {lost.GetType().Name}");
Console.WriteLine($"forecast: {forecast.GetType().Name}");

// Payouts: the example upfront bonus with clawback (docs/examples/upfront-clawback.json, the seed's scheme: $2 per $1
// of first-month revenue, 4 renewal months, the whole bonus back on a failed renewal) over a few monthly sales.
var schemes = SchemeJson.Parse(File.ReadAllText(Path.Combine(dataDirectory, "upfront-clawback.json")));
MonthlySale[] monthlySales =
[
    .. SalesMonth.Range(new SalesMonth(2025, 1), new SalesMonth(2025, 5)).Select(m => new MonthlySale("petrova", "K001", m, 1000m)),
    new MonthlySale("sidorov", "K002", new SalesMonth(2025, 2), 500m),
    new MonthlySale("sidorov", "K002", new SalesMonth(2025, 3), 500m), // then nothing in April: the renewal fails
];
var payoutInput = PayoutInput.FromSales(
    monthlySales,
    asOf: new SalesMonth(2025, 6),
    activations: [new Activation("petrova", "K001", new SalesMonth(2025, 1)), new Activation("sidorov", "K002", new SalesMonth(2025, 2))]);
var statement = PayoutEngine.Evaluate(schemes, payoutInput);
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"payouts: paid {statement.Totals.Paid:0.00}, clawed back {statement.Totals.ClawedBack:0.00}, net {statement.Totals.Net:0.00}"));
Check(statement.Totals is { Paid: 3000m, ClawedBack: 1000m, Net: 2000m }, "the upfront bonus pays 2 × first-month revenue and takes back the failed renewal's");
Check(SchemeJson.Parse(SchemeJson.Serialize(schemes)) == schemes, "the schemes read back are equal");
Check(PayoutEngine.Evaluate(schemes, payoutInput).ByAgentMonth.SequenceEqual(statement.ByAgentMonth), "the same input gives equal statements");

// JSON with the public source-generated context: the base and the deals come back equal.
var baseJson = JsonSerializer.Serialize(clientBase, SalesDomainJsonContext.Default.ClientBase);
var baseBack = JsonSerializer.Deserialize(baseJson, SalesDomainJsonContext.Default.ClientBase)!;
Check(baseJson == JsonSerializer.Serialize(baseBack, SalesDomainJsonContext.Default.ClientBase), "the client base round-trips through JSON");
Check(baseBack.Clients.SequenceEqual(clientBase.Clients) && baseBack.Sales.SequenceEqual(clientBase.Sales), "the clients and sales read back are equal");

var deals = dealsImport.Accepted;
var dealsJson = JsonSerializer.Serialize(deals, SalesDomainJsonContext.Default.ImmutableArrayDeal);
var dealsBack = JsonSerializer.Deserialize(dealsJson, SalesDomainJsonContext.Default.ImmutableArrayDeal);
Check(dealsBack.SequenceEqual(deals), "the deals read back are equal (won deals stay won, with their close dates)");

// The analyses on the base read back give the same results.
var segmentationBack = provider.GetRequiredService<ISegmentationAnalyzer>().Analyze(baseBack, asOf);
Check(clientBase.Clients.All(c => segmentationBack.Abc.ClassOf(c.Id) == segmentation.Abc.ClassOf(c.Id)), "segmentation of the base read back is the same");
Check(SalesForecast.Build(dealsBack, asOf, provider.GetRequiredService<ForecastOptions>()).Total.Totals == forecast.Total.Totals, "forecast of the deals read back is the same");

foreach (var failure in failures)
{
    Console.Error.WriteLine($"FAILED: {failure}");
}

Console.WriteLine(failures.Count == 0 ? "SampleCrm: every check passed" : $"SampleCrm: {failures.Count} check(s) failed");
return failures.Count == 0 ? 0 : 1;
