using System.CommandLine;
using SalesDomain.Simulator.Commands;
using SalesDomain.Simulator.Localization;
using Spectre.Console;

if (Console.IsOutputRedirected)
{
    // A file or a pipe has no width: tables keep their natural width instead of wrapping at 80 columns.
    AnsiConsole.Console.Profile.Width = 4096;
}

// --verbose on every command: an internal error prints the exception in full (docs/cli.md).
var verbose = new Option<bool>("--verbose") { Description = "On an error, print its full details (for a defect report).", Recursive = true };
var root = new RootCommand("SalesDomain: client-base analytics and sales-force simulation.")
{
    verbose,
    SegmentCommand.Create(),
    HistoryCommand.Create(),
    RunCommand.Create(),
    CompareCommand.Create(),
    SweepCommand.Create(),
    CalibrateCommand.Create(),
    ForecastCommand.Create(),
    ReactivationCommand.Create(),
    LostCommand.Create(),
    ContactsCommand.Create(),
    ReportCommand.Create(),
    BonusCommand.Create(),
    WorkerCommand.Create(),
};
var language = Language.CreateOption();
root.Options.Add(language);

System.CommandLine.ParseResult parsed;
try
{
    parsed = root.Parse(args);
}
catch (ArgumentException e)
{
    // An argument no file name can hold (e.g. a NUL character): a usage error like any other.
    Console.Error.WriteLine($"usage: {CliErrors.Plain(e.Message)}");
    return CliErrors.UsageError;
}

if (parsed.Errors.Count > 0)
{
    // A usage error: one line per problem, the exit code scripts can tell from bad input (docs/cli.md).
    foreach (var message in parsed.Errors.Select(e => UsageErrors.Plain(e.Message, (e.SymbolResult as System.CommandLine.Parsing.OptionResult)?.Option.Name)).Distinct())
    {
        Console.Error.WriteLine($"usage: {message}");
    }

    return CliErrors.UsageError;
}

Language.Apply(parsed.GetValue(language)!);
CliErrors.Verbose = parsed.GetValue(verbose);
try
{
    // Every failure is reported by CliErrors (one line, exit 1 or 70), never by the parser's stack-trace handler.
    // Ctrl+C (SIGINT) or SIGTERM cancels the token the commands hand to the simulation, which stops between
    // replications; the command then exits with 130 after one line (docs/cli.md, "Exit codes").
    var exitCode = await parsed.InvokeAsync(new InvocationConfiguration
    {
        EnableDefaultExceptionHandler = false,
        ProcessTerminationTimeout = TimeSpan.FromSeconds(5),
    });
    return exitCode == CliErrors.Interrupted ? CliErrors.ReportInterrupted() : exitCode;
}
catch (Exception e)
{
    return CliErrors.Report(e);
}
