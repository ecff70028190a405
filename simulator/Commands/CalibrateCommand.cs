using System.CommandLine;
using SalesDomain.Csv;
using SalesDomain.Simulation.Calibration;
using SalesDomain.Simulation.Scenarios;
using Spectre.Console;

namespace SalesDomain.Simulator.Commands;

/// <summary>
/// <c>calibrate --transactions FILE [--as-of D] [--contacts FILE] [--deals FILE] --out scenario.json</c>: fits a scenario's
/// client population to the sales (docs/simulator.md, "Calibration") and writes it with the source of every fitted value.
/// </summary>
internal static class CalibrateCommand
{
    public static Command Create()
    {
        var transactions = CommonOptions.Transactions();
        var asOf = CommonOptions.AsOf(required: false);
        var contacts = new Option<FileInfo?>("--contacts") { Description = "Contacts file (CSV or .xlsx): client_id, manager_id, date, kind[, result]; reported as contacts per client-month." };
        var deals = new Option<FileInfo?>("--deals") { Description = "Deals file (CSV or .xlsx, as forecast reads): won ÷ closed deals becomes the closing rate." };
        var output = new Option<FileInfo>("--out") { Description = "Scenario file to write (JSON).", Required = true };
        var import = ImportOptions.ForTransactions();
        var command = new Command("calibrate", "Fit a scenario to a client's sales: alive base, dropout (BG/NBD), intervals, spend, noise; every value with its source.")
        {
            transactions, asOf, contacts, deals, output,
        };
        import.AddTo(command);
        command.SetAction((result, cancellationToken) => CliErrors.GuardedAsync(() => Run(
            result.GetRequiredValue(transactions), result.GetValue(asOf), result.GetValue(contacts), result.GetValue(deals),
            result.GetRequiredValue(output), import.Transactions(result)), cancellationToken));
        return command;
    }

    private static int Run(FileInfo salesFile, DateOnly? asOf, FileInfo? contactsFile, FileInfo? dealsFile, FileInfo output, TransactionCsvOptions importOptions)
    {
        var sales = TransactionCsvImporter.ImportFile(salesFile.FullName, importOptions);
        ImportOptions.Report(salesFile, sales);
        if (sales.Accepted.IsEmpty)
        {
            throw new ArgumentException($"{salesFile.Name}: no sale to calibrate on.");
        }

        var contactEvents = contactsFile is null ? null : ContactCsvImporter.ImportFile(contactsFile.FullName, importOptions.Dialect);
        if (contactsFile is not null)
        {
            ImportOptions.Report(contactsFile, contactEvents!);
        }

        var dealRows = dealsFile is null ? null : DealCsvImporter.ImportFile(dealsFile.FullName, new DealCsvOptions { Dialect = importOptions.Dialect });
        if (dealsFile is not null)
        {
            ImportOptions.Report(dealsFile, dealRows!);
        }

        var end = asOf ?? sales.Accepted.Max(s => s.Date);
        var scenario = ScenarioCalibrator.Calibrate(sales.Accepted, end, dealRows?.Accepted, contactEvents?.Accepted);
        File.WriteAllText(output.FullName, ScenarioJson.Write(scenario));
        var table = new Table().Title($"Calibrated on sales up to {end:yyyy-MM-dd}: {Markup.Escape(scenario.Description ?? "")}").AddColumns("value (JSON path)", "source");
        foreach (var (path, source) in scenario.Sources ?? [])
        {
            table.AddRow(Markup.Escape(path), Markup.Escape(source));
        }

        AnsiConsole.Write(table);
        Console.Error.WriteLine($"wrote {output.FullName}");
        return 0;
    }
}
