using System.Reflection;
using System.Runtime.Versioning;
using SalesDomain.Model;

namespace SalesDomain.Tests;

/// <summary>
/// The tests run against the libraries' build for their own target framework: under
/// <c>-p:TestTargetFramework=net8.0</c> that is the net8.0 build of SalesDomain (docs/testing.md, ".NET 8").
/// </summary>
public class TargetFrameworkTests
{
    [Fact]
    public void TheCoreLibrary_IsTheBuildForTheTestsTargetFramework()
    {
        var tests = typeof(TargetFrameworkTests).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;
        var library = typeof(Sale).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;
        Assert.Equal(tests, library);
        if (Environment.GetEnvironmentVariable("SALESDOMAIN_EXPECTED_TARGET") is { Length: > 0 } expected)
        {
            Assert.Equal(expected, library);
        }
    }
}
