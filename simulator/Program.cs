using System.CommandLine;
using SalesDomain.Simulator.Commands;

var root = new RootCommand("SalesDomain: client-base analytics and sales-force simulation.")
{
    SegmentCommand.Create(),
    RunCommand.Create(),
    CompareCommand.Create(),
    SweepCommand.Create(),
    ForecastCommand.Create(),
    ReactivationCommand.Create(),
    BonusCommand.Create(),
};

return root.Parse(args).Invoke();
