using System.CommandLine;
using SalesDomain.Simulator.Commands;
using Spectre.Console;

if (Console.IsOutputRedirected)
{
    // A file or a pipe has no width: tables keep their natural width instead of wrapping at 80 columns.
    AnsiConsole.Console.Profile.Width = 4096;
}

var root = new RootCommand("SalesDomain: client-base analytics and sales-force simulation.")
{
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
    BonusCommand.Create(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // A usage error: one line per problem, the exit code scripts can tell from bad input (docs/cli.md).
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"usage: {UsageErrors.Plain(error.Message, (error.SymbolResult as System.CommandLine.Parsing.OptionResult)?.Option.Name)}");
    }

    return 2;
}

return parsed.Invoke();
