using System.Text.RegularExpressions;
using SalesDomain.Simulator.Commands;

namespace SalesDomain.Simulator.Tests.Commands;

/// <summary>Every command against every exit code of docs/cli.md: 0 ok, 1 input unusable, 2 usage, 70 internal error.</summary>
public partial class ExitCodeTests
{
    public static TheoryData<string, string[]> Ok => new()
    {
        { "segment", ["segment", "--transactions", "tests/data/1c/sales_utf8.csv"] },
        { "history", ["history", "--transactions", "tests/data/1c/sales_utf8.csv", "--from", "2024-01", "--to", "2024-03"] },
        { "run", ["run", "--runs", "2", "--months", "3"] },
        { "compare", ["compare", "split-clawback", "generalists", "--runs", "2", "--months", "3"] },
        { "sweep", ["sweep", "--param", "$.salesForce[0].count=2,3", "--runs", "2", "--months", "3", "--out", Path.Combine(Path.GetTempPath(), "sd-exit-code-sweep")] },
        { "forecast", ["forecast", "--deals", "docs/examples/deals-sample.csv", "--as-of", "2026-11-15"] },
        { "reactivation", ["reactivation", "--transactions", "docs/examples/cdnow-sample.csv", "--as-of", "1998-06-30", "--top", "3"] },
        { "lost", ["lost", "--transactions", "tests/data/1c/sales_utf8.csv", "--as-of", "2026-01-01"] },
        { "contacts", ["contacts", "--transactions", "tests/data/contacts/sales.csv", "--contacts", "tests/data/contacts/contacts.csv", "--as-of", "2025-06-30"] },
        { "bonus", ["bonus", "--scheme", "docs/examples/upfront-clawback.json", "--sales", "docs/examples/seed-upfront-sales.csv"] },
    };

    public static TheoryData<string, string[]> BadInput => new()
    {
        { "segment", ["segment", "--transactions", "no-such-file.csv"] },
        { "history", ["history", "--transactions", "no-such-file.csv", "--from", "2024-01", "--to", "2024-03"] },
        { "run", ["run", "no-such-scenario.json", "--runs", "2"] },
        { "compare", ["compare", "no-such-scenario.json", "generalists", "--runs", "2"] },
        { "sweep", ["sweep", "--param", "$.noSuchField=1,2", "--runs", "2", "--months", "3"] },
        { "forecast", ["forecast", "--deals", "no-such-file.csv", "--as-of", "2026-11-15"] },
        { "reactivation", ["reactivation", "--transactions", "no-such-file.csv", "--as-of", "1998-06-30"] },
        { "lost", ["lost", "--transactions", "no-such-file.csv", "--as-of", "2026-01-01"] },
        { "contacts", ["contacts", "--transactions", "tests/data/contacts/sales.csv", "--contacts", "no-such-file.csv", "--as-of", "2025-06-30"] },
        { "bonus", ["bonus", "--scheme", "no-such-file.json", "--sales", "docs/examples/seed-upfront-sales.csv"] },
    };

