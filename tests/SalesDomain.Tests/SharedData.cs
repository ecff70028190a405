namespace SalesDomain.Tests;

/// <summary>Locates the shared real data sets (../shared/data beside the repository).</summary>
internal static class SharedData
{
    /// <summary>Full path of a file under shared/data, found by walking up from the test binaries.</summary>
    public static string PathOf(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"shared/data/{relative} was not found above {AppContext.BaseDirectory}.");
    }

    /// <summary>Full path of a file in the repository, found by walking up to SalesDomain.sln.</summary>
    public static string RepoPathOf(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SalesDomain.sln")))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }

        throw new DirectoryNotFoundException($"SalesDomain.sln was not found above {AppContext.BaseDirectory}.");
    }
}
