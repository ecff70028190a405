namespace SalesDomain.Simulation.Orleans.Tests;

/// <summary>Paths in the repository and its build output.</summary>
internal static class Repository
{
    /// <summary>The directory holding SalesDomain.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The simulator's built SalesDomain.Simulator.dll of this test's configuration (Debug or Release).</summary>
    public static string Simulator
    {
        get
        {
            // …/tests/SalesDomain.Simulation.Orleans.Tests/bin/<Configuration>/<framework>/
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            var path = Path.Combine(Root, "simulator", "bin", configuration, framework.Name, "SalesDomain.Simulator.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException($"Build the simulator first ({configuration}): {path} is missing.", path);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SalesDomain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("SalesDomain.sln not found above the test's directory.");
    }
}