    public static TheoryData<string> Commands => new() { "segment", "history", "run", "compare", "sweep", "forecast", "reactivation", "lost", "contacts", "bonus" };

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(Ok))]
    public void Command_WithUsableInput_Exits0(string command, string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.True(result.ExitCode == 0, $"{command}: {result.ExitCode} {result.StdErr}");
        AssertNoDeveloperText(result.StdErr);
    }

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(BadInput))]
    public void Command_WithUnusableInput_Exits1_WithOneErrorLine(string command, string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.True(result.ExitCode == 1, $"{command}: {result.ExitCode} {result.StdErr}");
        Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("error: ", StringComparison.Ordinal));
        AssertNoDeveloperText(result.StdErr);
    }

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_WithAnUnknownOption_Exits2(string command)
    {
        // compare takes any number of scenario names, so an unknown option would be a name: a mistyped number instead.
        var result = command == "compare" ? CliRunner.Run(command, "generalists", "saas", "--runs", "abc") : CliRunner.Run(command, "--no-such-option", "x");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("usage: ", result.StdErr, StringComparison.Ordinal);
        AssertNoDeveloperText(result.StdErr);
    }

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData("run", "--months", "2000")]
    [InlineData("run", "--months", "100000")]
    [InlineData("compare", "generalists", "--months", "2000000000")]
    [InlineData("run", "--runs", "2147483647")]
    [InlineData("run", "--runs", "auto", "--max-runs", "2000000")]
    [InlineData("segment", "--transactions", "x.csv", "--months", "3", "--months", "4")]
    [InlineData("history", "--transactions", "x.csv", "--from", "2024-01", "--to")]
    [InlineData("run", "--runs", "2", "--runs", "3", "--precision", "0.1")]
    public void BoundsAndRepeatedOrMissingValues_AreUsageErrors(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.All(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.StartsWith("usage: ", l, StringComparison.Ordinal));
        AssertNoDeveloperText(result.StdErr);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Run_ThatWouldNotFitInMemory_IsRefusedAtOnce_SayingHowMuchItNeeds()
    {
        var result = CliRunner.Run("run", "--runs", "1000000", "--months", "1200");
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"^error: the simulation needs about [0-9.]+ GiB of memory, [0-9.]+ [GM]iB is available", result.StdErr);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Scenario_WithSeveralErrors_ReportsEveryOne_Exit1()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-scenario-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"name": "bad", "months": 5000, "salesForce": [{"name": "x", "role": "Hunter", "count": 1, "monthlySalary": 1e20}], "bonus": {"activationBonus": 1e12}}""");
        try
        {
            var result = CliRunner.Run("run", path, "--runs", "2");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("$.months must be <= 1200", result.StdErr, StringComparison.Ordinal);
            Assert.Contains("$.salesForce[0].monthlySalary must be <= 1000000000", result.StdErr, StringComparison.Ordinal);
            Assert.Contains("$.bonus.activationBonus must be <= 1000000000", result.StdErr, StringComparison.Ordinal);
            AssertNoDeveloperText(result.StdErr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Scheme_RangeError_NamesTheScheme()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-scheme-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"schemes": [{"type": "commission", "name": "base", "rate": 0.05}, {"type": "upfront-bonus", "name": "hunters-upfront", "ratePerDollar": -2}]}""");
        try
        {
            var result = CliRunner.Run("bonus", "--scheme", path, "--sales", "docs/examples/seed-upfront-sales.csv");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("scheme 'hunters-upfront'", result.StdErr, StringComparison.Ordinal);
            Assert.Contains("RatePerDollar must be within 0..1000, was -2", result.StdErr, StringComparison.Ordinal);
            AssertNoDeveloperText(result.StdErr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void UnknownEnumInAJsonFile_NamesNoDotNetType()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-enum-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"name": "x", "salesForce": [{"name": "x", "role": "Wizard", "count": 1}]}""");
        try
        {
            var result = CliRunner.Run("run", path, "--runs", "2");
            Assert.Equal(1, result.ExitCode);
            AssertNoDeveloperText(result.StdErr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void InternalError_IsOneLine_Exit70_AndVerboseAddsTheDetails()
    {
        var quiet = Capture(() => CliErrors.Guarded(() => throw new InvalidOperationException("boom")), verbose: false);
        Assert.Equal(CliErrors.InternalError, quiet.Code);
        Assert.Single(quiet.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("internal error (boom)", quiet.Err, StringComparison.Ordinal);
        Assert.Contains("--verbose", quiet.Err, StringComparison.Ordinal);
        AssertNoDeveloperText(quiet.Err);

        var verbose = Capture(() => CliErrors.Guarded(() => throw new InvalidOperationException("boom")), verbose: true);
        Assert.Equal(CliErrors.InternalError, verbose.Code);
        Assert.Contains("System.InvalidOperationException", verbose.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void ArgumentErrors_RaisedByTheCommandLineOrTheRuntime_AreInternal_ThoseOfTheLibraries_AreInput()
    {
        Assert.Equal(CliErrors.InternalError, Capture(() => CliErrors.Guarded(() => throw new ArgumentException("bug", "x")), false).Code);
        Assert.Equal(CliErrors.InternalError, Capture(() => CliErrors.Guarded(() => new Dictionary<int, int> { { 1, 1 }, { 1, 2 } }.Count), false).Code);
        Assert.Equal(CliErrors.InternalError, Capture(() => CliErrors.Guarded(() => SalesDomain.Calendar.SalesMonth.Parse(null!).Year), false).Code);
        var input = Capture(() => CliErrors.Guarded(() => new SalesDomain.Model.Sale("c", default, 1e20m).ClientId.Length), false);
        Assert.Equal(CliErrors.InputError, input.Code);
        Assert.Equal("error: Amount must be within ±1000000000000000, was 100000000000000000000.", input.Err.Trim());
        Assert.Equal(CliErrors.InputError, Capture(() => CliErrors.Guarded(() => throw new CliInputException("bad option")), false).Code);
    }

    [Theory]
    [InlineData("The JSON value could not be converted to SalesDomain.Segmentation.AbcMeasure. Path: $.by", "The JSON value could not be converted to AbcMeasure. Path: $.by")]
    [InlineData("x must be > 0, was -1. (Parameter 'x')", "x must be > 0, was -1.")]
    [InlineData("as expected type 'System.Nullable`1[System.Int32]'", "as expected type 'Int32'")]
    public void Plain_RemovesDeveloperText(string message, string expected) => Assert.Equal(expected, CliErrors.Plain(message));

    private static (int Code, string Err) Capture(Func<int> run, bool verbose)
    {
        lock (ConsoleLock.Gate)
        {
            var previous = Console.Error;
            var writer = new StringWriter();
            Console.SetError(writer);
            CliErrors.Verbose = verbose;
            try
            {
                return (run(), writer.ToString());
            }
            finally
            {
                CliErrors.Verbose = false;
                Console.SetError(previous);
            }
        }
    }

    private static void AssertNoDeveloperText(string stderr)
    {
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter '", stderr, StringComparison.Ordinal);
        Assert.DoesNotMatch(DotNetTypeName(), stderr);
    }

    [GeneratedRegex(@"\b(SalesDomain\.[A-Z][A-Za-z]+\.[A-Z]|System\.[A-Z][A-Za-z]+(Exception|`1))")]
    private static partial Regex DotNetTypeName();
}

/// <summary>Serialises tests that redirect the console.</summary>
internal static class ConsoleLock
{
    public static readonly object Gate = new();
}
