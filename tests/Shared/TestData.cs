namespace SalesDomain.Tests;

/// <summary>Locates files of the repository, such as the data sets under tests/data, from the test binaries.</summary>
internal static class TestData
{
    /// <summary>Full path of a file under tests/data.</summary>
    public static string PathOf(string relative)
    {
        var path = RepoPathOf(Path.Combine("tests", "data", relative));
        return File.Exists(path) ? path : throw new FileNotFoundException($"tests/data/{relative} is not in the repository.", path);
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
