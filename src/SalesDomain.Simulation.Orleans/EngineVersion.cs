using System.Reflection;

namespace SalesDomain.Simulation.Orleans;

/// <summary>
/// The version of the simulation engine a process runs: SalesDomain's informational version and the build identity of
/// the engine assembly. It is part of every work item's key, so a worker built from other sources (whose results could
/// differ) refuses the work instead of mixing its replications into a result.
/// </summary>
public static class EngineVersion
{
    /// <summary>This process's engine version, e.g. <c>0.2.0+35c1a93… (engine 0f3c…)</c>.</summary>
    public static string Current { get; } = Describe(typeof(MonteCarlo).Assembly);

    private static string Describe(Assembly engine)
    {
        var informational = engine.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? engine.GetName().Version?.ToString()
            ?? "unknown";
        return $"{informational} (engine {engine.ManifestModule.ModuleVersionId:N})";
    }
}
