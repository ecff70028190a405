using System.CommandLine;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Hosting;
using Orleans.Hosting;
using SalesDomain.Simulation.Orleans;

namespace SalesDomain.Simulator.Commands;

/// <summary>
/// <c>worker --cluster CONNECTION [--port P] [--address A] [--threads N]</c>: starts an Orleans silo that runs work items
/// of <c>run</c>, <c>compare</c> and <c>sweep … --cluster</c> until it is stopped (Ctrl+C or SIGTERM); docs/distributed.md.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var cluster = SimulationCli.Cluster();
        cluster.Required = true;
        var port = new Option<int>("--port")
        {
            Description = $"Silo port (default {ClusterConnection.DefaultPort}); clients connect to port + 1. With 'localhost', the worker on the primary port must run.",
            DefaultValueFactory = _ => ClusterConnection.DefaultPort,
            Validators = { r => { if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, CultureInfo.InvariantCulture, out var p) && p is < 1 or > 65534) { r.AddError($"--port must be within 1..65534, was {p}."); } } },
        };
        var address = new Option<string?>("--address")
        {
            Description = "The address other workers and clients reach this one at (PostgreSQL clustering); default: this machine's first IPv4 address.",
            Validators = { r => { if (r.Tokens.Count == 1 && !IPAddress.TryParse(r.Tokens[0].Value, out _)) { r.AddError($"--address '{r.Tokens[0].Value}' is not an IP address."); } } },
        };
        var threads = new Option<int>("--threads")
        {
            Description = "Replications of one work item run at once (default 0: all cores).",
            Validators = { r => { if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, CultureInfo.InvariantCulture, out var t) && t < 0) { r.AddError($"--threads must be >= 0, was {t}."); } } },
        };
        var command = new Command("worker", "Run a worker (an Orleans silo) of a simulation cluster until stopped.") { cluster, port, address, threads };
        command.SetAction(result => CliErrors.Guarded(() => Run(
            ClusterConnection.Parse(result.GetRequiredValue(cluster)!), result.GetValue(port),
            result.GetValue(address) is { } a ? IPAddress.Parse(a) : null, result.GetValue(threads))));
        return command;
    }

    private static int Run(ClusterConnection cluster, int port, IPAddress? address, int threads)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        ClusterConnection.QuietLogging(builder.Logging);
        builder.UseOrleans(silo => cluster.ConfigureSilo(silo, port, address, new WorkerSettings { Threads = threads }));
        using var host = builder.Build();
        host.Start();
        Console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"worker ready: silo port {port}, client port {port + 1}, cluster {cluster}, SalesDomain {EngineVersion.Current}"));
        Console.Out.Flush();
        host.WaitForShutdown();
        return 0;
    }
}
