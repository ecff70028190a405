using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SalesDomain.Simulation.Orleans.Tests;

/// <summary>
/// A throwaway PostgreSQL server for one test: initdb in a temporary directory, pg_ctl on a free loopback port, a
/// database "orleans" with the clustering tables of src/SalesDomain.Simulation.Orleans/sql. As root (CI), the server
/// runs as the user postgres through runuser. Without PostgreSQL the test is skipped, except on CI (CI=true), where it
/// fails: .ci/run installs it.
/// </summary>
internal sealed class PostgresServer : IDisposable
{
    private readonly string _bin;
    private readonly string _directory;
    private readonly bool _asPostgres;

    private PostgresServer(string bin, string directory, bool asPostgres, int port)
    {
        _bin = bin;
        _directory = directory;
        _asPostgres = asPostgres;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Port};Database=orleans;Username=orleans");

    public static PostgresServer Start()
    {
        var bin = FindBinaries();
        var onCi = Environment.GetEnvironmentVariable("CI") == "true";
        if (bin is null)
        {
            const string Missing = "PostgreSQL is not installed: no /usr/lib/postgresql/*/bin/initdb (Debian: apt-get install -y postgresql).";
            Assert.False(onCi, Missing);
            Skip.If(true, Missing);
        }

        var asPostgres = Environment.UserName == "root";
        var directory = Path.Combine(Path.GetTempPath(), "salesdomain-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        var server = new PostgresServer(bin!, directory, asPostgres, FreePort(1));
        try
        {
            if (asPostgres)
            {
                Run("chown", ["postgres", directory]);
            }

            server.AsServerUser("initdb", ["-D", Path.Combine(directory, "data"), "-A", "trust", "-U", "orleans", "-E", "UTF8", "--no-sync"]);
            server.AsServerUser("pg_ctl", [
                "-D", Path.Combine(directory, "data"), "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60",
                "-o", string.Create(CultureInfo.InvariantCulture, $"-p {server.Port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off"), "start"]);
            Run(Path.Combine(bin!, "createdb"), ["-h", "127.0.0.1", "-p", server.Port.ToString(CultureInfo.InvariantCulture), "-U", "orleans", "orleans"]);
            Run(Path.Combine(bin!, "psql"), [
                "-h", "127.0.0.1", "-p", server.Port.ToString(CultureInfo.InvariantCulture), "-U", "orleans", "-d", "orleans", "-q", "-v", "ON_ERROR_STOP=1",
                "-f", Path.Combine(Repository.Root, "src", "SalesDomain.Simulation.Orleans", "sql", "postgresql-clustering.sql")]);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>A loopback port p such that p … p + span − 1 are free.</summary>
    public static int FreePort(int span)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            if (port + span < 65535 && Enumerable.Range(port, span).All(IsFree))
            {
                return port;
            }
        }

        throw new InvalidOperationException("No free loopback port.");
    }

    public void Dispose()
    {
        try
        {
            if (File.Exists(Path.Combine(_directory, "data", "postmaster.pid")))
            {
                AsServerUser("pg_ctl", ["-D", Path.Combine(_directory, "data"), "-m", "immediate", "-w", "stop"]);
            }
        }
        finally
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string? FindBinaries()
        => Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")) && File.Exists(Path.Combine(b, "psql")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), CultureInfo.InvariantCulture, out var v) ? v : 0)
                .FirstOrDefault()
            : null;

    /// <summary>initdb and pg_ctl refuse root: as root they run as the user postgres.</summary>
    private void AsServerUser(string tool, string[] arguments)
    {
        var path = Path.Combine(_bin, tool);
        if (_asPostgres)
        {
            Run("runuser", ["-u", "postgres", "--", path, .. arguments]);
        }
        else
        {
            Run(path, arguments);
        }
    }

    private static void Run(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish in 90 s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {stdout.Result} {stderr.Result}");
        }
    }
}
