using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Configuration;
using Orleans.Hosting;

namespace SalesDomain.Simulation.Orleans;

/// <summary>
/// Where the cluster's membership lives (docs/distributed.md): <c>localhost</c> (development clustering on one machine;
/// <c>localhost:P</c> names the primary silo's port, default 11111) or an Npgsql connection string
/// (<c>Host=…;Database=…;Username=…</c>) for ADO.NET clustering on PostgreSQL. A silo listens on its port P and takes
/// clients on port P + 1.
/// </summary>
public sealed record ClusterConnection
{
    /// <summary>The cluster id every worker and client of SalesDomain uses.</summary>
    public const string ClusterId = "salesdomain";

    /// <summary>The service id every worker and client of SalesDomain uses.</summary>
    public const string ServiceId = "salesdomain-simulation";

    /// <summary>The silo port when none is given; its gateway (client) port is one more.</summary>
    public const int DefaultPort = 11111;

    /// <summary>The ADO.NET invariant name of Npgsql.</summary>
    public const string NpgsqlInvariant = "Npgsql";

    private ClusterConnection(string? postgres, int primaryPort)
    {
        PostgreSql = postgres;
        PrimaryPort = primaryPort;
    }

    /// <summary>The Npgsql connection string; null for localhost clustering.</summary>
    public string? PostgreSql { get; }

    /// <summary>With localhost clustering, the primary silo's port (its gateway is one more).</summary>
    public int PrimaryPort { get; }

    /// <summary>True for localhost (development) clustering.</summary>
    public bool IsLocalhost => PostgreSql is null;

    /// <summary>Reads <c>localhost</c>, <c>localhost:PORT</c> or an Npgsql connection string.</summary>
    /// <exception cref="ArgumentException">Neither.</exception>
    public static ClusterConnection Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (text == "localhost")
        {
            return new ClusterConnection(null, DefaultPort);
        }

        if (text.StartsWith("localhost:", StringComparison.Ordinal))
        {
            return int.TryParse(text["localhost:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65535
                ? new ClusterConnection(null, port)
                : throw new ArgumentException($"--cluster '{text}': the port after 'localhost:' must be within 1..65534.", nameof(text));
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(text);
            if (string.IsNullOrEmpty(builder.Host))
            {
                throw new ArgumentException("no Host");
            }
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(
                $"--cluster must be 'localhost', 'localhost:PORT' or a PostgreSQL connection string such as 'Host=db;Database=orleans;Username=orleans;Password=…' ({e.Message}).",
                nameof(text), e);
        }

        return new ClusterConnection(text, DefaultPort);
    }

    /// <summary>A short description without secrets, for messages.</summary>
    public override string ToString()
    {
        if (PostgreSql is null)
        {
            return string.Create(CultureInfo.InvariantCulture, $"localhost:{PrimaryPort}");
        }

        var builder = new NpgsqlConnectionStringBuilder(PostgreSql);
        return string.Create(CultureInfo.InvariantCulture, $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}");
    }

    /// <summary>
    /// Configures a worker silo: membership, endpoints (port and port + 1 on <paramref name="address"/>), fast detection of
    /// a dead silo, and the replication grain.
    /// </summary>
    /// <param name="silo">The silo builder.</param>
    /// <param name="port">Silo port; the gateway port is one more.</param>
    /// <param name="address">The address other silos and clients reach this one at; null = loopback for localhost clustering, else this machine's first IPv4 address.</param>
    /// <param name="settings">How the worker runs its items.</param>
    public void ConfigureSilo(ISiloBuilder silo, int port, IPAddress? address, WorkerSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(silo);
        RegisterNpgsql();
        if (PostgreSql is null)
        {
            silo.UseLocalhostClustering(port, port + 1, new IPEndPoint(IPAddress.Loopback, PrimaryPort), ServiceId, ClusterId);
        }
        else
        {
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = NpgsqlInvariant;
                o.ConnectionString = PostgreSql;
            });
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = ClusterId;
                o.ServiceId = ServiceId;
            });
            silo.ConfigureEndpoints(address ?? MachineAddress(), port, port + 1, listenOnAnyHostAddress: true);
        }

        // A compute cluster: declare a killed worker dead within seconds, so its items move on quickly.
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(1);
            o.NumMissedProbesLimit = 2;
            o.NumVotesForDeathDeclaration = 1;
            o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
        });
        silo.Services.AddSingleton(settings ?? new WorkerSettings());
    }

    /// <summary>Configures a client: membership (or the primary's gateway on localhost), long calls, quick gateway refresh.</summary>
    public void ConfigureClient(IClientBuilder client)
    {
        ArgumentNullException.ThrowIfNull(client);
        RegisterNpgsql();
        if (PostgreSql is null)
        {
            client.UseLocalhostClustering(PrimaryPort + 1, ServiceId, ClusterId);
        }
        else
        {
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = NpgsqlInvariant;
                o.ConnectionString = PostgreSql;
            });
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = ClusterId;
                o.ServiceId = ServiceId;
            });
        }

        // One work item may run for minutes; a dead silo is noticed by its closed connection, not by a time-out.
        client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromHours(1));
        client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
    }

    /// <summary>
    /// Starts a client host connected to the cluster; logs of warnings and worse go to stderr (stdout stays clean).
    /// </summary>
    /// <exception cref="DistributedSimulationException">No worker could be reached.</exception>
    public async Task<IHost> ConnectAsync(CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        QuietLogging(builder.Logging);
        builder.UseOrleansClient(ConfigureClient);
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            host.Dispose();
            throw new DistributedSimulationException($"No worker of the cluster at {this} could be reached: {e.Message}", e);
        }

        return host;
    }

    /// <summary>Logs of warnings and worse, to stderr.</summary>
    public static void QuietLogging(ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.ClearProviders();
        logging.AddSimpleConsole(o => o.SingleLine = true);
        logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.SetMinimumLevel(LogLevel.Warning);
    }

    /// <summary>This machine's first IPv4 address of an interface that is up and not loopback; else loopback.</summary>
    public static IPAddress MachineAddress()
        => NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork)
            ?? IPAddress.Loopback;

    private static void RegisterNpgsql()
    {
        if (!DbProviderFactories.TryGetFactory(NpgsqlInvariant, out _))
        {
            DbProviderFactories.RegisterFactory(NpgsqlInvariant, NpgsqlFactory.Instance);
        }
    }
}
